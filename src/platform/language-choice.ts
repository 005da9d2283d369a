/**
 * The interface language: the reader's choice on the options page, kept in
 * extension storage, and the language the browser picked for "automatic".
 * `i18n.getMessage` answers only in the browser's language, so it is used for
 * one thing: asking which catalogue the browser chose (its `catalogueLanguage`
 * message). `getUILanguage()` is not enough: Chromium started with
 * `--lang=kk` uses the kk catalogue yet still says en-US. Apart from
 * ui-language.ts, which loads the catalogues: a page that only needs to name
 * the language (the scanner asks the background for its marks' names in it)
 * loads none.
 */
import { parseLanguageChoice, resolveLanguage, type LanguageChoice } from '../core/i18n/language.ts';
import type { ReaderLanguage } from '../core/view/localize.ts';

export const LANGUAGE_KEY = 'uiLanguage';

/** The stored choice; automatic until the reader picks a language. */
export async function getLanguageChoice(): Promise<LanguageChoice> {
  const stored = await chrome.storage.local.get(LANGUAGE_KEY);
  return parseLanguageChoice(stored[LANGUAGE_KEY]);
}

/** Stores the choice; every open page and popover follows it through the storage change event. */
export async function setLanguageChoice(choice: LanguageChoice): Promise<void> {
  await chrome.storage.local.set({ [LANGUAGE_KEY]: choice });
}

/** The language the browser chose among the extension's catalogues. */
export function browserLanguage(): ReaderLanguage {
  return resolveLanguage('auto', chrome.i18n.getMessage('catalogueLanguage'), chrome.i18n.getUILanguage());
}

/** The language the interface is shown in now, without loading its catalogue (for a page that shows no words of ours). */
export async function readerLanguageCode(): Promise<ReaderLanguage> {
  return resolveLanguage(await getLanguageChoice(), browserLanguage());
}
