/**
 * The claim matcher's memo of plain words (see scanWordRanges): folded word ->
 * symbol, looked up by the word's range in the text and the hash the scanner
 * already computed, so a word seen before costs a comparison of its units, not
 * a new string, a normalisation or a stem. An entry is found only when every
 * folded unit is equal, so the memo answers exactly what it was told: what
 * it holds cannot change a match, only how fast one is found.
 */
import { foldedUnits } from '../text/scan-words.ts';

const FOLDED = foldedUnits();

// Open addressing in typed arrays, at most half full, grown by doubling from a small
// start (a short article needs little). At its largest, when full or out of units, it
// starts afresh: a page of random words must not grow it without bound.
const FIRST_SLOTS = 1 << 10;
const MAX_SLOTS = 1 << 16;
const FIRST_UNITS = 1 << 13;
const MAX_UNITS = 1 << 19;
// Longer words are not memoised (they take the full path each time), so no word fills the units.
const MAX_WORD = 64;

/** Memoised symbols of plain words, by their folded units. */
export class RangeMemo {
  #mask = FIRST_SLOTS - 1;
  #hash = new Int32Array(FIRST_SLOTS);
  // 0 marks an empty slot: words are never empty.
  #length = new Uint8Array(FIRST_SLOTS);
  #offset = new Int32Array(FIRST_SLOTS);
  #symbol = new Int32Array(FIRST_SLOTS);
  #units = new Uint16Array(FIRST_UNITS);
  #entries = 0;
  #used = 0;

  /** The symbol memoised for the plain word text[start, end) with this scanner hash, or -1. */
  find(text: string, start: number, end: number, hash: number): number {
    const length = end - start;
    const mask = this.#mask;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const stored = this.#length[slot]!;
      if (stored === 0) return -1;
      if (stored === length && this.#hash[slot] === hash && this.#same(text, start, length, this.#offset[slot]!)) {
        return this.#symbol[slot]!;
      }
    }
  }

  /** Memoises `symbol` for the plain word text[start, end), which `find` did not know. */
  add(text: string, start: number, end: number, hash: number, symbol: number): void {
    const length = end - start;
    if (length > MAX_WORD) return;
    if (this.#entries + 1 > (this.#mask + 1) >> 1) this.#resize();
    if (this.#used + length > this.#units.length) this.#growUnits();
    const offset = this.#used;
    for (let k = 0; k < length; k += 1) this.#units[offset + k] = FOLDED[text.charCodeAt(start + k)]!;
    this.#used += length;
    this.#insert(hash, length, offset, symbol);
  }

  #insert(hash: number, length: number, offset: number, symbol: number): void {
    let slot = hash & this.#mask;
    while (this.#length[slot] !== 0) slot = (slot + 1) & this.#mask;
    this.#hash[slot] = hash;
    this.#length[slot] = length;
    this.#offset[slot] = offset;
    this.#symbol[slot] = symbol;
    this.#entries += 1;
  }

  #same(text: string, start: number, length: number, offset: number): boolean {
    const units = this.#units;
    for (let k = 0; k < length; k += 1) {
      if (units[offset + k] !== FOLDED[text.charCodeAt(start + k)]) return false;
    }
    return true;
  }

  // Twice the slots, the entries inserted again; at the largest size, empty again.
  #resize(): void {
    const [hash, length, offset, symbol] = [this.#hash, this.#length, this.#offset, this.#symbol];
    const slots = length.length === MAX_SLOTS ? MAX_SLOTS : length.length * 2;
    this.#mask = slots - 1;
    this.#hash = new Int32Array(slots);
    this.#length = new Uint8Array(slots);
    this.#offset = new Int32Array(slots);
    this.#symbol = new Int32Array(slots);
    this.#entries = 0;
    if (slots === length.length) {
      this.#used = 0;
      return;
    }
    for (let slot = 0; slot < length.length; slot += 1) {
      if (length[slot] !== 0) this.#insert(hash[slot]!, length[slot]!, offset[slot]!, symbol[slot]!);
    }
  }

  // Twice the units, or at the largest size, every entry dropped.
  #growUnits(): void {
    if (this.#units.length === MAX_UNITS) {
      this.#length.fill(0);
      this.#entries = 0;
      this.#used = 0;
      return;
    }
    const units = new Uint16Array(this.#units.length * 2);
    units.set(this.#units.subarray(0, this.#used));
    this.#units = units;
  }
}
