import { describe, expect, it } from 'vitest';
import { normalizeText, toOriginalRange } from './normalize.ts';

const norm = (text: string) => normalizeText(text).text;

describe('normalizeText', () => {
  it('folds case, and keeps it when asked', () => {
    expect(norm('Direct ACCESS')).toBe('direct access');
    expect(normalizeText('Direct ACCESS', { caseFold: false }).text).toBe('Direct ACCESS');
  });

  it('folds quotes, guillemets and dashes to ASCII', () => {
    expect(norm('‘a’ “b” «c» „d“ ‹e›')).toBe(`'a' "b" "c" "d" "e"`);
    expect(norm('a–b—c−d')).toBe('a-b-c-d');
  });

  it('collapses and trims whitespace, including NBSP, ideographic space and line breaks', () => {
    expect(norm('  a\u00A0\u00A0b\r\n\r\nc\u3000d  ')).toBe('a b c d');
  });

  it('drops soft hyphens, zero-width and bidi characters inside words', () => {
    expect(norm('exclu\u00ADsive')).toBe('exclusive');
    expect(norm('exclu\u200Bsive')).toBe('exclusive');
    expect(norm('exclu\uFEFFsive')).toBe('exclusive'); // /\s/ matches U+FEFF: it must not split.
    expect(norm('\u2066Kazakhstan\u2069 \u202AMeta\u202C')).toBe('kazakhstan meta');
  });

  it('applies NFKC: ligatures, full-width forms, ellipsis, composed accents', () => {
    expect(norm('ﬁne…')).toBe('fine...');
    expect(norm('ＦＢ　２０２１')).toBe('fb 2021');
    expect(norm('e\u0301te\u0301')).toBe('été');
  });

  it('turns a spacing accent into a plain space rather than a stray combining mark', () => {
    expect(norm('a\u00A8b')).toBe('a b');
  });

  it('maps every output unit back to the original offset it came from', () => {
    const source = '  «Ａb»\u00AD c';
    const normalized = normalizeText(source);
    expect(normalized.text).toBe('"ab" c');
    expect([...normalized.toOriginal]).toEqual([2, 3, 4, 5, 7, 8, source.length]);
  });

  it('keeps one map entry per UTF-16 unit, also after astral characters (emoji)', () => {
    const source = '😀😀 Meta 𝐀';
    const normalized = normalizeText(source);
    expect(normalized.toOriginal).toHaveLength(normalized.text.length + 1);
    const meta = normalized.text.indexOf('meta');
    expect(source.slice(...toOriginalRange(normalized, meta, meta + 4))).toBe('Meta');
  });
});

describe('toOriginalRange', () => {
  it('maps a range back so that slicing the original gives the matched characters', () => {
    const source = 'The “Content\u00A0Reporting” system';
    const normalized = normalizeText(source);
    const at = normalized.text.indexOf('content reporting');
    const [start, end] = toOriginalRange(normalized, at, at + 'content reporting'.length);
    expect(source.slice(start, end)).toBe('Content\u00A0Reporting');
  });

  it('includes combining marks and surrogate pairs of the last character', () => {
    const source = 'cafe\u0301 ok 😀!';
    const normalized = normalizeText(source);
    expect(source.slice(...toOriginalRange(normalized, 0, 4))).toBe('cafe\u0301');
    const emoji = normalized.text.indexOf('😀');
    expect(source.slice(...toOriginalRange(normalized, emoji, emoji + 2))).toBe('😀');
  });

  it('does not swallow invisible characters after the range', () => {
    const source = 'word\u00AD\u00AD next';
    const normalized = normalizeText(source);
    expect(toOriginalRange(normalized, 0, 4)).toEqual([0, 4]);
  });
});
