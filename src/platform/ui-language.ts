/**
 * The interface language with its catalogue loaded, and following the
 * reader's choice as it changes (the choice itself: language-choice.ts).
 */
import {
  parseLanguageChoice,
  resolveLanguage,
  type LanguageChoice,
  type LanguageSource,
} from '../core/i18n/language.ts';
import { loadCatalogue } from '../core/i18n/catalogues.ts';
import type { ReaderLanguage } from '../core/view/localize.ts';
import { browserLanguage, LANGUAGE_KEY, readerLanguageCode } from './language-choice.ts';

export { browserLanguage, getLanguageChoice, readerLanguageCode, setLanguageChoice } from './language-choice.ts';

/** The language the interface is shown in now, its catalogue loaded (so `messagesFor` has its words). */
export async function readerLanguage(): Promise<ReaderLanguage> {
  const lang = await readerLanguageCode();
  await loadCatalogue(lang);
  return lang;
}

/** Calls `listener` with the new language whenever the choice changes; returns the unsubscribe function. */
export function onReaderLanguageChange(listener: (lang: ReaderLanguage, choice: LanguageChoice) => void): () => void {
  const handle = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
    const change = changes[LANGUAGE_KEY];
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
