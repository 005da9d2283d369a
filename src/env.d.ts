/** The built-in pack's id and its topic's needles alone (see scripts/pack-plugin.ts), for the stage-1 script. */
declare module 'virtual:story-topic' {
  const story: {
    packId: string;
    /** Per required group, words one of which any page about the story holds. */
    needles: string[][];
  };
  export default story;
}

/** The built-in pack's topic lexicon and its compiled tables (see scripts/pack-plugin.ts), for the background's detection. */
declare module 'virtual:story-topic-detection' {
  const detection: {
    topic: import('./core/topic/detect-topic.ts').TopicLexicon;
    tables: import('./core/topic/topic-tables.ts').TopicTables;
  };
  export default detection;
}

/** The built-in pack's claim patterns compiled into the matcher's tables (see scripts/pack-plugin.ts). */
declare module 'virtual:story-claims' {
  const tables: import('./core/claims/claim-tables.ts').ClaimTables;
  export default tables;
}

/** Where each of the built-in pack's statements sits in its source document, by statement id (see scripts/pack-plugin.ts). */
declare module 'virtual:story-locations' {
  const locations: Record<string, import('./core/corpus/corpus.ts').StatementLocation | null>;
  export default locations;
}

/** The built-in pack's source documents in the form quote checks compare with, by document id (see scripts/pack-plugin.ts). */
declare module 'virtual:story-folds' {
  const folds: Record<string, import('./core/quotes/shipped-folds.ts').ShippedFold>;
  export default folds;
}

/** The built-in pack's topic groups' labels, with their renderings (see scripts/pack-plugin.ts), for the popup. */
declare module 'virtual:story-topic-labels' {
  const labels: {
    packId: string;
    groups: Pick<import('./core/corpus/schema.ts').TopicGroup, 'id' | 'label' | 'translations'>[];
  };
  export default labels;
}

/** mark.js's own ES sources (no types of their own): the parts markjs-engine.ts extends. */
declare module 'mark.js/src/lib/domiterator.js' {
  export default class DOMIterator {
    constructor(context: unknown, iframes?: boolean, exclude?: string[], iframesTimeout?: number);
    createIterator(context: Node, whatToShow: number, filter: NodeFilter): object;
    getIteratorNode(iterator: object): { prevNode: Node | null; node: Node | null };
  }
}

declare module 'mark.js/src/lib/mark.js' {
  import type DOMIterator from 'mark.js/src/lib/domiterator.js';
  export default class Mark {
    constructor(context: HTMLElement | readonly HTMLElement[]);
    protected ctx: HTMLElement | readonly HTMLElement[];
    protected opt: {
      iframes: boolean;
      exclude: string[];
      iframesTimeout: number;
      noMatch?: (range: import('mark.js').Range) => void;
    };
    protected get iterator(): DOMIterator;
    markRanges(ranges: import('mark.js').Range[], options?: import('mark.js').MarkRangesOptions): void;
    protected wrapRangeInTextNode(node: Text, start: number, end: number): Text;
    /** Each text node of the contexts with its place in their text joined (`value`), as mark.js walks them. */
    protected getTextNodes(
      done: (dict: { value: string; nodes: { start: number; end: number; node: Text }[] }) => void,
    ): void;
    protected wrapRangeFromIndex(
      ranges: import('mark.js').Range[],
      filter: (node: Text, range: import('mark.js').Range, match: string, counter: number) => boolean,
      each: (element: Element, range: import('mark.js').Range) => void,
      end: () => void,
    ): void;
  }
}
