/**
 * The built-in pack's claim patterns, run through the real matcher: each claim
 * is found where its documents make it and in likely paraphrases (English,
 * Russian, Kazakh), every pattern is exercised by some sample, and on-topic
 * text that does not make a claim stays unmarked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../src/core/corpus/schema.ts';
import { validatePack } from '../src/core/corpus/validate-pack.ts';
import { compileClaimMatcher } from '../src/core/claims/find-claims.ts';
import { parsePattern } from '../src/core/claims/pattern.ts';
import { NEGATIVE_SAMPLES, PARAPHRASES } from './pack-pattern-samples.ts';

const validation = validatePack(
  JSON.parse(readFileSync(join(import.meta.dirname, 'kazakhstan-facebook-crs.json'), 'utf8')),
);
if (!validation.ok) throw new Error('the pack does not validate: see pack.test.ts');
const pack: Pack = validation.pack;
const matcher = compileClaimMatcher(pack.claims);
const statement = (id: string) => pack.statements.find((candidate) => candidate.id === id)!;

/** Claims whose patterns must cover both English and Russian coverage of the story. */
const BILINGUAL = ['exclusive-access', 'joint-statement', 'first-in-central-asia', 'meta-denies-exclusive-access'];

describe('claim patterns', () => {
  it('never consist of a single word', () => {
    const single = pack.claims.flatMap((claim) =>
      claim.patterns
        .filter((pattern) => {
          const parsed = parsePattern(pattern.match);
          return !parsed.ok || parsed.pattern.chains.some((chain) => chain.segments.flat().length < 2);
        })
        .map((pattern) => `${claim.id}/${pattern.id}`),
    );
    expect(single).toEqual([]);
  });

  it('exist in English for every claim, and in Russian too for the central ones', () => {
    const langs = (id: string) =>
      new Set(pack.claims.find((claim) => claim.id === id)?.patterns.map((pattern) => pattern.lang));
    expect(pack.claims.filter((claim) => !langs(claim.id).has('en')).map((claim) => claim.id)).toEqual([]);
    for (const id of BILINGUAL) expect([...langs(id)], id).toEqual(expect.arrayContaining(['en', 'ru']));
  });

  it.each(pack.claims.map((claim) => [claim.id, claim] as const))(
    '%s is found in at least one supporting statement',
    (id, claim) => {
      const found = claim.statements
        .filter((link) => link.stance === 'supports')
        .filter((link) => matcher.find(statement(link.statement).quote.exact).some((match) => match.claimId === id));
      expect(found.length).toBeGreaterThan(0);
    },
  );

  it.each(PARAPHRASES.map((sample) => [sample.claim, sample.text, sample] as const))(
    '%s is found in "%s"',
    (claimId, _, sample) => {
      const matches = matcher.find(sample.text).filter((match) => match.claimId === claimId);
      expect(matches.map((match) => match.patternId)).toContain(sample.pattern);
    },
  );

  it('are each exercised by a document or a paraphrase', () => {
    const fired = new Set<string>();
    const texts = [...pack.documents.map((doc) => doc.text), ...PARAPHRASES.map((sample) => sample.text)];
    for (const text of texts) for (const match of matcher.find(text)) fired.add(`${match.claimId}/${match.patternId}`);
    const idle = pack.claims
      .flatMap((claim) => claim.patterns.map((pattern) => `${claim.id}/${pattern.id}`))
      .filter((key) => !fired.has(key));
    expect(idle).toEqual([]);
  });

  it.each(NEGATIVE_SAMPLES)('find no claim in on-topic text that makes none: "%s"', (text) => {
    expect(matcher.find(text).map((match) => `${match.claimId}/${match.patternId}`)).toEqual([]);
  });

  it('find nothing in the unrelated part of the ZDNet report (Haugen, the UK bill)', () => {
    const zdnet = pack.documents.find((doc) => doc.id === 'zdnet-2021-11-01')!.text;
    const unrelated = zdnet.slice(zdnet.indexOf('Just last week'), zdnet.indexOf('###  Related Coverage'));
    expect(unrelated.length).toBeGreaterThan(1000);
    expect(matcher.find(unrelated)).toEqual([]);
  });
});
