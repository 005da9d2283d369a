/**
 * A token-level Aho-Corasick automaton: finds every occurrence of many
 * phrases (sequences of stems) in one left-to-right pass over a token stream,
 * in time linear in the tokens plus the occurrences reported.
 */

/** An automaton over stem symbols; state 0 is the start state. */
export interface TokenAutomaton {
  /** The start state, to which a scan returns at a paragraph break. */
  readonly start: number;
  /** The state after reading `symbol` in `state`. */
  next(state: number, symbol: string): number;
  /** Calls `onPhrase` with the index of every phrase that ends in `state`. */
  forEachPhrase(state: number, onPhrase: (phrase: number) => void): void;
}

/** Builds the automaton for `phrases`, each a non-empty sequence of stems; a phrase is known by its index. */
export function buildAutomaton(phrases: readonly (readonly string[])[]): TokenAutomaton {
  const edges: Map<string, number>[] = [new Map()];
  const own: number[][] = [[]];
  phrases.forEach((phrase, index) => {
    if (phrase.length === 0) throw new Error(`phrase ${index} is empty`);
    let state = 0;
    for (const symbol of phrase) {
      let target = edges[state]!.get(symbol);
      if (target === undefined) {
        target = edges.push(new Map()) - 1;
        own.push([]);
        edges[state]!.set(symbol, target);
      }
      state = target;
    }
    own[state]!.push(index);
  });
  const { fail, output } = linkFailures(edges, own);
  const next = (state: number, symbol: string): number => {
    for (let at = state; ; at = fail[at]!) {
      const target = edges[at]!.get(symbol);
      if (target !== undefined) return target;
      if (at === 0) return 0;
    }
  };
  const forEachPhrase = (state: number, onPhrase: (phrase: number) => void) => {
    // `output` links skip states without phrases, so this costs only what it reports.
    for (let at = own[state]!.length > 0 ? state : output[state]!; at > 0; at = output[at]!) {
      for (const phrase of own[at]!) onPhrase(phrase);
    }
  };
  return { start: 0, next, forEachPhrase };
}

/**
 * Breadth-first: each state's failure link (its longest proper suffix that is a
 * state) and output link (the nearest such suffix that ends a phrase, or 0).
 */
function linkFailures(edges: readonly Map<string, number>[], own: readonly number[][]) {
  const fail = new Int32Array(edges.length);
  const output = new Int32Array(edges.length);
  const queue: number[] = [...edges[0]!.values()];
  for (let head = 0; head < queue.length; head += 1) {
    const state = queue[head]!;
    for (const [symbol, child] of edges[state]!) {
      let at = fail[state]!;
      while (at > 0 && !edges[at]!.has(symbol)) at = fail[at]!;
      const target = edges[at]!.get(symbol);
      fail[child] = target !== undefined && target !== child ? target : 0;
      const suffix = fail[child]!;
      output[child] = own[suffix]!.length > 0 ? suffix : output[suffix]!;
      queue.push(child);
    }
  }
  return { fail, output };
}
