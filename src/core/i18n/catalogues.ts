/**
 * The interface's words: the extension's own `_locales/<lang>/messages.json`
 * catalogues (the format browsers read for the manifest and `i18n.getMessage`),
 * imported as data so that the interface can be shown in a language other
 * than the browser's. English, the reference and the fallback, comes with
 * this module; Russian and Kazakh load when first needed, each its own chunk.
 * Only the chunks that draw UI import this module: the stage-1 content script
 * never does.
 */
import en from '../../../_locales/en/messages.json';
import type { TranslationLanguage } from '../corpus/schema.ts';
import type { ReaderLanguage } from '../view/localize.ts';

/** One message as the catalogues write it; `placeholders` map names to `$1`…`$9`. */
export interface CatalogueEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

/** A whole catalogue: message name → entry. */
export type Catalogue = Record<string, CatalogueEntry>;

/** Every message name (the English catalogue is the reference). */
export type MessageKey = keyof typeof en;

/** Names of messages with plural forms (`<name>_one`, `_few`, `_many`, `_other` in every catalogue). */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_one` ? Base : never) : never;

const LOADERS: Record<TranslationLanguage, () => Promise<{ default: Catalogue }>> = {
  ru: () => import('../../../_locales/ru/messages.json'),
  kk: () => import('../../../_locales/kk/messages.json'),
};

const loaded = new Map<ReaderLanguage, Catalogue>([['en', en]]);

/** The catalogue of `lang` if it has been loaded (English always has). */
export function loadedCatalogue(lang: ReaderLanguage): Catalogue | undefined {
  return loaded.get(lang);
}

/** Makes a catalogue available without loading it: for contexts that import it statically. */
export function provideCatalogue(lang: ReaderLanguage, catalogue: Catalogue): void {
  loaded.set(lang, catalogue);
}

/** Loads the catalogue of `lang` (once). */
export async function loadCatalogue(lang: ReaderLanguage): Promise<Catalogue> {
  const known = loaded.get(lang);
  if (known) return known;
  const catalogue = (await LOADERS[lang as TranslationLanguage]()).default;
  loaded.set(lang, catalogue);
  return catalogue;
}
