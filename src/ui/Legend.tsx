/**
 * The popup's legend: what each style in the page means, for the mode in
 * force. Swatches are drawn from the same looks as the page (highlight-looks.ts)
 * and each row says the shape in words too.
 */
import type { EmphasisMode } from '../core/view/emphasis.ts';
import { LOOK_TEXT } from './emphasis-strings.ts';
import { useMessages } from './i18n.tsx';
import { LOOKS_IN_MODE } from './highlight-looks.ts';

/** The legend for `mode`, as a disclosure (closed until asked: the popup is small). */
export function Legend({ mode }: { mode: EmphasisMode }) {
  const m = useMessages();
  const looks = LOOKS_IN_MODE[mode];
  return (
    <details class="cp-legend">
      <summary id="cp-legend-heading" class="cp-legend-heading">
        {m.t('legendHeading')}
      </summary>
      {looks.length === 0 ? (
        <p class="cp-muted">{m.t('noneNote')}</p>
      ) : (
        <ul class="cp-legend-rows" aria-labelledby="cp-legend-heading">
          {looks.map((look) => (
            <li key={look} data-look={look}>
              <span class="cp-swatch" data-look={look} aria-hidden="true">
                {m.t('swatchText')}
              </span>
              <span>
                {m.t(LOOK_TEXT[look].label)} <span class="cp-muted">({m.t(LOOK_TEXT[look].shape)})</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
