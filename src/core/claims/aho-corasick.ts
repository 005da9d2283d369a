/**
 * A token-level Aho-Corasick automaton: finds every occurrence of many
 * phrases (sequences of word symbols) in one left-to-right pass over a token
 * stream, in time linear in the tokens plus the occurrences reported.
 *
 * Building it gives plain tables (numbers only), so the build can compute
 * them for the built-in pack and a page only loads them. Symbols are
 * positive integers; 0 stands for any word no phrase contains, which always
 * leads back to the start state.
 */

/** The automaton as data: trie edges, failure and output links, and the phrases each state ends. */
export interface AutomatonTables {
  /** Trie edges as flat triples: from state, symbol, to state. */
  edges: number[];
  /** Per state: its longest proper suffix that is a state. */
  fail: number[];
  /** Per state: the nearest proper suffix state that ends a phrase, or 0. */
  output: number[];
  /** Per state: the indices of the phrases that end exactly there. */
  own: number[][];
}

/** An automaton over word symbols; state 0 is the start state. */
export interface TokenAutomaton {
  /** The start state, to which a scan returns at a paragraph break. */
  readonly start: number;
  /** The state after reading `symbol` in `state`. */
  next(state: number, symbol: number): number;
  /**
   * Every phrase that ends in state s (its own and its suffixes'): `phrases[phrasesFrom[s]]` up to
   * `phrases[phrasesFrom[s + 1]]`, excluded. Two flat arrays rather than an array per state: the
   * scan reads them for every word it meets.
   */
  readonly phrasesFrom: Int32Array;
  readonly phrases: Int32Array;
}

/** Builds the tables for `phrases`, each a non-empty sequence of symbols (>= 1); a phrase is known by its index. */
export function buildAutomaton(phrases: readonly (readonly number[])[]): AutomatonTables {
  const children: Map<number, number>[] = [new Map()];
  const own: number[][] = [[]];
  const edges: number[] = [];
  phrases.forEach((phrase, index) => {
    if (phrase.length === 0) throw new Error(`phrase ${index} is empty`);
    let state = 0;
    for (const symbol of phrase) {
      if (!(symbol >= 1)) throw new Error(`phrase ${index} has symbol ${symbol}: symbols start at 1`);
      let target = children[state]!.get(symbol);
      if (target === undefined) {
        target = children.push(new Map()) - 1;
        own.push([]);
        children[state]!.set(symbol, target);
        edges.push(state, symbol, target);
      }
      state = target;
    }
    own[state]!.push(index);
  });
  return { edges, ...linkFailures(children, own), own };
}

/**
 * Breadth-first: each state's failure link (its longest proper suffix that is a
 * state) and output link (the nearest such suffix that ends a phrase, or 0).
 */
function linkFailures(children: readonly Map<number, number>[], own: readonly number[][]) {
  const fail = new Array<number>(children.length).fill(0);
  const output = new Array<number>(children.length).fill(0);
  const queue: number[] = [...children[0]!.values()];
  for (let head = 0; head < queue.length; head += 1) {
    const state = queue[head]!;
    for (const [symbol, child] of children[state]!) {
      let at = fail[state]!;
      while (at > 0 && !children[at]!.has(symbol)) at = fail[at]!;
      const target = children[at]!.get(symbol);
      fail[child] = target !== undefined && target !== child ? target : 0;
      const suffix = fail[child]!;
      output[child] = own[suffix]!.length > 0 ? suffix : output[suffix]!;
      queue.push(child);
    }
  }
  return { fail, output };
}

/** The automaton that `tables` describe, ready to scan. */
export function loadAutomaton(tables: AutomatonTables): TokenAutomaton {
  const { fail, output, own } = tables;
  // Every edge in one open-addressing table of typed arrays (a Map costs several times
  // more per look-up), plus the start state's edges in an array: most words are read there.
  let width = 1;
  for (let i = 1; i < tables.edges.length; i += 3) width = Math.max(width, tables.edges[i]! + 1);
  const fromStart = new Int32Array(width);
  let slots = 4;
  while (slots < tables.edges.length) slots *= 2; // At least twice the edges: a third of the triples' count.
  const mask = slots - 1;
  const edgeFrom = new Int32Array(slots).fill(-1);
  const edgeSymbol = new Int32Array(slots);
  const edgeTo = new Int32Array(slots);
  const slotOf = (from: number, symbol: number) => (Math.imul(from, 0x9e3779b1) ^ Math.imul(symbol, 0x85ebca6b)) & mask;
  for (let i = 0; i < tables.edges.length; i += 3) {
    const [from, symbol, to] = [tables.edges[i]!, tables.edges[i + 1]!, tables.edges[i + 2]!];
    let slot = slotOf(from, symbol);
    while (edgeFrom[slot] !== -1) slot = (slot + 1) & mask;
    edgeFrom[slot] = from;
    edgeSymbol[slot] = symbol;
    edgeTo[slot] = to;
    if (from === 0) fromStart[symbol] = to;
  }
  const edge = (from: number, symbol: number): number => {
    for (let slot = slotOf(from, symbol); edgeFrom[slot] !== -1; slot = (slot + 1) & mask) {
      if (edgeFrom[slot] === from && edgeSymbol[slot] === symbol) return edgeTo[slot]!;
    }
    return -1;
  };
  const next = (state: number, symbol: number): number => {
    if (symbol <= 0 || symbol >= width) return 0;
    for (let at = state; at !== 0; at = fail[at]!) {
      const target = edge(at, symbol);
      if (target >= 0) return target;
    }
    return fromStart[symbol]!;
  };
  const phrasesFrom = new Int32Array(own.length + 1);
  const phrases: number[] = [];
  own.forEach((_, state) => {
    // `output` links skip states without phrases, so this costs only what it reports.
    for (let at = own[state]!.length > 0 ? state : output[state]!; at > 0; at = output[at]!) phrases.push(...own[at]!);
    phrasesFrom[state + 1] = phrases.length;
  });
  return { start: 0, next, phrasesFrom, phrases: Int32Array.from(phrases) };
}
