import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PACK } from './builtin-corpus.ts';
import { boundProblems, checkPackLimits, checkPackSize, MAX_PROBLEMS, PACK_LIMITS, utf8Bytes } from './pack-limits.ts';

const TEST_PACK = readFileSync(
  join(import.meta.dirname, '../../../tests/fixtures/packs/riverton-bridge-tolls.json'),
  'utf8',
);
const pack = () => JSON.parse(TEST_PACK);
const lines = (json: unknown) => checkPackLimits(json).problems.map((p) => `${p.path}: ${p.message}`);

describe('pack limits', () => {
  it('passes the built-in pack and the test pack', () => {
    expect(checkPackLimits(BUILTIN_PACK)).toEqual({ problems: [], more: 0 });
    expect(checkPackLimits(pack())).toEqual({ problems: [], more: 0 });
    expect(checkPackSize(TEST_PACK).problems).toEqual([]);
  });

  it('counts bytes as UTF-8', () => {
    for (const text of ['abc', 'Қазақстан', '“quoted”', '😀 emoji', '\uFEFF{}'])
      expect(utf8Bytes(text)).toBe(Buffer.byteLength(text));
  });

  it('refuses a list over its limit without looking at its entries', () => {
    const big = pack();
    big.statements = Array.from({ length: 20_001 }, () => ({ id: 'x'.repeat(PACK_LIMITS.string + 1) }));
    expect(lines(big)).toEqual(['statements: has 20,001 entries; at most 20,000 are allowed']);
  });

  it('counts topic terms over all groups, and limits their length', () => {
    const big = pack();
    big.topic.groups = Array.from({ length: 3 }, (_, g) => ({
      id: `g${g}`,
      terms: Array.from({ length: 40_000 }, (_, t) => `term ${t}`),
    }));
    big.topic.groups[0].terms[5] = 'x'.repeat(201);
    expect(lines(big)).toEqual([
      'topic.groups[0].terms[5]: has 201 characters; at most 200 are allowed here',
      'topic.groups: has 120,000 terms in all; at most 100,000 are allowed',
    ]);
  });

  it('allows long document texts but not long titles', () => {
    const big = pack();
    big.documents[0].text = 'word '.repeat(150_000);
    big.documents[0].title = 't'.repeat(5_001);
    expect(lines(big)).toEqual(['documents[0].title: has 5,001 characters; at most 5,000 are allowed here']);
    big.documents[0].text = 'w'.repeat(1_000_001);
    expect(lines(big)).toContain('documents[0].text: has 1,000,001 characters; at most 1,000,000 are allowed here');
  });

  it('refuses deep nesting without overflowing the stack', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    const started = performance.now();
    expect(lines({ ...pack(), extra: deep })).toEqual([
      'extra[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]: nested deeper than 16 levels',
    ]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('keeps the first problems and counts the rest', () => {
    const many = pack();
    many.speakers = Array.from({ length: 1_500 }, () => ({ id: 'x'.repeat(6_000) }));
    many.claims = Array.from({ length: 300 }, () => ({ id: 'x'.repeat(6_000) }));
    const report = checkPackLimits(many);
    expect(report.problems).toHaveLength(MAX_PROBLEMS);
    expect(report.more).toBe(300 + 1_500 - MAX_PROBLEMS);
    expect(boundProblems(Array.from({ length: 250 }, () => ({ path: '', message: '' })))).toMatchObject({ more: 150 });
  });
});
