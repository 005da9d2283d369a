/**
 * The popup's legend: what each style in the page means, for the mode in
 * force. Swatches are drawn from the same looks as the page (highlight-looks.ts)
 * and each row says the shape in words too.
 */
import type { EmphasisMode } from '../core/view/emphasis.ts';
import { EMPHASIS_STRINGS, LOOK_TEXT } from './emphasis-strings.ts';
import { LOOKS_IN_MODE } from './highlight-looks.ts';

/** The legend for `mode`, as a disclosure (closed until asked: the popup is small). */
export function Legend({ mode }: { mode: EmphasisMode }) {
  const looks = LOOKS_IN_MODE[mode];
  return (
    <details class="cp-legend">
      <summary id="cp-legend-heading" class="cp-legend-heading">
        {EMPHASIS_STRINGS.legendHeading}
      </summary>
      {looks.length === 0 ? (
        <p class="cp-muted">{EMPHASIS_STRINGS.noneNote}</p>
      ) : (
        <ul class="cp-legend-rows" aria-labelledby="cp-legend-heading">
          {looks.map((look) => (
            <li key={look} data-look={look}>
              <span class="cp-swatch" data-look={look} aria-hidden="true">
                {EMPHASIS_STRINGS.swatchText}
              </span>
              <span>
                {LOOK_TEXT[look].label} <span class="cp-muted">({LOOK_TEXT[look].shape})</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
