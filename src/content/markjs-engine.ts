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
 * Only the walk of text nodes under an element is replaced, and it yields
 * exactly what mark.js's did (`markjs-engine.test.ts` compares them): with SHOW_TEXT a
 * filter only ever sees text nodes, which have no children, so rejecting one
 * prunes nothing; each step returns the next text node and, as mark.js's
 * "previous node", the one before it. Every other walk (mark.js's unmark,
 * iframes) keeps its NodeIterator. The classes come from mark.js's own ES
 * sources, which its package ships beside the bundled build.
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

  // mark.js asks the filter about each text node of a range just before wrapping it: the range
  // accepted last is the one wrapRangeInTextNode below wraps.
  protected override wrapRangeFromIndex(...[ranges, filter, each, end]: Parameters<MarkJs['wrapRangeFromIndex']>) {
    try {
      super.wrapRangeFromIndex(
        ranges,
        (node, range, match, counter) => {
          const accepted = filter(node, range, match, counter);
          this.#range = accepted ? range : null;
          return accepted;
        },
        each,
        end,
      );
    } finally {
      this.#range = null; // mark() and markRegExp() wrap with no range: as mark.js does.
    }
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
