import { describe, expect, it } from 'vitest';
import { builtinCorpus } from './corpus/builtin-corpus.ts';
import { paragraphChunks, scanTextInSteps } from './scan-steps.ts';
import { scanText } from './scan-text.ts';

const corpus = builtinCorpus();

// Story paragraphs with claims, quotes and an attributed unknown quote, repeated into a long page.
const PARAGRAPHS = [
  'Kazakhstan said it got direct and exclusive access to the Content Reporting System.',
  '“The government issued its own statement, independent of Facebook,” McConaghy said.',
  '“Meta will open an office in Almaty next year,” McConaghy said.',
  'Facebook denied that the joint statement was joint; critics called it a censorship tool.',
  'The ministry said it was the first of its kind in Central Asia.',
];

describe('scanTextInSteps', () => {
  it('finds exactly what scanText finds, in any chunk size, pausing between pieces', async () => {
    const text = Array.from({ length: 60 }, (_, i) => PARAGRAPHS[i % PARAGRAPHS.length]).join('\n');
    const expected = scanText(text, corpus);
    expect(expected.claims.length).toBeGreaterThan(30);
    expect(expected.quotes.length).toBeGreaterThan(20);
    for (const size of [1, 100, 1000, 1e6]) {
      let pauses = 0;
      const found = await scanTextInSteps(text, corpus, () => void (pauses += 1), {}, size);
      expect(found).toEqual(expected);
      expect(pauses).toBeGreaterThan(size < 1e6 ? 2 : 0);
    }
  });

  it('checks only as many quotes as scanText, counting across chunks', async () => {
    const text = Array.from({ length: 400 }, () => PARAGRAPHS[1]).join('\n');
    const found = await scanTextInSteps(text, corpus, () => undefined, {}, 500);
    expect(found).toEqual(scanText(text, corpus));
    expect(found.quotes).toHaveLength(150);
  });

  it('cuts only at line breaks and covers the text', () => {
    const text = 'aaaa\nbb\ncccccc\nd';
    const chunks = paragraphChunks(text, 3);
    expect(chunks.map(([from, to]) => text.slice(from, to)).join('')).toBe(text);
    for (const [, to] of chunks) expect(to === text.length || text[to] === '\n').toBe(true);
  });
});
