/**
 * Pack validation lists every problem by JSON path, and the registry adds a
 * pack all or nothing. Runs on a small in-test pack so that each case breaks
 * exactly what it names.
 */
import { describe, expect, it } from 'vitest';
import { checkPatterns } from '../claims/find-claims.ts';
import { claimStatus } from './corpus.ts';
import { CorpusRegistry } from './registry.ts';
import type { Pack } from './schema.ts';
import { formatProblem, jsonPath, validatePack, type PackValidation } from './validate-pack.ts';

// "Acme paid for the bridge." occurs twice, so selectors for it need their prefix.
const TEXT =
  'The mayor said: “Acme paid for the bridge.”\n\nAcme said it “paid nothing”. Critics repeat: Acme paid for the bridge.';

/** A small valid pack; `tag` makes every id distinct so that several can be loaded together. */
function miniPack(tag = 'a'): Pack {
  return {
    format: 'counterpoint-pack/1',
    id: `mini-${tag}`,
    title: 'Who paid for the bridge?',
    description: 'The mayor says Acme paid; Acme says it did not.',
    topic: {
      groups: [{ id: 'place', label: 'Exampletown', weight: 1, terms: ['exampletown'] }],
      required: ['place'],
      threshold: 1,
    },
    documents: [
      {
        id: `doc-${tag}`,
        title: 'Bridge',
        outlet: 'Gazette',
        date: '2024-05-02',
        language: 'en',
        kind: 'news-report',
        seedFile: 'a.txt',
        text: TEXT,
      },
    ],
    speakers: [
      { id: `mayor-${tag}`, name: 'The Mayor', role: 'Mayor', organisation: 'Exampletown', aliases: [] },
      { id: `acme-${tag}`, name: 'Acme', role: 'Company', organisation: 'Acme', aliases: ['Acme Corp'] },
    ],
    statements: [
      {
        id: `mayor-paid-${tag}`,
        speaker: `mayor-${tag}`,
        document: `doc-${tag}`,
        date: '2024-05-02',
        kind: 'direct-quote',
        quote: { exact: 'Acme paid for the bridge.', prefix: 'The mayor said: "', suffix: '" Acme said it' },
      },
      {
        id: `acme-nothing-${tag}`,
        speaker: `acme-${tag}`,
        document: `doc-${tag}`,
        date: '2024-05',
        kind: 'direct-quote',
        quote: { exact: 'paid nothing', prefix: 'Acme said it “', suffix: '”.' },
      },
    ],
    claims: [
      {
        id: `acme-paid-${tag}`,
        summary: 'Acme paid for the bridge.',
        patterns: [{ id: 'en-paid', lang: 'en', match: 'acme ~2 paid ~3 bridge' }],
        statements: [
          { statement: `mayor-paid-${tag}`, stance: 'supports', why: 'The mayor says so.' },
          { statement: `acme-nothing-${tag}`, stance: 'contradicts', why: 'Acme denies it.' },
        ],
      },
    ],
    timeline: [
      {
        id: `claim-made-${tag}`,
        date: '2024-05-02',
        summary: 'The mayor makes the claim.',
        statements: [`mayor-paid-${tag}`],
      },
    ],
  };
}

/** Writes a value the Pack type would not allow, as a broken pack file would hold it. */
const put = (target: object, key: string, value: unknown) => Reflect.set(target, key, value);

const problemsOf = (result: PackValidation) => (result.ok ? [] : result.problems.map(formatProblem));

