/**
 * The claim matcher's word scanner: finds exactly the words `eachWord` (and so
 * `tokenize`) finds, with the same ranges, at a multiple of its speed.
 *
 * `eachWord` normalises the whole text into a new string with an offset map,
 * then runs a Unicode regular expression over it. Most of a page needs
 * neither: this scanner reads character codes and classifies each with a
 * table filled lazily from `foldCluster`, the very fold normalisation applies.
 * The text splits at "definite separators" (characters that fold to a space,
 * a double quote, a dash or ASCII punctuation, and carry no combining mark),
 * which no word can span. A run between separators whose characters each
 * fold to one letter or digit is one word, folded character by character;
 * any other run (apostrophes, combining marks, ligatures, soft hyphens,
 * decimals...) is handed to `eachWord` itself, so the rules live in one place.
 */
import { foldCluster } from './normalize.ts';
import { eachWord, isLineBreak } from './tokenize.ts';

// What a UTF-16 unit is to the scanner (0: not classified yet).
const SEPARATOR = 1;
const SIMPLE = 2; // Folds, alone, to one letter or digit unit; its folded unit is in FOLDED.
const OTHER = 3; // Needs the full normalisation: apostrophes, invisible characters, surrogates...
const MARK = 4; // A combining mark: joins the character before it into one cluster.
const POINT = 5; // '.' or ',': inside a word only between digits.
const APOSTROPHE = 6; // Folds to "'": inside a word between letters or digits ("don’t", "Meta’s").
const LINE_BREAK = 7; // A SEPARATOR that is also a line break, which ends a paragraph (see tokenize.ts).

const KIND = new Uint8Array(0x10000);
const FOLDED = new Uint16Array(0x10000);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const COMBINING_MARK = /\p{M}/u;

function classify(code: number): number {
  const char = String.fromCharCode(code);
  let kind = OTHER;
  if (code === 0x2e || code === 0x2c) kind = POINT;
  else if (code >= 0xd800 && code <= 0xdfff) kind = OTHER;
  else if (code >= 0x300 && COMBINING_MARK.test(char)) kind = MARK;
  else {
    const folded = foldCluster(char, true);
    if (folded === ' ' || folded === '"' || folded === '-') kind = isLineBreak(code) ? LINE_BREAK : SEPARATOR;
    else if (folded === "'") kind = APOSTROPHE;
    else if (folded.length === 1 && LETTER_OR_DIGIT.test(folded)) {
      kind = SIMPLE;
      FOLDED[code] = folded.charCodeAt(0);
    } else if (code < 0x80 && folded === char && !LETTER_OR_DIGIT.test(char) && char !== "'") kind = SEPARATOR;
  }
  KIND[code] = kind;
  return kind;
}

function kindOf(code: number): number {
  return KIND[code] || classify(code);
}

// An ASCII character that folds to itself or a space and is not a digit: seen next to '.' or
// ',', it proves the point is not between digits. (Control characters fold to nothing.)
function isAsciiNonDigit(code: number): boolean {
  return code < 0x80 && (code < 0x30 || code > 0x39) && (code >= 0x20 || (code >= 0x09 && code <= 0x0d));
}

// Whether the separator-kind character at `i` (of `kind`) really separates: not when a combining
// mark follows it (they fold together), nor a point or comma that may sit between digits. Only
// the scan's range is read: what lies outside it is not looked at.
function separates(text: string, i: number, kind: number, { from, to }: Scan): boolean {
  const next = i + 1 < to ? text.charCodeAt(i + 1) : NaN;
  if (next >= 0x300 && kindOf(next) === MARK) return false;
  if (kind !== POINT) return true;
  return i === from || i + 1 === to || isAsciiNonDigit(text.charCodeAt(i - 1)) || isAsciiNonDigit(next);
}

/** Calls `onWord` with every word of `text` and its range, exactly as `eachWord` would, in order. */
export function scanWords(text: string, onWord: (word: string, start: number, end: number) => void): void {
  scanWordRanges(text, {
    plain: (start, end, hash) => onWord(plainWord(text, start, end, hash), start, end),
    word: onWord,
  });
}

/**
 * Where the scanner hands its words: a plain word (every unit folds alone to
 * one letter or digit) by its range only, so a reader that memoises by range
 * builds no string for a word it has seen; any other word as its string.
 */
