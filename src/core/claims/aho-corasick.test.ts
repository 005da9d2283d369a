import { describe, expect, it } from 'vitest';
import { buildAutomaton } from './aho-corasick.ts';

/** Every [phrase, end index] found in `symbols`, in scan order. */
function scan(phrases: string[][], symbols: string[]): [number, number][] {
  const automaton = buildAutomaton(phrases);
  const found: [number, number][] = [];
  let state = automaton.start;
  symbols.forEach((symbol, end) => {
    state = automaton.next(state, symbol);
    automaton.forEachPhrase(state, (phrase) => found.push([phrase, end]));
  });
  return found;
}

describe('buildAutomaton', () => {
  it('finds every occurrence of every phrase, overlapping ones included', () => {
    const phrases = [['a', 'b'], ['b', 'c'], ['a', 'b', 'c', 'd'], ['c']];
    const found = scan(phrases, ['x', 'a', 'b', 'c', 'd', 'a', 'b']);
    expect(found).toEqual(
      expect.arrayContaining([
        [0, 2],
        [1, 3],
        [3, 3],
        [2, 4],
        [0, 6],
      ]),
    );
    expect(found).toHaveLength(5);
  });

  it('follows failure links after a partial match', () => {
    // "a a b": the first "a" starts a false lead; the phrase still ends at index 2.
    expect(scan([['a', 'b']], ['a', 'a', 'b'])).toEqual([[0, 2]]);
    expect(scan([['a', 'b', 'a', 'c']], ['a', 'b', 'a', 'b', 'a', 'c'])).toEqual([[0, 5]]);
  });

  it('reports phrases that are suffixes of a longer one through output links', () => {
    expect(scan([['x', 'y', 'z'], ['y', 'z'], ['z']], ['x', 'y', 'z'])).toEqual(
      expect.arrayContaining([
        [0, 2],
        [1, 2],
        [2, 2],
      ]),
    );
  });

  it('matches whole symbols, not substrings', () => {
    expect(scan([['access']], ['accessible', 'access'])).toEqual([[0, 1]]);
  });

  it('rejects an empty phrase', () => {
    expect(() => buildAutomaton([[]])).toThrow();
  });
});
