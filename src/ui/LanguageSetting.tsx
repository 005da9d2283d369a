/**
 * The options page's language section: automatic (the browser's language) or
 * one of the interface languages, each named in itself. The choice applies at
 * once in every open page and popover.
 */
import type { MessageKey } from '../core/i18n/catalogues.ts';
import { LANGUAGE_CHOICES, type LanguageChoice } from '../core/i18n/language.ts';
import { useMessages } from './i18n.tsx';

const CHOICE_NAME: Record<LanguageChoice, MessageKey> = {
  auto: 'languageAuto',
  en: 'languageNameEn',
  ru: 'languageNameRu',
  kk: 'languageNameKk',
};

/** Props for {@link LanguageSetting}. */
export interface LanguageSettingProps {
  choice: LanguageChoice;
  onChange(choice: LanguageChoice): void;
}

/** A radio group of the language choices. */
export function LanguageSetting({ choice, onChange }: LanguageSettingProps) {
  const m = useMessages();
  return (
    <section class="cp-import" aria-labelledby="cp-language-heading">
      <h2 id="cp-language-heading">{m.t('languageHeading')}</h2>
      <p>{m.t('languageIntro')}</p>
      <fieldset class="cp-emphasis cp-emphasis-list">
        <legend>{m.t('languageLegend')}</legend>
        <div class="cp-emphasis-options">
          {LANGUAGE_CHOICES.map((option) => (
            <div key={option} class="cp-emphasis-option">
              <input
                type="radio"
                id={`cp-language-${option}`}
                name="cp-language"
                value={option}
                checked={option === choice}
                onChange={() => onChange(option)}
              />
              <label
                for={`cp-language-${option}`}
                class="cp-emphasis-label"
                lang={option === 'auto' ? undefined : option}
              >
                {m.t(CHOICE_NAME[option])}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </section>
  );
}
