import { describe, expect, it } from 'vitest';
import { buildAutomaton, loadAutomaton } from './aho-corasick.ts';

/** Every [phrase, end index] found in `symbols`, in scan order. */
function scan(phrases: string[][], words: string[]): [number, number][] {
  // Words get symbols from 1 in order of first use in a phrase; any other word is 0.
  const ids = new Map([...new Set(phrases.flat())].map((word, i) => [word, i + 1]));
  const automaton = loadAutomaton(buildAutomaton(phrases.map((phrase) => phrase.map((word) => ids.get(word)!))));
  const found: [number, number][] = [];
  let state = automaton.start;
  words.forEach((word, end) => {
    state = automaton.next(state, ids.get(word) ?? 0);
    for (let k = automaton.phrasesFrom[state]!; k < automaton.phrasesFrom[state + 1]!; k += 1) {
      found.push([automaton.phrases[k]!, end]);
    }
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

  it('rejects an empty phrase and the symbol reserved for other words', () => {
    expect(() => buildAutomaton([[]])).toThrow();
    expect(() => buildAutomaton([[1, 0]])).toThrow();
  });

  it('is plain data that survives JSON, as the build ships it', () => {
    const tables = buildAutomaton([[1, 2], [2, 3], [1, 2, 3, 4], [3]]);
    expect(JSON.parse(JSON.stringify(tables))).toEqual(tables);
  });
});
