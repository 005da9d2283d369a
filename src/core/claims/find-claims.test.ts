import { describe, expect, it } from 'vitest';
import type { Claim, Pack } from '../corpus/schema.ts';
import type { Corpus } from '../corpus/corpus.ts';
import { checkPatterns, compileClaimMatcher, findClaims, type ClaimMatch } from './find-claims.ts';

/** A hand-made claim whose patterns get ids `<claim>-0`, `<claim>-1`, ... */
function claim(id: string, ...patterns: string[]): Claim {
  return {
    id,
    summary: id,
    patterns: patterns.map((match, i) => ({ id: `${id}-${i}`, lang: 'en', match })),
    statements: [{ statement: 's', stance: 'supports', why: 'test' }],
  };
}

/** Matches as `[claimId, matched original text, patternId, confidence]`, checking offsets on the way. */
function find(claims: Claim[], text: string): [string, string, string, number][] {
  return compileClaimMatcher(claims)
    .find(text)
    .map((match: ClaimMatch) => [match.claimId, text.slice(match.start, match.end), match.patternId, match.confidence]);
}

const exclusive = claim('exclusive-access', 'direct and exclusive access', 'grant ~4 exclusive access');

describe('compileClaimMatcher', () => {
  it('finds a literal pattern through inflection and case', () => {
    expect(find([exclusive], 'It provided DIRECT and Exclusive Access.')).toEqual([
      ['exclusive-access', 'DIRECT and Exclusive Access', 'exclusive-access-0', 1],
    ]);
    expect(find([exclusive], 'Facebook granted exclusive access to the system.')).toEqual([
      ['exclusive-access', 'granted exclusive access', 'exclusive-access-1', 1],
    ]);
  });

  it('finds nothing when words are missing or out of order', () => {
    expect(find([exclusive], 'direct and access exclusive; exclusive and direct access')).toEqual([]);
  });

  it('matches every alternative and optional group', () => {
    const first = claim('first', 'first (country|nation|) (in|of) central asia');
    const text = 'the first nation of Central Asia, the first in central Asia, the first country in Central Asia';
    expect(find([first], text).map(([, matched]) => matched)).toEqual([
      'first nation of Central Asia',
      'first in central Asia',
      'first country in Central Asia',
    ]);
  });

  it('bridges a gap within its limit, with lower confidence per skipped word', () => {
    expect(find([exclusive], 'Facebook granted the government of Kazakhstan exclusive access')).toEqual([
      ['exclusive-access', 'granted the government of Kazakhstan exclusive access', 'exclusive-access-1', 0.8],
    ]);
  });

  it('does not bridge a gap beyond its limit', () => {
    expect(find([exclusive], 'Facebook granted the government of the Republic of Kazakhstan exclusive access')).toEqual(
      [],
    );
  });

  it('never lowers confidence below 0.5', () => {
    const far = claim('far', 'a ~12 b');
    expect(find([far], 'a 1 2 3 4 5 6 7 8 9 10 11 12 b')).toEqual([
      ['far', 'a 1 2 3 4 5 6 7 8 9 10 11 12 b', 'far-0', 0.5],
    ]);
  });

  it('stops at a paragraph break, single or double newline', () => {
    expect(find([exclusive], 'direct and exclusive\naccess')).toEqual([]);
    expect(find([exclusive], 'granted\n\nexclusive access')).toEqual([]);
    expect(find([exclusive], 'granted\n\ndirect and exclusive access')).toHaveLength(1);
  });

  it('matches Russian inflected forms with stems or whole words in the pattern', () => {
    const joint = claim('joint', 'совместн заявлени', '(прямой|эксклюзивный) ~3 доступ');
    const text = 'В совместном заявлении говорится об эксклюзивном доступе. Прямого и полного доступа нет.';
    expect(find([joint], text)).toEqual([
      ['joint', 'совместном заявлении', 'joint-0', 1],
      ['joint', 'эксклюзивном доступе', 'joint-1', 1],
      ['joint', 'Прямого и полного доступа', 'joint-1', 0.9],
    ]);
  });

  it('survives curly quotes, guillemets, NBSP, soft hyphens and em dashes', () => {
    const crs = claim('crs', 'direct and exclusive access to facebook content reporting system');
    const text = 'gave “direct\u00A0and exclu\u00ADsive” access to Facebook’s «Content—Reporting System».';
    expect(find([crs], text)).toEqual([
      ['crs', 'direct\u00A0and exclu\u00ADsive” access to Facebook’s «Content—Reporting System', 'crs-0', 1],
    ]);
  });

  it('gives offsets into the original text even after emoji and combining marks', () => {
    const text = '😀 Cafe\u0301 news: 😀😀 direct and exclusive access 😀';
    const [match] = compileClaimMatcher([exclusive]).find(text);
    expect(text.slice(match!.start, match!.end)).toBe('direct and exclusive access');
  });
});

