/**
 * Text normalisation that survives real pages, with a map back to the original
 * offsets so that whatever is found in the normalised text can be highlighted
 * in the original.
 */

/** Normalised text and, for each of its UTF-16 units, the offset in the original it came from. */
export interface NormalizedText {
  text: string;
  /** The text before normalisation. */
  source: string;
  /** `toOriginal[i]` is the original offset of `text[i]`; `toOriginal[text.length]` is the original length. */
  toOriginal: Uint32Array;
}

/** What to fold besides whitespace, quotes, dashes and invisible characters, which are always folded. */
export interface NormalizeOptions {
  /** Lower-case everything (default true). Fidelity checks keep case. */
  caseFold?: boolean;
}

// Characters pages use for quotation marks, folded to the two ASCII ones.
const SINGLE_QUOTES = new Set([...'‘’‚‛′`´ʹʼ']);
const DOUBLE_QUOTES = new Set([...'“”„‟«»″〝〞＂‹›']);
// Hyphens, dashes and the minus sign, folded to '-'.
const DASHES = new Set([...'‐‑‒–—―−﹘﹣－']);
// Invisible characters that split words on screen only by accident: soft hyphen, zero-width
// characters, bidi marks, embeddings and isolates (pages wrap names and numbers in them).
const INVISIBLE = /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/;
const WHITESPACE = /\s/;
const COMBINING_MARK = /\p{M}/u;
const SPACE_AND_MARKS = /^\s\p{M}*$/u;

/**
 * Folds case (optionally), Unicode compatibility forms (NFKC), quotes,
 * dashes, invisible characters and runs of whitespace, keeping a map from
 * every output unit to the input offset it came from.
 */
export function normalizeText(input: string, options: NormalizeOptions = {}): NormalizedText {
  const caseFold = options.caseFold ?? true;
  const out: string[] = [];
  // The offset map, grown as needed: compatibility forms can expand a character to many units.
  let map = new Uint32Array(input.length + 16);
  let mapped = 0;
  const mapTo = (offset: number) => {
    if (mapped === map.length) {
      const bigger = new Uint32Array(map.length * 2);
      bigger.set(map);
      map = bigger;
    }
    map[mapped++] = offset;
  };
  let lastWasSpace = true; // Leading whitespace is dropped.
  let i = 0;
  while (i < input.length) {
    const start = i;
    const code = input.charCodeAt(i);
    // Fast path: a run of printable ASCII (no backtick, which folds to "'") folds to itself,
    // lower-cased, one unit per unit; its last character must not take a combining mark.
    let end = i;
    while (end < input.length && isPlainAscii(input.charCodeAt(end))) end += 1;
    if (end < input.length && input.charCodeAt(end) >= 0x300 && COMBINING_MARK.test(input[end]!)) end -= 1;
    if (end > i) {
      const run = input.slice(i, end);
      out.push(caseFold ? run.toLowerCase() : run);
      for (let at = i; at < end; at += 1) mapTo(at);
      lastWasSpace = false;
      i = end;
      continue;
    }
    let cluster: string;
    const next = input.charCodeAt(i + 1);
    if (code < 0x80 && !(next >= 0x300 && COMBINING_MARK.test(input[i + 1]!))) {
      cluster = input[i]!;
      i += 1;
    } else {
      // A base character and the combining marks after it normalise together.
      const cp = input.codePointAt(i)!;
      i += cp > 0xffff ? 2 : 1;
      while (i < input.length && input.charCodeAt(i) >= 0x300 && COMBINING_MARK.test(input[i]!)) i += 1;
      cluster = input.slice(start, i);
    }
    const folded = foldCluster(cluster, caseFold);
    if (folded === ' ') {
      if (!lastWasSpace) {
        out.push(' ');
        mapTo(start);
        lastWasSpace = true;
      }
      continue;
    }
    // By UTF-16 unit, not by code point (for...of): the map needs one entry per unit of the text.
    for (let unit = 0; unit < folded.length; unit += 1) {
      out.push(folded[unit]!);
      mapTo(start);
    }
    if (folded.length > 0) lastWasSpace = false;
  }
  if (out.length > 0 && out[out.length - 1] === ' ') {
    out.pop();
    mapped -= 1;
  }
  mapTo(input.length);
  return { text: out.join(''), source: input, toOriginal: map.slice(0, mapped) };
}

function isPlainAscii(code: number): boolean {
  return code > 0x20 && code < 0x7f && code !== 0x60;
}

/** How normalizeText folds one character with its combining marks: '' for invisible ones, ' ' for whitespace. */
export function foldCluster(cluster: string, caseFold: boolean): string {
  if (cluster.length === 1) {
    const code = cluster.charCodeAt(0);
    if (code < 0x80) {
      if (code <= 0x20) return WHITESPACE.test(cluster) ? ' ' : '';
      if (cluster === '`') return "'";
      return caseFold ? cluster.toLowerCase() : cluster;
    }
    // Invisible first: /\s/ also matches U+FEFF, which must join a word, not split it.
    if (INVISIBLE.test(cluster)) return '';
    if (WHITESPACE.test(cluster)) return ' ';
    if (SINGLE_QUOTES.has(cluster)) return "'";
    if (DOUBLE_QUOTES.has(cluster)) return '"';
    if (DASHES.has(cluster)) return '-';
  }
  const compatible = cluster.normalize('NFKC');
  // Spacing accents (¨ ¯ ¸ ˘ ...) decompose to a space and a combining mark: keep them a plain space.
  if (SPACE_AND_MARKS.test(compatible)) return ' ';
  return caseFold ? compatible.toLowerCase() : compatible;
}

/** Maps a non-empty [start, end) range in normalised text back to the original text. */
export function toOriginalRange(normalized: NormalizedText, start: number, end: number): [number, number] {
  const originalStart = normalized.toOriginal[start]!;
  // End just past the source of the last unit, not at the next unit's source, so
  // that whitespace or invisible characters after the range are not swallowed.
  const lastSource = normalized.toOriginal[end - 1]!;
  return [originalStart, clusterEnd(normalized.source, lastSource)];
}

/** The end of the character (with its combining marks) that starts at `offset`. */
function clusterEnd(source: string, offset: number): number {
  const cp = source.codePointAt(offset);
  if (cp === undefined) return offset;
  let i = offset + (cp > 0xffff ? 2 : 1);
  while (i < source.length && source.charCodeAt(i) >= 0x300 && COMBINING_MARK.test(source[i]!)) i += 1;
  return i;
}
