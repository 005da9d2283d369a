/**
 * A pack text in the reader's language: the pack's rendering when it has one,
 * else its English (which every pack carries). Quotes never pass through here:
 * statements stay in the words and language of their source.
 */
import type { TranslationLanguage } from '../corpus/schema.ts';

/** The languages the interface and a pack's texts can be read in. */
export type ReaderLanguage = 'en' | TranslationLanguage;

type Renderings<Field extends string> = Partial<Record<TranslationLanguage, Partial<Record<Field, string>>>>;

/** `item[field]` in `lang`, falling back to the English field. */
export function localized<Field extends string>(
  item: { readonly [K in Field]: string } & { readonly translations?: Renderings<Field> | undefined },
  field: Field,
  lang: ReaderLanguage,
): string {
  if (lang === 'en') return item[field];
  return item.translations?.[lang]?.[field] ?? item[field];
}
