/**
 * The three highlight modes as a radio group: a compact row in the popup (the
 * chosen mode's hint under it), a list with every hint on the options page.
 */
import type { EmphasisMode } from '../core/view/emphasis.ts';
import { EMPHASIS_MODES } from '../core/view/emphasis.ts';
import { MODE_TEXT } from './emphasis-strings.ts';
import { useMessages } from './i18n.tsx';

/** Props for {@link EmphasisChoice}. */
export interface EmphasisChoiceProps {
  /** The group's visible label. */
  legend: string;
  /** Radio group name, unique in the page; also the prefix of the ids. */
  name: string;
  mode: EmphasisMode;
  /** The option to tag "(default)", if any. */
  defaultMode?: EmphasisMode;
  /** `row`: options side by side, one hint for the chosen mode; `list`: one option a line, each with its hint. */
  layout: 'row' | 'list';
  onChange(mode: EmphasisMode): void;
}

/** A fieldset of three radios with hints. */
export function EmphasisChoice({ legend, name, mode, defaultMode, layout, onChange }: EmphasisChoiceProps) {
  const m = useMessages();
  const hintId = (option: EmphasisMode) => `${name}-${layout === 'row' ? 'chosen' : option}-hint`;
  return (
    <fieldset class={`cp-emphasis cp-emphasis-${layout}`}>
      <legend>{legend}</legend>
      <div class="cp-emphasis-options">
        {EMPHASIS_MODES.map((option) => {
          const id = `${name}-${option}`;
          return (
            <div key={option} class="cp-emphasis-option">
              <input
                type="radio"
                id={id}
                name={name}
                value={option}
                checked={option === mode}
                aria-describedby={hintId(option)}
                onChange={() => onChange(option)}
              />
              <label for={id} class="cp-emphasis-label">
                {m.t(MODE_TEXT[option].label)}
                {option === defaultMode && ` ${m.t('defaultTag')}`}
              </label>
              {layout === 'list' && (
                <span id={hintId(option)} class="cp-emphasis-hint cp-muted">
                  {m.t(MODE_TEXT[option].hint)}
                </span>
              )}
            </div>
          );
        })}
      </div>
      {layout === 'row' && (
        <p id={hintId(mode)} class="cp-emphasis-hint cp-muted">
          {m.t(MODE_TEXT[mode].hint)}
        </p>
      )}
    </fieldset>
  );
}
