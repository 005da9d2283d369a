/**
 * Verbs of saying in the words around a quote, found word by word. One
 * pattern over the whole text (a Unicode, case-insensitive alternation with a
 * letter on neither side) cost a story page ~10 ms: V8 compiled it on first
 * use and ran it at every position of every context. A verb is always a whole
 * run of letters (or two, for "according to" and "по словам"), so each run is
 * tested alone against anchored patterns of the same alternatives, which
 * keeps their case-insensitive matching exactly as it was.
 */
import { isLetter } from './char-class.ts';

/** A verb of saying found in a text: where it starts, and its words as written. */
export interface VerbMatch {
  index: number;
  text: string;
}

/** Verbs of saying of one word written in full, as pattern alternatives. */
export const VERBS: readonly string[] = [
  'said',
  'says',
  'say',
  'added',
  'adds',
  'wrote',
  'writes',
  'told',
  'tells',
  'stated',
  'states',
  'comment(?:s|ed)?',
  'noted',
  'notes',
  'explained',
  'insisted',
  'argued',
  'warned',
  'деді',
];
/** Stems of verbs of saying, any ending (they cover gender and tense: заявил, заявила, заявило). */
export const VERB_STEMS: readonly string[] = [
  'заяви',
  'сказа',
  'написа',
  'пише',
  'отмети',
  'добави',
  'сообщи',
  'говори',
  'подчеркну',
  'айтт',
  'жазд',
  'мәлімде',
];
// A word is a whole run of letters, so a stem needs no `\p{L}*` after it: a pattern with
// no property class is cheap for V8 to compile on a page's first quote.
const VERB_WORD = new RegExp(`^(?:${VERBS.join('|')})$|^(?:${VERB_STEMS.join('|')})`, 'iu');
// Verbs of two words, written with one space between them.
const PHRASES: readonly (readonly [first: RegExp, second: RegExp])[] = [
  [/^according$/iu, /^to$/iu],
  [/^по$/iu, /^словам$/iu],
];

// Where the code point at `at` ends.
function after(text: string, at: number): number {
  return at + (text.codePointAt(at)! > 0xffff ? 2 : 1);
}

// Where the run of letters starting at `at` ends.
function runEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && isLetter(text.codePointAt(end)!)) end = after(text, end);
  return end;
}

/** Every verb of saying in `text`, in order. */
export function findSpeechVerbs(text: string): VerbMatch[] {
  const found: VerbMatch[] = [];
  let at = 0;
  while (at < text.length) {
    if (!isLetter(text.codePointAt(at)!)) {
      at = after(text, at);
      continue;
    }
    const start = at;
    at = runEnd(text, start);
    const word = text.slice(start, at);
    if (VERB_WORD.test(word)) {
      found.push({ index: start, text: word });
      continue;
    }
    for (const [first, second] of PHRASES) {
      if (text[at] !== ' ' || !first.test(word)) continue;
      const secondEnd = runEnd(text, at + 1);
      if (secondEnd > at + 1 && second.test(text.slice(at + 1, secondEnd))) {
        found.push({ index: start, text: text.slice(start, secondEnd) });
        at = secondEnd;
        break;
      }
    }
  }
  return found;
}