describe('validatePack', () => {
  it('accepts a valid pack and fills in defaults', () => {
    const input = miniPack();
    Reflect.deleteProperty(input.speakers[0]!, 'aliases');
    const result = validatePack(input);
    expect(problemsOf(result)).toEqual([]);
    if (!result.ok) return;
    expect(result.pack.speakers[0]!.aliases).toEqual([]);
    expect(claimStatus(result.pack.claims[0]!)).toBe('disputed');
  });

  it('lists every shape problem at once, each by its JSON path', () => {
    const pack = miniPack();
    put(pack, 'format', 'counterpoint-pack/2');
    put(pack.documents[0]!, 'kind', 'blog');
    Reflect.deleteProperty(pack.speakers[1]!, 'role');
    put(pack.statements[0]!, 'date', '2024-13-01');
    put(pack.claims[0]!.statements[1]!, 'stance', 'agrees');
    put(pack.claims[0]!, 'sumary', 'a typo');
    put(pack.timeline[0]!, 'id', 'Claim Made');
    const result = validatePack(pack);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.map(formatProblem)).toEqual(
      expect.arrayContaining([
        'format: expected one of counterpoint-pack/1',
        'documents[0].kind: expected one of news-report|press-release|analysis',
        'statements[0].date: expected a date as YYYY-MM-DD or YYYY-MM',
        'claims[0].statements[1].stance: expected one of supports|contradicts|context',
        'claims[0]: unknown key sumary',
        'timeline[0].id: expected a kebab-case id (a-z, 0-9, -)',
      ]),
    );
    // A missing field is reported at its own path, whatever zod's wording.
    expect(problems.map((problem) => problem.path)).toContain('speakers[1].role');
    expect(problems).toHaveLength(7);
  });

  it('lists every reference and quote problem at once, each by its JSON path', () => {
    const pack = miniPack();
    pack.topic.required = ['places'];
    pack.statements[0]!.speaker = 'nobody';
    pack.statements[1]!.document = 'doc-z';
    pack.statements.push({
      ...pack.statements[0]!,
      speaker: 'mayor-a',
      quote: { exact: 'Acme paid for the bridge.', prefix: '', suffix: '' },
    });
    pack.statements.push({
      ...pack.statements[0]!,
      id: 'misquote',
      speaker: 'mayor-a',
      quote: { exact: 'Acme paid for the new bridge.', prefix: '', suffix: '' },
    });
    pack.claims[0]!.patterns.push({ id: 'en-paid', lang: 'en', match: 'acme paid' });
    pack.claims[0]!.statements[1]!.statement = 'acme-nothing-z';
    pack.timeline[0]!.statements = ['ghost'];
    expect(problemsOf(validatePack(pack)).sort()).toEqual(
      [
        'statements[2].id: duplicate id "mayor-paid-a"',
        'topic.required[0]: unknown topic group "places"',
        'statements[0].speaker: unknown speaker "nobody"',
        'statements[1].document: unknown document "doc-z"',
        'claims[0].patterns[1].id: duplicate id "en-paid"',
        'claims[0].statements[1].statement: unknown statement "acme-nothing-z"',
        'timeline[0].statements[0]: unknown statement "ghost"',
        'statements[2].quote.exact: prefix and suffix do not pick one of its 2 occurrences in document "doc-a"',
        'statements[3].quote.exact: not found in document "doc-a"',
      ].sort(),
    );
  });

  it('checks relays and shared attributions: references, origins, and one stance for the same words', () => {
    const pack = miniPack();
    // A second document that passes on the mayor's words ("Critics repeat: ...").
    pack.documents.push({ ...pack.documents[0]!, id: 'doc-b' });
    const relay = {
      ...pack.statements[0]!,
      id: 'critics-repeat',
      document: 'doc-b',
      quote: { exact: 'Acme paid for the bridge.', prefix: 'Critics repeat: ', suffix: '' },
    };
    pack.statements.push(
      { ...relay, relays: ['mayor-paid-a'], alsoAttributedTo: ['acme-a'] },
      {
        ...relay,
        id: 'relay-of-relay',
        document: 'doc-a',
        relays: ['critics-repeat', 'ghost'],
        alsoAttributedTo: ['mayor-a', 'nobody'],
      },
      { ...pack.statements[1]!, id: 'same-document', relays: ['mayor-paid-a'] },
    );
    pack.claims[0]!.statements.push({ statement: 'critics-repeat', stance: 'contradicts', why: 'Same words.' });
    expect(problemsOf(validatePack(pack)).sort()).toEqual(
      [
        'statements[3].relays[0]: "critics-repeat" is itself a relay: point at its origin',
        'statements[3].relays[1]: unknown statement "ghost"',
        "statements[3].alsoAttributedTo[0]: repeats the statement's own speaker",
        'statements[3].alsoAttributedTo[1]: unknown speaker "nobody"',
        'statements[4].relays[0]: relays a statement of its own document',
        'claims[0].statements[2].stance: "critics-repeat" relays "mayor-paid-a", which this claim links as supports',
      ].sort(),
    );
  });

  it("checks renderings of the pack's texts by JSON path: known languages, known fields, no empty text", () => {
    const pack = miniPack();
    put(pack.claims[0]!, 'translations', {
      ru: { summary: 'Acme заплатила за мост.' },
      de: { summary: 'Acme zahlte.' },
    });
    put(pack.claims[0]!.statements[0]!, 'translations', { kk: { why: '' } });
    put(pack.speakers[0]!, 'translations', { ru: { name: 'Мэр' } });
    put(pack.topic.groups[0]!, 'translations', { ru: { label: 'Город' }, kk: { summary: 'Қала' } });
    expect(problemsOf(validatePack(pack)).sort()).toEqual(
      [
        'topic.groups[0].translations.kk: unknown key summary',
        'topic.groups[0].translations.kk.label: missing (expected string)',
        'claims[0].translations: unknown key de',
        'claims[0].statements[0].translations.kk.why: expected non-empty text',
        'speakers[0].translations.ru: unknown key name',
        'speakers[0].translations.ru.role: missing (expected string)',
      ].sort(),
    );
    put(pack.claims[0]!, 'translations', { ru: { summary: 'Acme заплатила за мост.' } });
    put(pack.claims[0]!.statements[0]!, 'translations', { kk: { why: 'Әкім солай дейді.' } });
    put(pack.speakers[0]!, 'translations', { ru: { role: 'Мэр' } });
    put(pack.topic.groups[0]!, 'translations', { ru: { label: 'Город' }, kk: { label: 'Қала' } });
    expect(problemsOf(validatePack(pack))).toEqual([]);
  });

  it('reports a selector whose words occur but never with its prefix and suffix', () => {
    const pack = miniPack();
    pack.statements[0]!.quote.prefix = 'The governor said:';
    expect(problemsOf(validatePack(pack))).toEqual([
      'statements[0].quote.exact: found 2 time(s) in document "doc-a" but never with this prefix and suffix',
    ]);
  });

  it('reports, and does not hang on, an exact text made only of invisible characters', () => {
    const pack = miniPack();
    pack.statements[0]!.quote.exact = '\u00AD\u200B';
    expect(problemsOf(validatePack(pack))).toEqual([
      'statements[0].quote.exact: has no visible text (only invisible characters)',
    ]);
  });

  it('folds only whitespace and quote characters when matching quotes: case and words must agree', () => {
    const folded = miniPack();
    folded.statements[1]!.quote = { exact: 'paid   nothing', prefix: 'Acme said it "', suffix: '".' };
    expect(problemsOf(validatePack(folded))).toEqual([]);
    const recased = miniPack();
    recased.statements[1]!.quote.exact = 'Paid nothing';
    expect(problemsOf(validatePack(recased))).toEqual(['statements[1].quote.exact: not found in document "doc-a"']);
  });

  // One run lists EVERY problem, shape and references together.
  it('lists shape, reference and quote problems of one pack together', () => {
    const pack = miniPack();
    put(pack.claims[0]!.statements[0]!, 'stance', 'agrees');
    Reflect.deleteProperty(pack.speakers[1]!, 'role');
    pack.claims[0]!.statements[1]!.statement = 'no-such-statement';
    pack.statements[1]!.document = 'doc-z';
    pack.timeline.push({ ...pack.timeline[0]! });
    pack.statements[0]!.quote.exact = 'Acme paid for the new bridge.';
    pack.claims[0]!.patterns[0]!.match = 'unclosed (group';
    const result = validatePack(pack, [checkPatterns]);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((problem) => problem.path)).toEqual(
      expect.arrayContaining([
        'claims[0].patterns[0].match',
        'claims[0].statements[0].stance',
        'speakers[1].role',
        'claims[0].statements[1].statement',
        'statements[1].document',
        'timeline[1].id',
        'statements[0].quote.exact',
      ]),
    );
  });

  it('runs extra checks and reports their problems by path', () => {
    const pack = miniPack();
    pack.claims[0]!.patterns[0]!.match = 'acme (paid';
    expect(problemsOf(validatePack(pack, [checkPatterns]))).toEqual(['claims[0].patterns[0].match: unclosed "("']);
    expect(problemsOf(validatePack(pack))).toEqual([]);
  });

  it('rejects something that is not a pack at all', () => {
    const result = validatePack(null);
    expect(result.ok).toBe(false);
    expect(problemsOf(result)[0]).toMatch(/^\(pack\): /);
  });
});

