/**
 * The texts the claim matcher's output is pinned on (tests/unit/claim-matches.test.ts):
 * every fixture page's text, and a long generated text that mixes the pages'
 * sentences with what real pages throw at a tokenizer (Unicode quotes and
 * dashes, soft hyphens, combining marks, astral characters, line breaks,
 * possessives, decimal numbers, upper case). Deterministic: a seeded generator.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { random } from './random.ts';

/** The fixture pages' folder. */
export const PAGES_DIR = resolve(import.meta.dirname, '..', 'fixtures', 'pages');

/** Each fixture page's text with its tags stripped, by file name. */
export function fixturePageTexts(): Map<string, string> {
  const names = readdirSync(PAGES_DIR)
    .filter((name) => name.endsWith('.html'))
    .sort();
  return new Map(names.map((name) => [name, stripTags(readFileSync(join(PAGES_DIR, name), 'utf8'))]));
}

function stripTags(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/(p|h\d|li|div|blockquote|section|article)>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

// Things inserted between or inside words, each a trap for a shortcut in normalisation.
const NOISE = [
  '\u00ad', // soft hyphen inside a word
  '\u200b', // zero-width space
  '\u00a0', // no-break space
  ' \u2014 ',
  '\u2013',
  '-',
  '\u201c',
  '\u201d',
  '\u00ab',
  '\u00bb',
  '\u2019s',
  "'s",
  'e\u0301', // e + combining acute
  '\u00e9',
  'ﬁ', // ligature, NFKC -> fi
  'Ｆａｃｅｂｏｏｋ', // full-width, NFKC -> Facebook
  '\u{1d400}', // mathematical bold A (astral)
  '😀',
  '\n',
  '\n\n',
  '\r\n',
  '\u2028',
  ' 3.2 ',
  ' 1,000 ',
  'ё',
  'і',
  'қ',
  'İ',
  'ß',
  '\t',
  '  ',
  '\u0301',
];

/** About `chars` characters of fixture-page sentences, shuffled and salted with noise, from a fixed seed. */
export function generatedText(chars: number, seed = 8): string {
  const next = random(seed);
  const sentences = [...fixturePageTexts().values()]
    .flatMap((text) => text.split(/(?<=[.!?])\s+/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    let sentence = sentences[Math.floor(next() * sentences.length)]!;
    const roll = next();
    if (roll < 0.1) sentence = sentence.toUpperCase();
    else if (roll < 0.35) {
      const at = Math.floor(next() * sentence.length);
      sentence = sentence.slice(0, at) + NOISE[Math.floor(next() * NOISE.length)]! + sentence.slice(at);
    }
    const separator = next() < 0.15 ? '\n' : ' ';
    parts.push(sentence, separator);
    length += sentence.length + 1;
  }
  return parts.join('');
}
