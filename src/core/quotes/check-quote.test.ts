import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../corpus/corpus.ts';
import { checkQuote, type QuoteCheck } from './check-quote.ts';
import { SEEDS_DIR } from '../../../tests/support/seeds.ts';
import { SEED_FILES, seedCorpus, type SeedId } from './quote-seeds.fixture.ts';

const haveSeeds = Object.values(SEED_FILES).every((file) => existsSync(`${SEEDS_DIR}/${file}`));
const seed = (id: SeedId) => readFileSync(`${SEEDS_DIR}/${SEED_FILES[id]}`, 'utf8');

/** Checks that every match's passage is exactly the document text at its offsets. */
function expectPassagesInPlace(corpus: Corpus, check: QuoteCheck): void {
  for (const match of check.matches) {
    expect(corpus.documents.get(match.documentId)!.text.slice(match.start, match.end)).toBe(match.passage);
  }
}

describe.skipIf(!haveSeeds)('checkQuote on the seed texts', () => {
  const corpus = seedCorpus({ zdnet: seed('zdnet'), kazinform: seed('kazinform'), denial: seed('denial') });
  const check = (quote: string, on = corpus) => {
    const result = checkQuote(quote, on);
    expectPassagesInPlace(on, result);
    return result;
  };
  const documents = (result: QuoteCheck) => result.matches.map((match) => match.documentId);

  describe('verbatim', () => {
    it('finds an exact quote, with the passage as one same part', () => {
      const result = check('The government issued its own statement, independent of Facebook');
      expect(result).toMatchObject({ verdict: 'verbatim', similarity: 1 });
      expect(result.matches).toHaveLength(1);
      const [match] = result.matches;
      expect(match).toMatchObject({ documentId: 'denial', similarity: 1 });
      expect(match!.passage).toBe('The government issued its own statement, independent of Facebook');
      expect(match!.diff).toEqual([{ kind: 'same', text: match!.passage }]);
    });

    it('ignores case, whitespace, straight or curly quotes and the kind of dash', () => {
      const result = check(
        'WE FOLLOW a consistent   global\nprocess to assess individual claims — regardless of any government',
      );
      expect(result.verdict).toBe('verbatim');
      expect(result.matches[0]!.passage).toBe(
        'We follow a consistent global process to assess individual claims – regardless of any government',
      );
      const marks = check('we are delighted to provide the "Content Reporting System" to the government of Kazakhstan');
      expect(marks.verdict).toBe('verbatim');
      expect(documents(marks)).toEqual(['zdnet', 'kazinform']);
      expect(marks.matches[1]!.passage).toBe(
        'we are delighted to provide the ‘Content Reporting System’ to the Government of Kazakhstan',
      );
    });

    it('lists every source that contains the quote', () => {
      const all = seedCorpus({ kazinform: seed('kazinform'), globe: seed('globe'), diplomat: seed('diplomat') });
      const result = check('direct and exclusive access to Facebook’s "Content Reporting System" (CRS)', all);
      expect(result.verdict).toBe('verbatim');
      expect(documents(result)).toEqual(['kazinform', 'globe', 'diplomat']);
      expect(result.matches[0]!.passage).toBe(
        'direct and exclusive access to Facebook’s «Content Reporting System» (CRS)',
      );
    });

    it('finds a quote that runs across two sentences', () => {
      const result = check(
        'particularly in the aspect of online safety for children. To make the first step for our long-term cooperation',
      );
      expect(result.verdict).toBe('verbatim');
      expect(documents(result)).toEqual(['kazinform']);
    });

    it('accepts omitted words marked "[...]" or "…", showing them as removed', () => {
      const brackets = check(
        'Facebook is delighted to work with the Government of Kazakhstan […] to provide the ‘Content Reporting System’',
      );
      expect(brackets.verdict).toBe('verbatim');
      const kazinform = brackets.matches.find((match) => match.documentId === 'kazinform')!;
      expect(kazinform.passage).toMatch(/^Facebook is delighted .* to provide the ‘Content Reporting System’$/s);
      expect(kazinform.diff.map((part) => part.kind)).toEqual(['same', 'removed', 'same']);

      const ellipsis = check('We follow a consistent global process … in accordance with Facebook policies');
      expect(ellipsis.verdict).toBe('verbatim');
      expect(ellipsis.matches[0]!.diff).toEqual([
        { kind: 'same', text: 'We follow a consistent global process' },
        { kind: 'removed', text: ' to assess individual claims – regardless of any government – ' },
        { kind: 'same', text: 'in accordance with Facebook policies' },
      ]);
      expect(check('We follow a consistent global process [...] in accordance with Facebook policies').verdict).toBe(
        'verbatim',
      );
    });

    it('does not accept omitted words out of order, too far apart, or inside other words', () => {
      expect(check('in accordance with Facebook policies … We follow a consistent global process').verdict).not.toBe(
        'verbatim',
      );
      expect(
        check('We follow a consistent global process … Balaeva did not comment on McConaghy’s statement').verdict,
      ).not.toBe('verbatim');
      expect(check('book is delighted to work with the government').verdict).not.toBe('verbatim');
    });
  });

  describe('variant', () => {
    it('diffs a changed word and a dropped word exactly', () => {
      const changed = check('The government issued its own statement, independently of Meta');
      expect(changed.verdict).toBe('variant');
      expect(changed.matches).toHaveLength(1);
      expect(changed.matches[0]).toMatchObject({
        documentId: 'denial',
        passage: 'The government issued its own statement, independent of Facebook',
      });
      expect(changed.matches[0]!.diff).toEqual([
        { kind: 'same', text: 'The government issued its own statement, ' },
        { kind: 'removed', text: 'independent ' },
        { kind: 'added', text: 'independently ' },
        { kind: 'same', text: 'of ' },
        { kind: 'removed', text: 'Facebook' },
        { kind: 'added', text: 'Meta' },
      ]);
      expect(changed.similarity).toBeGreaterThan(0.8);
      expect(changed.similarity).toBeLessThan(1);

      const dropped = check('The government issued its statement, independent of Facebook');
      expect(dropped.verdict).toBe('variant');
      expect(dropped.matches[0]!.diff).toEqual([
        { kind: 'same', text: 'The government issued its ' },
        { kind: 'removed', text: 'own ' },
        { kind: 'same', text: 'statement, independent of Facebook' },
      ]);
    });

    it('diffs a longer quote with a dropped and a changed word', () => {
      const result = check(
        'We follow a consistent process to assess individual requests – regardless of any government – in accordance with Facebook policies',
      );
      expect(result.verdict).toBe('variant');
      expect(result.matches[0]!.diff).toEqual([
        { kind: 'same', text: 'We follow a consistent ' },
        { kind: 'removed', text: 'global ' },
        { kind: 'same', text: 'process to assess individual ' },
        { kind: 'removed', text: 'claims – ' },
        { kind: 'added', text: 'requests – ' },
        { kind: 'same', text: 'regardless of any government – in accordance with Facebook policies' },
      ]);
    });

    it('keeps words the quote adds at its edges out of the passage', () => {
      const before = check(
        'he said that Facebook is delighted to work with the government of Kazakhstan together, particularly in the aspect of online safety for children',
      );
      expect(before.verdict).toBe('variant');
      expect(documents(before)).toEqual(['zdnet', 'kazinform']);
      expect(before.matches[0]!.passage).toMatch(/^Facebook is delighted .* for children$/);
      expect(before.matches[0]!.diff[0]).toEqual({ kind: 'added', text: 'he said that ' });

      const after = check(
        'This process is the same in Kazakhstan as in other countries of the world, he told reporters on Monday',
      );
      expect(after.matches[0]!.passage).toBe(
        'This process is the same in Kazakhstan as in other countries of the world',
      );
      expect(after.matches[0]!.diff.at(-1)).toEqual({ kind: 'added', text: ', he told reporters on Monday' });
    });

    it('matches a quote split by an attribution to the passage around it', () => {
      // Kazinform gives George Chen's words in one piece; ZDNet splits them with "…," he said in a statement.
      const kazinformQuote = seed('kazinform').match(/«(Facebook is delighted.*?)»/)![1]!;
      const result = check(kazinformQuote, seedCorpus({ zdnet: seed('zdnet') }));
      expect(result.verdict).toBe('variant');
      expect(result.matches[0]!.diff.filter((part) => part.kind !== 'same').map((part) => part.text.trim())).toEqual([
        '," Facebook regional public policy director George Chen said in a statement',
      ]);
      // Quotes longer than MAX_VARIANT_CHARS are compared by their beginning.
      expect(result.matches[0]!.passage.length).toBeLessThan(kazinformQuote.length + 100);
    });
  });

  describe('not found', () => {
    it('rejects an unrelated sentence and a made-up quote', () => {
      expect(check('The weather in Almaty was cold and snowy on Tuesday morning')).toEqual({
        verdict: 'not-found',
        similarity: 0,
        matches: [],
      });
      expect(check('We have never given any government exclusive access to our reporting tools').verdict).toBe(
        'not-found',
      );
      expect(check('Meta will not comment on statements made by the government of Kazakhstan').verdict).toBe(
        'not-found',
      );
    });

    it('does not call a paraphrase a variant', () => {
      // The Diplomat's rendering of George Chen's words shares only a few words with Kazinform's.
      const diplomat =
        'authorized bodies of the Government of Kazakhstan to more effectively and efficiently fight harmful content';
      expect(check(diplomat).verdict).toBe('not-found');
    });

    it('returns not-found for garbage without throwing', () => {
      let state = 42;
      const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
      const noise = Array.from({ length: 10_000 }, () => String.fromCharCode(32 + Math.floor(random() * 95))).join('');
      const garbage = [
        '',
        '   \n\t ',
        noise,
        '😀🎉👍 🚀🔥',
        '<div class="quote"><p></p></div>',
        '<script>alert(1)</script>',
        '[…] … ...',
      ];
      for (const text of garbage) expect(check(text)).toEqual({ verdict: 'not-found', similarity: 0, matches: [] });
    });

    it('stays fast on a corpus forty times the seeds', () => {
      // Stand-in for a large corpus: each seed repeated forty times (about 760,000 characters).
      const repeated = (id: SeedId) => Array<string>(40).fill(seed(id)).join('\n\n');
      const big = seedCorpus(Object.fromEntries((Object.keys(SEED_FILES) as SeedId[]).map((id) => [id, repeated(id)])));
      const quotes = [
        'The government issued its statement, independently of Meta',
        'a quote that matches nothing in these sources at all',
      ];
      const started = performance.now();
      const verdicts = quotes.map((quote) => checkQuote(quote, big).verdict);
      expect(verdicts).toEqual(['variant', 'not-found']);
      expect(performance.now() - started).toBeLessThan(2000);
    });

    it('searches short quotes for verbatim only', () => {
      expect(check('said in a statement').verdict).toBe('verbatim');
      // Five words: as a variant it would match "McConaghy said in a statement".
      expect(check('Balaeva said in a statement').verdict).toBe('not-found');
    });
  });
});