describe('overlapping matches', () => {
  it('keeps the longest of overlapping matches of the same claim', () => {
    const access = claim('access', 'exclusive access', 'direct and exclusive access');
    expect(find([access], 'direct and exclusive access')).toEqual([
      ['access', 'direct and exclusive access', 'access-1', 1],
    ]);
  });

  it('prefers the higher confidence between equally long matches, then the earlier pattern', () => {
    const a = claim('a', 'x ~2 z', 'x y z', 'x (y|w) z');
    expect(find([a], 'x y z')).toEqual([['a', 'x y z', 'a-1', 1]]);
  });

  it('chains from the earliest start a gap allows (longest), even at some confidence', () => {
    expect(find([exclusive], 'grant, grant exclusive access')).toEqual([
      ['exclusive-access', 'grant, grant exclusive access', 'exclusive-access-1', 0.95],
    ]);
  });

  it('keeps separate matches of one claim that do not overlap', () => {
    expect(find([exclusive], 'direct and exclusive access; granted exclusive access')).toHaveLength(2);
  });

  it('lets different claims overlap, sorted by start', () => {
    const access = claim('access', 'exclusive access');
    const direct = claim('direct', 'direct and exclusive');
    expect(find([access, direct], 'direct and exclusive access')).toEqual([
      ['direct', 'direct and exclusive', 'direct-0', 1],
      ['access', 'exclusive access', 'access-0', 1],
    ]);
  });
});

describe('many claims and big texts', () => {
  it('finds many claims in one pass, sharing segments between patterns', () => {
    const claims = Array.from({ length: 200 }, (_, i) =>
      claim(`claim-${i}`, `topic${i} ~2 (claim|claims)`, `shared word topic${i}`),
    );
    const text = 'The topic7 of the claim. shared word topic42! topic199 claims.';
    expect(find(claims, text).map(([id, matched]) => [id, matched])).toEqual([
      ['claim-7', 'topic7 of the claim'],
      ['claim-42', 'shared word topic42'],
      ['claim-199', 'topic199 claims'],
    ]);
  });

  it('scans a 2 MB text', () => {
    const filler =
      'The government said that Facebook would provide training and access.\nExclusive access was denied. ';
    const text = filler.repeat(Math.ceil(2_000_000 / filler.length)) + 'Facebook granted Kazakhstan exclusive access.';
    const matches = compileClaimMatcher([exclusive, claim('training', 'provide training')]).find(text);
    expect(matches.filter((match) => match.claimId === 'exclusive-access')).toHaveLength(1);
    expect(matches.filter((match) => match.claimId === 'training').length).toBeGreaterThan(10_000);
  });
});

describe('findClaims', () => {
  const corpusOf = (claims: Map<string, Claim>): Corpus => ({
    packs: [],
    documents: new Map(),
    speakers: new Map(),
    statements: new Map(),
    claims,
    timeline: [],
  });

  it('finds the claims of a corpus, compiling once per corpus object', () => {
    const claims = new Map([[exclusive.id, exclusive]]);
    const corpus = corpusOf(claims);
    expect(findClaims('direct and exclusive access', corpus).map((match) => match.claimId)).toEqual([
      'exclusive-access',
    ]);
    // The cached matcher does not see claims added behind its back; a new corpus object does.
    claims.set('training', claim('training', 'provide training'));
    expect(findClaims('provide training', corpus)).toEqual([]);
    expect(findClaims('provide training', corpusOf(claims)).map((match) => match.claimId)).toEqual(['training']);
  });
});

describe('checkPatterns', () => {
  it('reports every pattern that does not parse, with its JSON path', () => {
    const pack = {
      claims: [exclusive, claim('broken', 'fine words', 'a (b'), claim('gap', 'a ~20 b')],
    } as unknown as Pack;
    const problems: string[] = [];
    checkPatterns(pack, (path, message) => problems.push(`${path}: ${message}`));
    expect(problems).toEqual([
      'claims[1].patterns[1].match: unclosed "("',
      'claims[2].patterns[0].match: "~20" needs a number of words from 1 to 12',
    ]);
  });
});