export interface WordSink {
  /**
   * A word whose folded form is `foldedUnits()[text.charCodeAt(k)]` for k in
   * [start, end); `hash` is FNV-1a over those folded units. `lastBreak` is the
   * offset of the last line break before `start` (-1 for none): the scanner has
   * read every character up to the word, so a reader knows whether a line break
   * separates it from an earlier word without reading the text between them.
   */
  plain(start: number, end: number, hash: number, lastBreak: number): void;
  /** Any other word, normalised as `eachWord` gives it. */
  word(word: string, start: number, end: number): void;
}

/**
 * The table of what each character of a plain word folds to, by UTF-16 unit (valid only for
 * the units of words `plain` reported). Read only: the table rather than a function, so a loop
 * over a word's characters reads it without a call per character.
 */
export function foldedUnits(): Uint16Array {
  return FOLDED;
}

/**
 * Hands every word of text[from, to) to `sink`, in order, with exactly the words `eachWord`
 * finds in `text.slice(from, to)` and their ranges in `text`. A range rather than a slice:
 * V8 reads a sliced string's characters through its parent, a few percent slower each.
 */
export function scanWordRanges(text: string, sink: WordSink, from = 0, to = text.length): void {
  // In slices, so that the loop runs in a function called many times a page: V8 optimises a
  // function called once per page only while it runs (on-stack replacement), then throws
  // that code away on the next page when it meets a line that had no type feedback yet.
  const scan = { from, to, lastBreak: -1 };
  for (let i = from; i < to;) i = scanSlice(text, i, Math.min(to, i + SLICE), sink, scan);
}

// Where a scan is: the range it reads, and the last line break seen (carried from one slice to the next).
interface Scan {
  readonly from: number;
  readonly to: number;
  lastBreak: number;
}

// Characters per slice: enough that the calls cost nothing, few enough that a page makes many.
const SLICE = 4096;

// Hands the words of the runs that start in [from, until) to `sink`; returns where the last ended.
function scanSlice(text: string, from: number, until: number, sink: WordSink, scan: Scan): number {
  const to = scan.to;
  // The table in a local: read from the module's scope, it was loaded and checked again on
  // every character.
  const folded = FOLDED;
  let i = from;
  let lastBreak = scan.lastBreak;
  for (;;) {
    // Between runs: pass the characters that separate.
    for (; i < until; i += 1) {
      const code = text.charCodeAt(i);
      if (folded[code] !== 0) break; // A letter or digit (see the run's loop).
      const kind = KIND[code] || classify(code);
      if (kind === SIMPLE || kind === APOSTROPHE || !separatesAt(text, i, kind, scan)) break;
      if (kind === LINE_BREAK) lastBreak = i;
    }
    if (i >= until) {
      scan.lastBreak = lastBreak;
      return i; // A run may have ended past `until`.
    }
    // A run: up to the next character that separates, or the end of the text.
    const start = i;
    let simple = true; // Only letters, digits and apostrophes that fold alone.
    let apostrophes = false;
    // FNV-1a's offset basis as a signed 32-bit integer: written as 0x811c9dc5 (above 2^31) it
    // made V8 keep the hash as a double, converted to an integer and back on every character.
    let hash = 0x811c9dc5 | 0;
    let ended = 0; // The kind of the character that ends the run (0 for the end of the range).
    for (; i < to; i += 1) {
      // Most characters of a run are letters and digits: a loop of their own that calls
      // nothing. Their folded unit alone says what they are (it is not 0 exactly for SIMPLE
      // characters already classified), one table read instead of two.
      for (; i < to; i += 1) {
        const unit = folded[text.charCodeAt(i)]!;
        if (unit === 0) break;
        hash = Math.imul(hash ^ unit, 0x01000193);
      }
      if (i === to) break;
      const code = text.charCodeAt(i);
      // Most words end at a plain space that no combining mark follows: it separates, and the
      // table and the rules below need not be asked.
      if (code === 0x20 && (i + 1 === to || text.charCodeAt(i + 1) < 0x300)) {
        ended = SEPARATOR;
        break;
      }
      const kind = KIND[code] || classify(code);
      if (kind === SIMPLE) {
        hash = Math.imul(hash ^ folded[code]!, 0x01000193); // Classified just now.
      } else if (kind === APOSTROPHE) apostrophes = true;
      else if (separatesAt(text, i, kind, scan)) {
        ended = kind;
        break;
      } else {
        simple = false;
        if (isLineBreak(code)) lastBreak = i; // Inside the run: a break joined to a mark, or U+0085.
      }
    }
    if (!simple) eachWord(text.slice(start, i), (word, at, to) => sink.word(word, start + at, start + to));
    else if (apostrophes) apostropheWords(text, start, i, sink);
    else sink.plain(start, i, hash, lastBreak);
    // The character that ended the run separates: no need to look at it again. A line break
    // there comes after the word, so it is counted only now.
    if (ended === LINE_BREAK) lastBreak = i;
    i += 1;
  }
}

