/**
 * Seeded random pages and page scripts for the live fuzz test. A page is
 * built twice from the same seed: one copy is highlighted, the other is the
 * page's own state that nobody touches but the page. The page script keeps
 * references to the nodes it made, as frameworks do, and changes both copies
 * the same way through them: text set in place, nodes removed, inserted,
 * moved, paragraphs rewritten whole, regions hidden or made editable.
 */
import { random } from './random.ts';

/** Claim phrases of the built-in pack, as pages write them. */
export const CLAIM_PHRASES = [
  'direct and exclusive access',
  'joint statement',
  'the first of its kind in Central Asia',
  'censorship tools',
  'online safety for children',
  'a consistent global process',
  'win-win',
  'article 174',
  '3.2 million users',
  'a regular communication channel',
];

// Words around the claims, with the Unicode a real page has: accents composed and not, emoji with
// modifiers, zero-width and no-break spaces, a soft hyphen, a ligature, Cyrillic, right-to-left text.
const WORDS = [
  'the',
  'ministry',
  'said',
  'Facebook',
  'Kazakhstan',
  'officials',
  'on',
  'Monday',
  'naïve',
  'cafe\u0301',
  '👍🏽',
  'a\u200bb',
  'x\u00a0y',
  'co\u00adoperation',
  'ﬁnal',
  'Алматы',
  'שלום',
  '"quoted"',
  '—',
  '…',
];

const INLINE = ['b', 'i', 'em', 'a', 'span', 'strong'];

/** One copy of a page and the nodes its script holds, in the order it made them. */
export interface FuzzPage {
  root: HTMLElement;
  owned: Node[];
}

/** Builds a page from `seed` in `doc`. */
export function buildPage(doc: Document, seed: number): FuzzPage {
  const rng = random(seed);
  const owned: Node[] = [];
  const make = <T extends Node>(node: T): T => (owned.push(node), node);
  const root = make(doc.createElement('div'));
  const blocks = 3 + Math.floor(rng() * 8);
  for (let b = 0; b < blocks; b += 1) root.append(block(doc, rng, make));
  return { root, owned };
}

type Make = <T extends Node>(node: T) => T;

function block(doc: Document, rng: () => number, make: Make): HTMLElement {
  const kind = pick(rng, ['p', 'p', 'h2', 'blockquote', 'ul', 'div']);
  const element = make(doc.createElement(kind));
  if (kind === 'ul') {
    for (let i = 1 + Math.floor(rng() * 4); i > 0; i -= 1) {
      const li = make(doc.createElement('li'));
      inline(doc, rng, make, li, sentence(rng));
      element.append(li);
    }
  } else inline(doc, rng, make, element, sentence(rng));
  const roll = rng();
  if (roll < 0.06) element.setAttribute('hidden', '');
  else if (roll < 0.12) element.setAttribute('style', 'display: none');
  else if (roll < 0.16) element.setAttribute('aria-hidden', 'true');
  else if (roll < 0.22) element.setAttribute('contenteditable', 'true');
  return element;
}

/** A sentence of filler, with a claim phrase in it half the time. */
export function sentence(rng: () => number): string {
  const words = Array.from({ length: 3 + Math.floor(rng() * 10) }, () => pick(rng, WORDS));
  if (rng() < 0.6) words.splice(Math.floor(rng() * words.length), 0, pick(rng, CLAIM_PHRASES));
  return words.join(' ') + '.';
}

// The text cut into pieces, some wrapped in inline elements (nested at most once), some
// hidden, some as two adjacent text nodes (as frameworks leave them), so claims cross markup.
function inline(doc: Document, rng: () => number, make: Make, into: Element, text: string, depth = 0): void {
  let at = 0;
  while (at < text.length) {
    const end = Math.min(text.length, at + 1 + Math.floor(rng() * 24));
    const piece = text.slice(at, end);
    at = end;
    const roll = rng();
    if (roll < 0.25 && depth < 2) {
      const element = make(doc.createElement(pick(rng, INLINE)));
      if (rng() < 0.1) element.setAttribute('hidden', '');
      inline(doc, rng, make, element, piece, depth + 1);
      into.append(element);
    } else into.append(make(doc.createTextNode(piece)));
  }
}

/**
 * One change the page script makes, applied the same way to both copies. `touched` collects the
 * nodes of the untouched copy changed since the highlights last caught up.
 */
export function mutate(pages: [FuzzPage, FuzzPage], rng: () => number, touched: Set<Node>): string {
  const theirs = pages[1];
  // Nodes the script can still reach in its own copy: connected, and not in a region the reader edits.
  const live = theirs.owned
    .map((node, index) => ({ node, index }))
    .filter(({ node }) => node !== theirs.root && theirs.root.contains(node) && !inEditable(node));
  if (live.length === 0) return 'none';
  const { index } = pick(rng, live);
  const target = theirs.owned[index]!;
  const kind = pick(rng, ['data', 'data', 'remove', 'insert', 'move', 'move', 'text', 'hide', 'editable']);
  // Made editable only where the script changed nothing since the highlights caught up: text
  // rewritten and then made editable before that cannot be told from a reader's typing.
  if (kind === 'editable' && [...touched].some((node) => target.contains(node))) return 'none';
  if (kind !== 'editable' && kind !== 'hide' && kind !== 'move') {
    touched.add(target);
    if (target.parentNode) touched.add(target.parentNode);
  }
  const both = (apply: (page: FuzzPage, node: Node) => void) =>
    pages.forEach((page) => apply(page, page.owned[index]!));
  const isText = theirs.owned[index]!.nodeType === Node.TEXT_NODE;
  if (kind === 'data' || (isText && kind !== 'remove')) {
    const text = sentence(rng);
    both((_, node) => ((node as CharacterData).data = text));
    return 'data';
  }
  const element = theirs.owned[index] as Element;
  switch (kind) {
    case 'remove':
      both((_, node) => node.parentNode?.removeChild(node));
      return kind;
    case 'insert': {
      const text = sentence(rng);
      const children = [...element.childNodes];
      const before = children.length > 0 && rng() < 0.5 ? theirs.owned.indexOf(pick(rng, children)) : -1;
      const tag = rng() < 0.5 ? null : pick(rng, INLINE);
      both((page, node) => {
        const added = tag ? node.ownerDocument!.createElement(tag) : node.ownerDocument!.createTextNode(text);
        if (tag) added.textContent = text;
        page.owned.push(added);
        node.insertBefore(added, before >= 0 ? page.owned[before]! : null);
      });
      return kind;
    }
    case 'move': {
      // Reorder: to the end of its parent, as a keyed list moves an item.
      both((_, node) => node.parentNode?.appendChild(node));
      return kind;
    }
    case 'text': {
      const text = sentence(rng);
      both((page, node) => {
        node.textContent = text;
        page.owned.push(node.firstChild!);
      });
      return kind;
    }
    case 'hide':
      both((_, node) => (node as Element).setAttribute('hidden', ''));
      return kind;
    default:
      both((_, node) => (node as Element).setAttribute('contenteditable', 'true'));
      return kind;
  }
}

function inEditable(node: Node): boolean {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return element?.closest('[contenteditable="true"]') != null;
}

function pick<T>(rng: () => number, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}
