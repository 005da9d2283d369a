/**
 * The real story pack against the matcher: every pattern parses, every claim
 * is found somewhere in the pack's own documents, and each seed document
 * yields the claims it is centrally about.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PackSchema } from '../corpus/schema.ts';
import { checkPatterns, compileClaimMatcher } from './find-claims.ts';

const pack = PackSchema.parse(
  JSON.parse(readFileSync(new URL('../../../corpus/kazakhstan-facebook-crs.json', import.meta.url), 'utf8')),
);
const matcher = compileClaimMatcher(pack.claims);
const claimsIn = (text: string) => new Set(matcher.find(text).map((match) => match.claimId));
const documentText = (id: string) => {
  const document = pack.documents.find((doc) => doc.id === id);
  if (!document) throw new Error(`no document "${id}" in the pack`);
  return document.text;
};

// Read off the seed texts: what each document is about, in its own words.
const CENTRAL_CLAIMS: Record<string, string[]> = {
  'kazinform-2021-11-01': [
    'exclusive-access',
    'first-in-central-asia',
    'child-safety-aim',
    'training-october-28',
    'ministry-work-november',
    'regular-channel',
  ],
  'zdnet-2021-11-01': [
    'joint-statement',
    'first-in-central-asia',
    'content-reporting-access',
    'child-safety-aim',
    'win-win',
  ],
  'meta-denial-2021-11-02': [
    'meta-denies-exclusive-access',
    'joint-statement',
    'hong-kong-office-region',
    'facebook-users-kazakhstan',
  ],
  'globe-reuters-2021-11-01': [
    'followed-blocking-threat',
    'exclusive-access',
    'joint-statement',
    'facebook-users-kazakhstan',
  ],
  'diplomat-2021-11': ['exclusive-access', 'article-174-prosecutions', 'censorship-concerns'],
};

describe('the kazakhstan-facebook-crs pack', () => {
  it('has only patterns that parse', () => {
    const problems: string[] = [];
    checkPatterns(pack, (path, message) => problems.push(`${path}: ${message}`));
    expect(problems).toEqual([]);
  });

  it.each(Object.entries(CENTRAL_CLAIMS))('finds the central claims of %s', (documentId, claims) => {
    const found = claimsIn(documentText(documentId));
    expect(claims.filter((claim) => !found.has(claim))).toEqual([]);
  });

  it('finds every claim in at least one of its documents', () => {
    const found = new Set(pack.documents.flatMap((document) => [...claimsIn(document.text)]));
    expect(pack.claims.map((claim) => claim.id).filter((id) => !found.has(id))).toEqual([]);
  });

  it('finds claims in Russian and Kazakh wording', () => {
    expect(claimsIn('Facebook предоставил Казахстану прямой и эксклюзивный доступ к системе.')).toContain(
      'exclusive-access',
    );
    expect(claimsIn('Министерство опубликовало совместное заявление с Facebook.')).toContain('joint-statement');
    expect(claimsIn('Facebook Қазақстанға эксклюзивті қолжетімділік берді.')).toContain('exclusive-access');
  });
});
