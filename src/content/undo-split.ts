/**
 * Takes one highlighted text node back to what it was, but only as far as the
 * page has left our work alone. mark.js highlights by splitting: the page's
 * node keeps the text before the first mark, and our marks and the split-off
 * remainders follow it. By the time we undo that, a framework may have written
 * new text into its node, removed it, or the reader may have typed into a region
 * the site made editable. Restoring scan-time text then would write old text
 * over new, so the rules are (the page wins wherever it touched something):
 *
 * - Nothing touched (the node holds what we left, every piece holds what we
 *   left): remove the pieces, give the node its text back. Exactly as before.
 * - Outside editable content, the page changed or removed its node: only scripts
 *   change such text, and they write the node they own (React, Preact and Vue
 *   set `nodeValue` on the node they created, or replace all children), never our
 *   pieces, which they do not know. The pieces then hold stale text: drop the
 *   untouched ones. A piece the page changed is left, its mark unwrapped.
 * - Inside editable content every character on screen is the reader's: nothing
 *   is removed, marks are unwrapped in place and text nodes are left as they are.
 */

/** What highlighting did to one text node, and what it left there. */
export interface SplitRecord {
  /** The page's own node, which mark.js shortened. */
  node: Text;
  /** Its data before we split it. */
  data: string;
  /** Its data as we left it (the text before the first mark). */
  left: string;
  /** The nodes we added after it, in order: marks (ours) and split-off text. */
  added: ChildNode[];
  /** Each added node's text as we left it. */
  addedText: string[];
}

/** Records what highlighting left after `node`; `added` are its new following siblings. */
export function recordSplit(node: Text, data: string, added: ChildNode[]): SplitRecord {
  return { node, data, left: node.data, added, addedText: added.map(pieceText) };
}

/** True when the page has changed nothing of what we left for this node. */
export function isUntouched(record: SplitRecord): boolean {
  if (record.node.data !== record.left || !record.node.parentNode) return false;
  let at: ChildNode | null = record.node;
  for (let i = 0; i < record.added.length; i += 1) {
    at = at.nextSibling;
    if (at !== record.added[i] || !pieceAsLeft(record, i)) return false;
  }
  return true;
}

/** Undoes one split as far as the page allows (see the module comment). */
export function undoSplit(record: SplitRecord): void {
  const { node, added } = record;
  if (isUntouched(record)) {
    added.forEach((piece) => piece.remove());
    if (node.data !== record.data) node.data = record.data;
    return;
  }
  const editable = added.some(isInEditable) || isInEditable(node);
  const piecesAsLeft = added.every((_, i) => pieceAsLeft(record, i));
  added.forEach((piece, i) => {
    const mark = piece.nodeType === Node.ELEMENT_NODE;
    if (!editable && pieceAsLeft(record, i)) piece.remove();
    else if (mark) unwrap(piece as Element);
  });
  // The node's text is still ours to give back only if the page changed none of it and
  // every piece that held the rest of it was just taken away.
  if (!editable && piecesAsLeft && node.data === record.left && node.data !== record.data) node.data = record.data;
}

function pieceAsLeft(record: SplitRecord, i: number): boolean {
  const piece = record.added[i]!;
  if (piece.nodeType === Node.TEXT_NODE) return (piece as Text).data === record.addedText[i];
  // A mark as we left it holds one text node with our text.
  const only = piece.firstChild;
  return (
    only !== null &&
    only === piece.lastChild &&
    only.nodeType === Node.TEXT_NODE &&
    pieceText(piece) === record.addedText[i]
  );
}

function pieceText(piece: ChildNode): string {
  return piece.textContent ?? '';
}

function unwrap(mark: Element): void {
  const parent = mark.parentNode;
  if (!parent) return;
  while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
  mark.remove();
}

function isInEditable(node: Node): boolean {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  if (!element) return false;
  // isContentEditable needs layout-free support the test DOM lacks; the attribute is what sets it.
  return (
    (element as HTMLElement).isContentEditable ||
    element.closest('[contenteditable]:not([contenteditable="false" i])') !== null
  );
}
