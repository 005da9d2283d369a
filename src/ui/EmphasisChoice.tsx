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
      {EMPHASIS_MODES.map((option) => (
        <label key={option} class="cp-emphasis-option">
          <input type="radio" name={name} value={option} checked={option === mode} onChange={() => onChange(option)} />
          <span>
            <span class="cp-emphasis-label">
              {MODE_TEXT[option].label}
              {option === defaultMode && EMPHASIS_STRINGS.defaultTag}
            </span>
            <span class="cp-emphasis-hint cp-muted">{MODE_TEXT[option].hint}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
