/**
 * The reader's language choice: automatic (the language the browser picked
 * among the extension's catalogues) or one of the interface languages.
 */
import type { ReaderLanguage } from '../view/localize.ts';

/** What the options page offers and storage keeps. */
export const LANGUAGE_CHOICES = ['auto', 'en', 'ru', 'kk'] as const;
/** One of {@link LANGUAGE_CHOICES}. */
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

/** The interface languages. */
export const READER_LANGUAGES: readonly ReaderLanguage[] = ['en', 'ru', 'kk'];

/** A stored value as a choice; anything else (nothing stored, an old value) is automatic. */
export function parseLanguageChoice(value: unknown): LanguageChoice {
  return LANGUAGE_CHOICES.find((choice) => choice === value) ?? 'auto';
}

/** A language code ("kk", "ru-RU", "en_US") as an interface language, or undefined for others. */
export function readerLanguageOf(code: string | undefined): ReaderLanguage | undefined {
  const base = code?.toLowerCase().split(/[-_]/)[0];
  return READER_LANGUAGES.find((lang) => lang === base);
}

/**
 * The language to show: the choice, or for "auto" the catalogue the browser
 * chose (then its UI language), English when neither is one of ours.
 */
export function resolveLanguage(choice: LanguageChoice, browserCatalogue?: string, browserUi?: string): ReaderLanguage {
  if (choice !== 'auto') return choice;
  return readerLanguageOf(browserCatalogue) ?? readerLanguageOf(browserUi) ?? 'en';
}

/** The current language, kept up to date: for UI drawn later or kept open (popovers). */
export interface LanguageSource {
  current(): ReaderLanguage;
  /** Calls `listener` on every change; returns the unsubscribe function. */
  subscribe(listener: (lang: ReaderLanguage) => void): () => void;
}

/** A source that never changes: for tests and for pages drawn once. */
export function fixedLanguage(lang: ReaderLanguage): LanguageSource {
  return { current: () => lang, subscribe: () => () => undefined };
}
