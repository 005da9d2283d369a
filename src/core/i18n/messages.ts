/**
 * Messages, dates, numbers and lists in one interface language. Pure (no
 * browser API): the catalogues are data and the formatting is `Intl`'s, so
 * the same words come out in Node, in tests and in every extension context.
 */
import type { ReaderLanguage } from '../view/localize.ts';
import {
  loadCatalogue,
  loadedCatalogue,
  type Catalogue,
  type CatalogueEntry,
  type MessageKey,
  type PluralKey,
} from './catalogues.ts';

/** What a placeholder may be given: text, or a number (formatted for the language). */
export type Substitution = string | number;

/** The interface's words and formats in one language. */
export interface Messages {
  readonly lang: ReaderLanguage;
  /** The message `key` with `$1`, `$2`… filled in order. */
  t(key: MessageKey, ...substitutions: Substitution[]): string;
  /** The plural form of `key` for `count`, with `count` as `$1` and `substitutions` after it. */
  plural(key: PluralKey, count: number, ...substitutions: Substitution[]): string;
  /** A corpus date (YYYY-MM-DD or YYYY-MM); a month-only date stays month-only, so no day is invented. */
  date(date: string): string;
  number(value: number): string;
  /** A 0..1 similarity as a whole percentage, never rounding a variant up to 100%. */
  percent(fraction: number): string;
  /** "A", "A and B", "A, B and C" in the language's own way. */
  list(items: readonly string[]): string;
}

// Dates in British order for English ("1 Nov 2021"), as the interface always wrote them.
export const INTL_LOCALE: Record<ReaderLanguage, string> = { en: 'en-GB', ru: 'ru', kk: 'kk' };

/**
 * Fills a catalogue entry the way browsers do for `i18n.getMessage`: each
 * `$name$` becomes its placeholder's content, in which `$1`…`$9` are the
 * substitutions; `$$` is a dollar sign.
 */
export function formatEntry(entry: CatalogueEntry, substitutions: readonly string[]): string {
  const fill = (content: string) => content.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$/g, (whole, name: string | undefined) => {
    if (name === undefined) return '$';
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? fill(placeholder.content) : whole;
  });
}

const cache = new Map<ReaderLanguage, Messages>();

/**
 * The messages of one language (made once per language). Its catalogue must have been
 * loaded ({@link loadMessages}, or `readerLanguage()` in src/platform/, which loads it);
 * until then the words are English.
 */
export function messagesFor(lang: ReaderLanguage): Messages {
  const catalogue = loadedCatalogue(lang);
  if (!catalogue) return create(lang, loadedCatalogue('en')!);
  let messages = cache.get(lang);
  if (!messages) cache.set(lang, (messages = create(lang, catalogue)));
  return messages;
}

/** Loads the catalogue of `lang` and returns its messages. */
export async function loadMessages(lang: ReaderLanguage): Promise<Messages> {
  await loadCatalogue(lang);
  return messagesFor(lang);
}

/**
 * Whether `value` is a count under 1,000, which every language of INTL_LOCALE writes as plain
 * digits (a test checks each). Most numbers shown are such counts, and the first Intl.NumberFormat
 * in a new service worker took ~45 ms (a CPU profile of it): the badge's tooltip paid it at each
 * start of the worker.
 */
export function isSmallCount(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value < 1000;
}

/** `make()` on the first call, the same value after. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

function create(lang: ReaderLanguage, catalogue: Catalogue): Messages {
  const locale = INTL_LOCALE[lang];
  const english = loadedCatalogue('en')!;
  // Each formatter is made on first use: building one loads the locale's data (several ms
  // apiece), and most contexts, such as the marks' accessible names, need none or one of them.
  const numbers = once(() => new Intl.NumberFormat(locale));
  const plurals = once(() => new Intl.PluralRules(locale));
  const lists = once(() => new Intl.ListFormat(locale, { type: 'conjunction' }));
  const percents = once(() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }));
  const days = once(
    () => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
  );
  const months = once(() => new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }));
  const formatNumber = (value: number) => (isSmallCount(value) ? String(value) : numbers().format(value));
  const text = (value: Substitution) => (typeof value === 'number' ? formatNumber(value) : value);
  const t = (key: string, ...substitutions: Substitution[]) => {
    // A missing key is a bug the catalogue test catches; the English text is still better than nothing.
    const entry = catalogue[key] ?? english[key];
    return entry ? formatEntry(entry, substitutions.map(text)) : key;
  };
  return {
    lang,
    t,
    plural: (key, count, ...substitutions) => {
      const form = plurals().select(count);
      const name = `${key}_${form}` in catalogue ? `${key}_${form}` : `${key}_other`;
      return t(name, count, ...substitutions);
    },
    date(date) {
      const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
      if (!match) return date;
      const when = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3] ?? 1));
      return (match[3] ? days() : months()).format(when);
    },
    number: formatNumber,
    percent: (fraction) => percents().format(Math.min(99, Math.floor(fraction * 100)) / 100),
    list: (items) => lists().format(items),
  };
}
