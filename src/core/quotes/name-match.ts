/**
 * Finds a speaker's names in the words around a quote by reading character
 * codes, without a regular expression. One Unicode-property pattern per
 * speaker cost a story page 30-60 ms: V8 compiles each on its first use, and
 * a page's quotes name many speakers. The rules are those the patterns had:
 *
 * - a name's words are matched exactly (case included), one or more
 *   whitespace characters between them, either apostrophe (' or ’) for one;
 * - a Cyrillic word of five letters or more may end differently, in up to
 *   three letters (a Russian case ending: Макконахи, Макконахи́, Балаевой);
 * - a name starts after, and ends before, anything but a letter or digit;
 * - where several names fit at one place the first listed wins, and the
 *   search goes on after it (the caller lists the longest first).
 */
import { isLetter, isLetterOrDigit, isSpace } from './char-class.ts';

/** A name ready to be found: its words, and whether each may take a Cyrillic ending. */
export interface CompiledName {
  words: { text: string; ending: boolean }[];
}

const CYRILLIC_WORD = /^\p{Script=Cyrillic}{5,}$/u;
const APOSTROPHES = "'’";

/** A name's words and their endings. */
export function compileName(name: string): CompiledName {
  return {
    words: name
      .trim()
      .split(/\s+/)
      .map((word) =>
        CYRILLIC_WORD.test(word) ? { text: word.slice(0, -1), ending: true } : { text: word, ending: false },
      ),
  };
}

// The code point before `index`, or -1 at the start.
function codePointBefore(text: string, index: number): number {
  if (index === 0) return -1;
  const low = text.charCodeAt(index - 1);
  if (index >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(index - 2)!;
  }
  return low;
}

// Where `word` ends if it is written at `at`, or -1.
function matchWord(text: string, at: number, word: CompiledName['words'][number]): number {
  const { text: literal } = word;
  if (at + literal.length > text.length) return -1;
  for (let i = 0; i < literal.length; i++) {
    const wanted = literal.charCodeAt(i);
    const found = text.charCodeAt(at + i);
    if (found === wanted) continue;
    if (APOSTROPHES.includes(literal[i]!) && APOSTROPHES.includes(text[at + i]!)) continue;
    return -1;
  }
  let end = at + literal.length;
  if (!word.ending) return end;
  // Up to three letters of ending; a fourth means another word.
  for (let letters = 0; end < text.length; letters++) {
    const codePoint = text.codePointAt(end)!;
    if (!isLetter(codePoint)) break;
    if (letters === 3) return -1;
    end += codePoint > 0xffff ? 2 : 1;
  }
  return end;
}

// Where `name` ends if it is written at `at`, or -1.
function matchName(text: string, at: number, name: CompiledName): number {
  let end = at;
  for (let w = 0; w < name.words.length; w++) {
    if (w > 0) {
      const spaceStart = end;
      while (end < text.length && isSpace(text.charCodeAt(end))) end++;
      if (end === spaceStart) return -1;
    }
    end = matchWord(text, end, name.words[w]!);
    if (end < 0) return -1;
  }
  return end < text.length && isLetterOrDigit(text.codePointAt(end)!) ? -1 : end;
}

/** Every place in `text` one of `names` is written, in text order, as [start, end) offsets. */
export function findNames(text: string, names: readonly CompiledName[]): [number, number][] {
  const found: [number, number][] = [];
  let at = 0;
  while (at < text.length) {
    let end = -1;
    const before = codePointBefore(text, at);
    if (before < 0 || !isLetterOrDigit(before)) {
      for (const name of names) {
        end = matchName(text, at, name);
        if (end >= 0) break;
      }
    }
    if (end > at) {
      found.push([at, end]);
      at = end;
    } else {
      at += text.codePointAt(at)! > 0xffff ? 2 : 1;
    }
  }
  return found;
}
