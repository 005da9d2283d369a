import { describe, expect, it } from 'vitest';
import { builtinCorpus } from '../corpus/builtin-corpus.ts';
import { messagesFor } from '../i18n/messages.ts';
import { scanText } from '../scan-text.ts';
import { toRanges } from './highlight-ranges.ts';

describe('toRanges', () => {
  it('builds the ranges of a long page a few hundred at a time, the same as at once', async () => {
    const corpus = builtinCorpus();
    const text = 'Kazakhstan said it got direct and exclusive access to the Content Reporting System.\n'.repeat(600);
    const scan = scanText(text, corpus);
    expect(scan.claims.length).toBeGreaterThan(1000);
    let pauses = 0;
    const stepped = await toRanges(scan, corpus, text, messagesFor('en'), () => void (pauses += 1));
    expect(pauses).toBe(Math.floor((scan.claims.length + scan.quotes.length) / 500));
    expect(stepped).toEqual(await toRanges(scan, corpus, text, messagesFor('en')));
    expect(stepped.slice(0, scan.claims.length).every((range) => range.className === 'counterpoint-claim')).toBe(true);
  });

  it('names each claim match for its own words, and marks only the first of a claim as new', async () => {
    const corpus = builtinCorpus();
    const text = [
      'The ministry spoke of a joint statement.',
      'Meta said there was no Joint  Statement.',
      'Both sides called it a joint statement.',
      'It was not a joint statement, Meta said.',
    ].join('\n');
    const scan = scanText(text, corpus);
    const ranges = (await toRanges(scan, corpus, text, messagesFor('en'))).filter(
      (range) => range.attributes['data-claim'] === 'joint-statement',
    );
    expect(ranges.map((range) => range.label.split(' — ')[0])).toEqual([
      'joint statement',
      'Joint Statement',
      'joint statement',
      'joint statement',
    ]);
    expect(ranges.map((range) => range.attributes['data-claim-repeat'] !== undefined)).toEqual([
      false,
      true,
      true,
      true,
    ]);
    // Repeats in the same words carry one look, which the answer then sends once.
    expect(ranges[3]!.attributes).toBe(ranges[2]!.attributes);
    expect(ranges[2]!.attributes).not.toBe(ranges[0]!.attributes);
  });
});
