/**
 * Letter, digit and space tests by code point, for the code that reads the
 * words around a quote character by character (name-match.ts,
 * quote-speakers.ts). Each answer is the one the Unicode regular expressions
 * they replace gave (`\p{L}`, `[\p{L}\p{N}]`, `\s`), looked up once per
 * character with three small patterns compiled once, where the code they
 * replace compiled a Unicode-property pattern per speaker name and ran it at
 * every position of the text.
 */

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const LETTER = /^\p{L}$/u;
const SPACE = /^\s$/u;
// The highest code point (plus one) whose classes are kept in a table.
const TABLE_SIZE = 0x10000;
// Each BMP character's classes once looked up: bit 0 known, 1 letter, 2 letter or digit, 3 space.
const CLASSES = new Uint8Array(TABLE_SIZE);

function classesOf(codePoint: number): number {
  if (codePoint < TABLE_SIZE && CLASSES[codePoint]) return CLASSES[codePoint]!;
  const char = String.fromCodePoint(codePoint);
  const classes = 1 | (LETTER.test(char) ? 2 : 0) | (LETTER_OR_DIGIT.test(char) ? 4 : 0) | (SPACE.test(char) ? 8 : 0);
  if (codePoint < TABLE_SIZE) CLASSES[codePoint] = classes;
  return classes;
}

/** `\p{L}`: a letter of any script. */
export const isLetter = (codePoint: number): boolean => (classesOf(codePoint) & 2) !== 0;

/** `[\p{L}\p{N}]`: a letter or a digit of any script. */
export const isLetterOrDigit = (codePoint: number): boolean => (classesOf(codePoint) & 4) !== 0;

/** JavaScript's `\s`: white space and line terminators. */
export const isSpace = (codePoint: number): boolean => (classesOf(codePoint) & 8) !== 0;
