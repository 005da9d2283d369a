/**
 * The three highlight modes as a radio group: used by the popup for the
 * current site and by the options page for the default.
 */
import type { EmphasisMode } from '../core/view/emphasis.ts';
import { EMPHASIS_MODES } from '../core/view/emphasis.ts';
import { EMPHASIS_STRINGS, MODE_TEXT } from './emphasis-strings.ts';

/** Props for {@link EmphasisChoice}. */
export interface EmphasisChoiceProps {
  /** The group's visible label. */
  legend: string;
  /** Radio group name, unique in the page. */
  name: string;
  mode: EmphasisMode;
  /** The option to tag "(default)", if any. */
  defaultMode?: EmphasisMode;
  onChange(mode: EmphasisMode): void;
}

/** A fieldset of three radios, each with a one-line hint. */
export function EmphasisChoice({ legend, name, mode, defaultMode, onChange }: EmphasisChoiceProps) {
  return (
    <fieldset class="cp-emphasis">
      <legend class="cp-section-heading">{legend}</legend>
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
              aria-describedby={`${id}-hint`}
              onChange={() => onChange(option)}
            />
            <label for={id} class="cp-emphasis-label">
              {MODE_TEXT[option].label}
              {option === defaultMode && EMPHASIS_STRINGS.defaultTag}
            </label>
            <span id={`${id}-hint`} class="cp-emphasis-hint cp-muted">
              {MODE_TEXT[option].hint}
            </span>
          </div>
        );
      })}
    </fieldset>
  );
}
