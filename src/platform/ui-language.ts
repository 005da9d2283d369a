/**
 * The interface language: the reader's choice on the options page, kept in
 * extension storage, and the language the browser picked for "automatic".
 * `i18n.getMessage` answers only in the browser's language, so it is used for
 * one thing: asking which catalogue the browser chose (its `catalogueLanguage`
 * message). `getUILanguage()` is not enough: Chromium started with
 * `--lang=kk` uses the kk catalogue yet still says en-US.
 */
import {
  parseLanguageChoice,
  resolveLanguage,
  type LanguageChoice,
  type LanguageSource,
} from '../core/i18n/language.ts';
import { loadCatalogue } from '../core/i18n/catalogues.ts';
import type { ReaderLanguage } from '../core/view/localize.ts';

const KEY = 'uiLanguage';

/** The stored choice; automatic until the reader picks a language. */
export async function getLanguageChoice(): Promise<LanguageChoice> {
  const stored = await chrome.storage.local.get(KEY);
  return parseLanguageChoice(stored[KEY]);
}

/** Stores the choice; every open page and popover follows it through the storage change event. */
export async function setLanguageChoice(choice: LanguageChoice): Promise<void> {
  await chrome.storage.local.set({ [KEY]: choice });
}

/** The language the browser chose among the extension's catalogues. */
export function browserLanguage(): ReaderLanguage {
  return resolveLanguage('auto', chrome.i18n.getMessage('catalogueLanguage'), chrome.i18n.getUILanguage());
}

/** The language the interface is shown in now, its catalogue loaded (so `messagesFor` has its words). */
export async function readerLanguage(): Promise<ReaderLanguage> {
  const lang = resolveLanguage(await getLanguageChoice(), browserLanguage());
  await loadCatalogue(lang);
  return lang;
}

/** Calls `listener` with the new language whenever the choice changes; returns the unsubscribe function. */
export function onReaderLanguageChange(listener: (lang: ReaderLanguage, choice: LanguageChoice) => void): () => void {
  const handle = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
    const change = changes[KEY];
    if (area !== 'local' || !change) return;
    const choice = parseLanguageChoice(change.newValue);
    const lang = resolveLanguage(choice, browserLanguage());
    void loadCatalogue(lang).then(() => listener(lang, choice));
  };
  chrome.storage.onChanged.addListener(handle);
  return () => chrome.storage.onChanged.removeListener(handle);
}

let shared: (LanguageSource & { ready: Promise<void> }) | null = null;

/**
 * The interface language as a {@link LanguageSource} that follows storage, one per
 * context: the browser's language until the stored choice is read.
 */
export function watchReaderLanguage(): LanguageSource & { ready: Promise<void> } {
  return (shared ??= watch());
}

function watch(): LanguageSource & { ready: Promise<void> } {
  let lang = browserLanguage();
  const listeners = new Set<(lang: ReaderLanguage) => void>();
  const set = (next: ReaderLanguage) => {
    if (next === lang) return;
    lang = next;
    for (const listener of listeners) listener(next);
  };
  const ready = readerLanguage().then(set, () => undefined);
  onReaderLanguageChange(set);
  return {
    ready,
    current: () => lang,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