// Whether the character at `i`, of a kind other than SIMPLE and APOSTROPHE, ends a run.
function separatesAt(text: string, i: number, kind: number, scan: Scan): boolean {
  // Most separators are followed by a character below the combining marks: no need to look closer.
  const separator = kind === SEPARATOR || kind === LINE_BREAK;
  if (separator && (i + 1 === scan.to || text.charCodeAt(i + 1) < 0x300)) return true;
  return (separator || kind === POINT) && separates(text, i, kind, scan);
}

/**
 * The words of a run of letters, digits and apostrophes, as eachWord's pattern
 * reads it: an apostrophe joins the letters on both sides ("don’t"), any other
 * ends a word, and a trailing possessive "'s" is dropped from word and range.
 */
function apostropheWords(text: string, from: number, to: number, sink: WordSink): void {
  let at = from;
  while (at < to) {
    if (!isLetterBefore(text, at, to)) {
      at += 1;
      continue;
    }
    const start = at;
    for (;;) {
      while (isLetterBefore(text, at, to)) at += 1;
      if (at < to && !isLetterBefore(text, at, to) && isLetterBefore(text, at + 1, to)) at += 1;
      else break;
    }
    let end = at;
    if (end - start >= 3 && FOLDED[text.charCodeAt(end - 1)] === 0x73 && !isLetterBefore(text, end - 2, to)) end -= 2;
    let word = '';
    for (let k = start; k < end; k += 1) {
      word += isLetterBefore(text, k, to) ? String.fromCharCode(FOLDED[text.charCodeAt(k)]!) : "'";
    }
    sink.word(word, start, end);
  }
}

// Whether text[at] is before `to` and folds alone to a letter or digit. A function of the module,
// not a closure made by each call of apostropheWords.
function isLetterBefore(text: string, at: number, to: number): boolean {
  return at < to && KIND[text.charCodeAt(at)] === SIMPLE;
}

// Words already built, by hash of their folded units: a page repeats its words, and
// handing back the same string saves an allocation and lets a Map reuse its cached hash.
const INTERNED_SLOTS = 1 << 14;
const internedHash = new Int32Array(INTERNED_SLOTS);
const interned = new Array<string | undefined>(INTERNED_SLOTS);

/** The string of a plain word that `WordSink.plain` reported, with the same arguments (shared when repeated). */
export function plainWord(text: string, start: number, end: number, hash: number): string {
  const slot = hash & (INTERNED_SLOTS - 1);
  const known = interned[slot];
  if (known !== undefined && internedHash[slot] === hash && known.length === end - start) {
    let same = true;
    for (let k = 0; k < known.length && same; k += 1) same = known.charCodeAt(k) === FOLDED[text.charCodeAt(start + k)];
    if (same) return known;
  }
  // Most words fold to themselves (lower case already): then the text holds the word as it is.
  let unchanged = true;
  for (let k = start; k < end && unchanged; k += 1) unchanged = FOLDED[text.charCodeAt(k)] === text.charCodeAt(k);
  let word: string;
  if (unchanged) word = text.slice(start, end);
  else {
    word = '';
    for (let k = start; k < end; k += 1) word += String.fromCharCode(FOLDED[text.charCodeAt(k)]!);
  }
  // A colliding word takes the slot over: the table stays this size whatever the page.
  interned[slot] = word;
  internedHash[slot] = hash;
  return word;
}
