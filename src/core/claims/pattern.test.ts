import { describe, expect, it } from 'vitest';
import { parsePattern, type ParsedPattern } from './pattern.ts';
import { MAX_EXPANSIONS } from './expand-pattern.ts';

function parse(source: string): ParsedPattern {
  const result = parsePattern(source);
  if (!result.ok) throw new Error(`"${source}" did not parse: ${result.error}`);
  return result.pattern;
}

function errorOf(source: string): string {
  const result = parsePattern(source);
  if (result.ok) throw new Error(`"${source}" parsed`);
  return result.error;
}

describe('parsePattern', () => {
  it('stems and normalises words like page text', () => {
    expect(parse('Granted “Exclusive” ACCESS').chains).toEqual([
      { segments: [['grant', 'exclus', 'access']], gaps: [] },
    ]);
    expect(parse("Facebook's post-Soviet").chains[0]!.segments).toEqual([['facebook', 'post', 'soviet']]);
  });

  it('expands alternatives, including multi-word ones', () => {
    const chains = parse('(direct|direct and exclusive) access').chains;
    expect(chains.map((chain) => chain.segments)).toEqual([
      [['direct', 'access']],
      [['direct', 'and', 'exclus', 'access']],
    ]);
  });

  it('treats an empty alternative as an optional group', () => {
    const chains = parse('first (country|) in central asia').chains;
    expect(chains.map((chain) => chain.segments[0]!.join(' '))).toEqual([
      'first countri in central asia',
      'first in central asia',
    ]);
  });

  it('supports nested groups', () => {
    expect(parse('a (b (c|d)|e)').chains).toHaveLength(3);
  });

  it('splits segments at gaps: ~N and ... (= ~6, also as …)', () => {
    expect(parse('grant ~4 exclusive access').chains).toEqual([
      { segments: [['grant'], ['exclus', 'access']], gaps: [4] },
    ]);
    expect(parse('grant ... access').chains[0]!.gaps).toEqual([6]);
    expect(parse('grant … access').chains[0]!.gaps).toEqual([6]);
  });

  it('adds up gaps that meet when an optional group is left out', () => {
    const chains = parse('a ~2 (b|) ~3 c').chains;
    expect(chains).toContainEqual({ segments: [['a'], ['c']], gaps: [5] });
    expect(chains).toContainEqual({ segments: [['a'], ['b'], ['c']], gaps: [2, 3] });
  });

  it('removes duplicate expansions', () => {
    expect(parse('(access|accessed) granted').chains).toHaveLength(1);
  });

  it('accepts Russian words and stems', () => {
    expect(parse('(прямой|эксклюзивный) ~3 доступ').chains.map((chain) => chain.segments)).toEqual([
      [['прям'], ['доступ']],
      [['эксклюзивн'], ['доступ']],
    ]);
    expect(parse('совместн заявлени').chains[0]!.segments).toEqual([['совместн', 'заявлен']]);
  });
});

describe('parsePattern errors', () => {
  it.each([
    ['a (b', 'unclosed "("'],
    ['a ) b', 'unmatched ")"'],
    ['a | b', '"|" outside a group'],
    ['()', 'empty group'],
    ['a ~0 b', '"~0" needs a number of words from 1 to 12'],
    ['a ~13 b', '"~13"'],
    ['a ~ b', '"~"'],
    ['~2 access', 'must stand between words'],
    ['access ...', 'must stand between words'],
    ['(access|)', 'can match empty text'],
    ['— «»', 'can match empty text'],
  ])('rejects %s', (source, error) => {
    expect(errorOf(source)).toContain(error);
  });

  it('rejects patterns that expand to too many combinations', () => {
    expect(errorOf('(a|b|c|d) (a|b|c|d) (a|b|c|d) (a|b|c|d) (a|b|c|d)')).toContain(String(MAX_EXPANSIONS));
  });
});