describe('jsonPath and formatProblem', () => {
  it('write paths the way a reader looks them up', () => {
    expect(jsonPath(['claims', 3, 'statements', 1, 'stance'])).toBe('claims[3].statements[1].stance');
    expect(jsonPath([2, 'id'])).toBe('[2].id');
    expect(formatProblem({ path: '', message: 'expected object' })).toBe('(pack): expected object');
  });
});

describe('CorpusRegistry', () => {
  function loaded() {
    const registry = new CorpusRegistry([checkPatterns]);
    const result = registry.add(miniPack('a'));
    expect(problemsOf(result)).toEqual([]);
    return { registry, packs: registry.packs, corpus: registry.corpus };
  }

  it('adds a valid pack and exposes its claims', () => {
    const { registry } = loaded();
    expect(registry.packs.map((pack) => pack.id)).toEqual(['mini-a']);
    expect([...registry.corpus.claims.keys()]).toEqual(['acme-paid-a']);
  });

  it('keeps the loaded packs unchanged when a bad pack is added', () => {
    const { registry, packs, corpus } = loaded();
    const bad = miniPack('b');
    bad.statements[0]!.quote.exact = 'Acme never paid.';
    put(bad.claims[0]!.statements[0]!, 'stance', 'agrees');
    expect(registry.add(bad).ok).toBe(false);
    const badPattern = miniPack('b');
    badPattern.claims[0]!.patterns[0]!.match = '~2 acme';
    expect(problemsOf(registry.add(badPattern))).toEqual([
      'claims[0].patterns[0].match: a gap (~N or ...) must stand between words',
    ]);
    expect(registry.packs).toBe(packs);
    expect(registry.corpus).toBe(corpus);
    expect(registry.corpus.statements.has('mayor-paid-b')).toBe(false);
  });

  it('rejects a pack whose ids clash with a loaded pack, listing every clash, and changes nothing', () => {
    const { registry, packs, corpus } = loaded();
    expect(problemsOf(registry.add(miniPack('a')))).toEqual([
      'id: a pack with id "mini-a" is already loaded',
      'documents[0].id: id "doc-a" is already loaded',
      'speakers[0].id: id "mayor-a" is already loaded',
      'speakers[1].id: id "acme-a" is already loaded',
      'statements[0].id: id "mayor-paid-a" is already loaded',
      'statements[1].id: id "acme-nothing-a" is already loaded',
      'claims[0].id: id "acme-paid-a" is already loaded',
    ]);
    const sneaky = miniPack('b');
    sneaky.claims[0]!.id = 'acme-paid-a';
    expect(problemsOf(registry.add(sneaky))).toEqual(['claims[0].id: id "acme-paid-a" is already loaded']);
    expect(registry.packs).toBe(packs);
    expect(registry.corpus).toBe(corpus);
    expect(registry.corpus.claims.get('acme-paid-a')?.summary).toBe('Acme paid for the bridge.');
  });

  it('still adds a good pack after rejecting bad ones, keeping the first pack as it was', () => {
    const { registry, packs } = loaded();
    registry.add(miniPack('a'));
    expect(problemsOf(registry.add(miniPack('b')))).toEqual([]);
    expect(registry.packs).toHaveLength(2);
    expect(registry.packs[0]).toBe(packs[0]);
    expect([...registry.corpus.claims.keys()]).toEqual(['acme-paid-a', 'acme-paid-b']);
  });
});
