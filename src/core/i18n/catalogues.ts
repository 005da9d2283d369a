/**
 * The interface's words: the extension's own `_locales/<lang>/messages.json`
 * catalogues (the format browsers read for the manifest and `i18n.getMessage`),
 * imported as data so that the interface can be shown in a language other
 * than the browser's. Only the chunks that draw UI import this module: the
 * stage-1 content script never does.
 */
import en from '../../../_locales/en/messages.json';
import kk from '../../../_locales/kk/messages.json';
import ru from '../../../_locales/ru/messages.json';
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

/** The three catalogues by language. */
export const CATALOGUES: Readonly<Record<ReaderLanguage, Catalogue>> = { en, ru, kk };
