/**
 * mark.js, with the text nodes of its contexts walked by a TreeWalker rather
 * than a NodeIterator. A NodeIterator is live: the document keeps it until
 * garbage collection and updates every one it keeps on each node removed,
 * and mark.js makes one per context per call, then removes a node for every
 * piece it wraps. On a long page the iterators pile up faster than they are
 * collected, so each mark costs more than the one before: marking a 1 MB
 * page's 3,700 paragraphs a few at a time took 225-340 ms with mark.js's
 * walk and 65-77 ms with this one. A TreeWalker is not kept by the document.
 *
 * Also replaced: markRanges' loop over its ranges (wrapRangeFromIndex,
 * below), whose work for each range grew with the whole call's text.
 * Both give exactly what mark.js's did (`markjs-engine.test.ts` compares the
 * pages and marks of both on generated pages and on the fixture pages). The
 * walk: with SHOW_TEXT a filter only ever sees text nodes, which have no
 * children, so rejecting one prunes nothing; each step returns the next text
 * node and, as mark.js's "previous node", the one before it. Every other
 * walk (mark.js's unmark, iframes) keeps its NodeIterator. The classes come
 * from mark.js's own ES sources, which its package ships beside the bundled
 * build.
 */
import MarkJs from 'mark.js/src/lib/mark.js';
import DOMIterator from 'mark.js/src/lib/domiterator.js';
import type { Range as MarkRange } from 'mark.js';

/** A walk over text nodes, the filter it applies, and the node it returned last. */
interface TextWalk {
  walker: TreeWalker;
  accept: (node: Node) => number;
  last: Node | null;
}

function isTextWalk(iterator: object): iterator is TextWalk {
  return 'walker' in iterator;
}

class TextWalkIterator extends DOMIterator {
  override createIterator(context: Node, whatToShow: number, filter: NodeFilter): object {
    // A NodeIterator returns its root when it matches, a TreeWalker never does: a context that is
    // itself a text node keeps mark.js's walk (the highlighter only hands it elements).
    if (whatToShow !== NodeFilter.SHOW_TEXT || context.nodeType === Node.TEXT_NODE)
      return super.createIterator(context, whatToShow, filter);
    const doc = context.ownerDocument ?? (context as Document);
    // The filter is called here rather than by the walker: a call from the DOM into an
    // extension's isolated world per text node costs several times the walk itself.
    const accept = typeof filter === 'function' ? filter : (node: Node) => filter.acceptNode(node);
    return { walker: doc.createTreeWalker(context, whatToShow), accept, last: null };
  }

  override getIteratorNode(iterator: object): { prevNode: Node | null; node: Node | null } {
    if (!isTextWalk(iterator)) return super.getIteratorNode(iterator);
    const prevNode = iterator.last;
    let node = iterator.walker.nextNode();
    // Number(): the DOM reads a filter's answer as a number (`true` accepts too).
    while (node && Number(iterator.accept(node)) !== NodeFilter.FILTER_ACCEPT) node = iterator.walker.nextNode();
    if (node) iterator.last = node;
    return { prevNode, node };
  }
}

/** Makes the element a piece of `range` is wrapped in: cloned for each piece, never inserted itself. */
export type Wrapper = (range: MarkRange) => Element;

/**
 * mark.js's Mark, walking text with {@link TextWalkIterator}. With a `wrapper`, each piece is
 * wrapped in a clone of the element it makes for the piece's range instead of a new `<mark>`:
 * one clone copies every attribute inside the browser, where setting them one by one from
 * `each` crossed from the isolated world per attribute (~50 ms of a 1 MB page's 13,000 marks).
 */
export class Mark extends MarkJs {
  #wrapper: Wrapper | null = null;
  #range: MarkRange | null = null;

  constructor(context: HTMLElement | readonly HTMLElement[], wrapper?: Wrapper) {
    super(context);
    this.#wrapper = wrapper ?? null;
  }

  override get iterator(): DOMIterator {
    return new TextWalkIterator(this.ctx, this.opt.iframes, this.opt.exclude, this.opt.iframesTimeout);
  }

  // mark.js's own keeps its composite text in step by cutting each wrapped node's start out of it
  // (a new string per piece) and looks for each range's node from the first node: per call,
  // ranges x (text + nodes), ~13 ms of a new site's 10 KB article under a CPU profiler. This does
  // the same in the composite's original offsets, with a cursor over the nodes (checkRanges
  // sorted the ranges and dropped overlaps) and where each node's unwrapped text now starts.
  // The filter is asked about each text node of a range just before it is wrapped: the range
  // it accepted is the one wrapRangeInTextNode below wraps.
  protected override wrapRangeFromIndex(...[ranges, filter, each, end]: Parameters<MarkJs['wrapRangeFromIndex']>) {
    this.getTextNodes(({ value, nodes }) => {
      const unwrappedFrom = nodes.map((node) => node.start);
      // The node a position is in: the last one starting at or before it (empty nodes before it hold nothing).
      const nodeAt = (position: number, from: number) => {
        let at = from;
        while (at + 1 < nodes.length && unwrappedFrom[at + 1]! <= position) at += 1;
        return at;
      };
      let at = 0;
      try {
        ranges.forEach((range, counter) => {
          const start = range.start;
          const stop = Math.min(start + range.length, value.length);
          const match = value.substring(start, stop);
          // As mark.js: a range of nothing but whitespace (or past the text) is no match.
          if (!/\S/.test(match)) {
            this.opt.noMatch?.(range);
            return;
          }
          at = nodeAt(start, at);
          for (let piece = start; at < nodes.length; at = nodeAt(piece, at + 1)) {
            const node = nodes[at]!;
            this.#range = filter(node.node, range, match, counter) ? range : null;
            if (!this.#range) break;
            const pieceEnd = Math.min(stop, node.end);
            const offset = unwrappedFrom[at]!;
            node.node = this.wrapRangeInTextNode(node.node, piece - offset, pieceEnd - offset);
            unwrappedFrom[at] = pieceEnd;
            each(node.node.previousSibling as Element, range);
            if (stop <= node.end) break;
            piece = node.end;
          }
        });
      } finally {
        this.#range = null; // mark() and markRegExp() wrap with no range: as mark.js does.
      }
      end();
    });
  }

  // As mark.js does it (split off the piece, replace it with a wrapper holding its text), with a clone.
  protected override wrapRangeInTextNode(node: Text, start: number, end: number): Text {
    if (!this.#wrapper || !this.#range) return super.wrapRangeInTextNode(node, start, end);
    const piece = node.splitText(start);
    const rest = piece.splitText(end - start);
    const wrapper = this.#wrapper(this.#range).cloneNode(false);
    wrapper.textContent = piece.data;
    piece.parentNode!.replaceChild(wrapper, piece);
    return rest;
  }
}
