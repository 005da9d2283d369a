/**
 * Reads the visible text of a page once, as one string the core matchers can
 * scan, with a map from every character back to the text node it came from
 * so that what they find can be highlighted in place.
 *
 * Text node data is copied unchanged, so offsets are exact. Block boundaries
 * become a single "\n" (the tokenizer's paragraph break) that belongs to no
 * text node.
 */
import { BLOCK_TAGS, SKIPPED_TAGS } from './dom-tags.ts';
import { hiddenByMarkup, inClosedDetails } from './hidden-markup.ts';
import { runSteps } from './run-steps.ts';
import { isOwnUi } from './ui-marker.ts';

/** One text node of the extracted text: its data occupies `[start, start + node.data.length)`. */
export interface TextSegment {
  node: Text;
  start: number;
}

/** The visible text under a root and the text nodes it came from, in document order. */
export interface ExtractedText {
  text: string;
  segments: TextSegment[];
}

/** Limits and the visibility test for {@link extractText}. */
export interface ExtractOptions {
  /** Stop before the text would grow past this many UTF-16 units (default 2,000,000). */
  maxLength?: number;
  /** Extra test for rendered visibility (e.g. `checkVisibility()`); rejected elements are skipped with their subtree. */
  isHidden?: (element: Element) => boolean;
  /** Told of each open shadow tree as the read enters it (a read started over may tell of one twice). */
  onShadowTree?: (tree: ShadowRoot) => void;
}

const DEFAULT_MAX_LENGTH = 2_000_000;
const EDITABLE = '[contenteditable]:not([contenteditable="false" i])';
// Only whitespace the browser collapses away; a no-break space renders.
const COLLAPSIBLE = /^[ \t\n\f\r]*$/;

/**
 * Extracts the visible text under root with a map back to its text nodes; block boundaries become "\n".
 * Text a web component renders into an open shadow root is read where the component stands,
 * with the page's own content that it slots in; content it does not slot is not rendered, so not read.
 */
export function extractText(root: Element, options: ExtractOptions = {}): ExtractedText {
  return runSteps(extractionSteps(root, options));
}

// Times the page may change what is being read before the read stops pausing and finishes in one go.
const MAX_RESTARTS = 2;

/**
 * {@link extractText} in pieces, pausing between them so that a long page is
 * not read in one long task; null when `signal` aborts. If the page adds,
 * removes or rewrites nodes during a pause, what was read may no longer hold
 * together (a node read twice, or its text changed after it was read), so
 * the read starts over; after {@link MAX_RESTARTS} it finishes without
 * pausing, as extractText does, and the text always matches the page as it
 * was at the end.
 */
export async function extractTextInSteps(
  root: Element,
  options: ExtractOptions,
  pause: () => Promise<void> | void,
  signal?: AbortSignal,
): Promise<ExtractedText | null> {
  let changed = false;
  const changes = new MutationObserver(() => (changed = true));
  // The shadow trees read are watched too: the page's changes there do not reach an observer of root.
  const watch = (tree: Node) => changes.observe(tree, { childList: true, characterData: true, subtree: true });
  const enter = (tree: ShadowRoot) => {
    watch(tree);
    options.onShadowTree?.(tree);
  };
  watch(root);
  try {
    for (let restarts = 0; ; restarts += 1) {
      const steps = extractionSteps(root, options, enter);
      changes.takeRecords();
      changed = false;
      for (;;) {
        const step = steps.next();
        if (step.done) return step.value;
        const paused = restarts < MAX_RESTARTS ? pause() : undefined;
        if (!paused) continue;
        await paused;
        if (signal?.aborted) return null;
        // Records not yet handed to the callback count too.
        if (changes.takeRecords().length > 0 || changed) break;
      }
    }
  } finally {
    changes.disconnect();
  }
}

// Nodes read between two chances to pause: a check of the clock costs more than a node.
const NODES_PER_STEP = 64;

// What the walk does with a node it meets: goes into its children, passes it, or reads what
// renders in its place (a shadow host's shadow tree, a slot's slotted nodes).
const INTO = 1;
const PAST = 2;
const COMPOSED = 3;

// The extraction as a generator that yields every NODES_PER_STEP nodes: extractText runs it
// through, extractTextInSteps pauses at the yields.
// `onShadowTree` is told of each shadow tree before it is read.
function* extractionSteps(
  root: Element,
  options: ExtractOptions,
  onShadowTree?: (tree: ShadowRoot) => void,
): Generator<void, ExtractedText, void> {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const isHidden = options.isHidden;
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  // Set on entering or leaving a block; written lazily before the next text,
  // so there is never a leading, trailing or doubled break.
  let pendingBreak = false;
  let full = false;
  let nodes = 0;

  const skip = (el: Element) =>
    SKIPPED_TAGS.has(el.localName) ||
    hiddenByMarkup(el) ||
    el.getAttribute('aria-hidden') === 'true' ||
    inClosedDetails(el) ||
    isEditable(el) ||
    isOwnUi(el) ||
    (isHidden?.(el) ?? false);

  const addText = (node: Text): void => {
    const data = node.data;
    // Indentation between blocks is not rendered; between inline elements it is a word space.
    if (data === '' || ((pendingBreak || length === 0) && COLLAPSIBLE.test(data))) return;
    // Not shown until the reader opens the details; a later read (the page changing) may see it.
    if (inClosedDetails(node)) return;
    // Text straight in a shadow root has no element for mark.js to work in: never matched, never marked.
    if (node.parentNode?.nodeType !== Node.ELEMENT_NODE) return;
    const separator = pendingBreak && length > 0 ? '\n' : '';
    if (length + separator.length + data.length > maxLength) {
      full = true;
      return;
    }
    if (separator) parts.push(separator);
    length += separator.length;
    segments.push({ node, start: length });
    parts.push(data);
    length += data.length;
    pendingBreak = false;
  };

  // Reads a node met in the walk and says where the walk goes from it.
  const visit = (node: Node): typeof INTO | typeof PAST | typeof COMPOSED => {
    if (node.nodeType === Node.TEXT_NODE) addText(node as Text);
    if (node.nodeType !== Node.ELEMENT_NODE || skip(node as Element)) return PAST;
    const element = node as Element;
    if (BLOCK_TAGS.has(element.localName)) pendingBreak = true;
    if (element.shadowRoot || slottedNodes(element).length > 0) return COMPOSED;
    return element.firstChild !== null ? INTO : PAST;
  };

  // What renders in place of a host is its shadow tree; in place of a slot, what is slotted there.
  function* composed(element: Element): Generator<void, void, void> {
    if (element.shadowRoot) {
      onShadowTree?.(element.shadowRoot);
      yield* walk(element.shadowRoot);
    }
    for (const child of slottedNodes(element)) {
      if (full) break;
      const next = visit(child);
      if (next === COMPOSED) yield* composed(child as Element);
      if (next !== INTO) continue;
      yield* walk(child);
      if (BLOCK_TAGS.has((child as Element).localName)) pendingBreak = true;
    }
    if (BLOCK_TAGS.has(element.localName)) pendingBreak = true;
  }

  // An iterative walk (no recursion) so deeply nested pages cannot overflow the stack; it recurses
  // only into shadow roots and slots, which nest a few levels deep.
  function* walk(top: Node): Generator<void, void, void> {
    let node: Node | null = top.firstChild;
    while (node && !full) {
      if ((nodes += 1) % NODES_PER_STEP === 0) yield;
      const next = visit(node);
      if (next === INTO) {
        node = node.firstChild;
        continue;
      }
      if (next === COMPOSED) yield* composed(node as Element);
      // Climb until there is a next sibling; leaving a block is a boundary too.
      while (node !== top && node.nextSibling === null) {
        node = node.parentNode!;
        if (node !== top && BLOCK_TAGS.has((node as Element).localName)) pendingBreak = true;
      }
      node = node === top ? null : node.nextSibling;
    }
  }

  // Text inside an editable region belongs to the reader's input, not the page.
  if (root.closest(EDITABLE)) return { text: '', segments };
  yield* walk(root);
  return { text: parts.join(''), segments };
}

/**
 * Each segment's length as the page has it now: taken right after a read, the lengths that
 * read saw, which textForMatching and the locators need once the page may have changed.
 */
export function segmentLengths(extracted: ExtractedText): number[] {
  return extracted.segments.map((segment) => segment.node.data.length);
}

/**
 * The extracted text with line breaks INSIDE text nodes turned into spaces:
 * the same length and offsets, but the only line breaks left are the block
 * boundaries. Source newlines in a `<p>` render as spaces, and the tokenizer
 * would otherwise take each one for a paragraph break and stop a match there.
 *
 * Made from the extraction alone, with each segment's length as read
 * (`lengths`): the page may have changed a node since, and text read from
 * it now would shift every offset after it, so matches would be placed over
 * other words.
 */
export function textForMatching(extracted: ExtractedText, lengths: readonly number[]): string {
  const { text, segments } = extracted;
  const pieces: string[] = [];
  let copied = 0;
  let segment = 0;
  for (const found of text.matchAll(LINE_BREAKS)) {
    const at = found.index;
    while (segment < segments.length && segments[segment]!.start + lengths[segment]! <= at) segment += 1;
    // Between two segments, a break is a block boundary: it stays.
    if (segment === segments.length || segments[segment]!.start > at) continue;
    pieces.push(text.slice(copied, at), ' ');
    copied = at + 1;
  }
  if (copied === 0) return text;
  pieces.push(text.slice(copied));
  return pieces.join('');
}

const LINE_BREAKS = /[\n\v\f\r\u0085\u2028\u2029]/g;

// The nodes a slot renders in its place (none for any other element).
function slottedNodes(element: Element): Node[] {
  return element.localName === 'slot' ? (element as HTMLSlotElement).assignedNodes({ flatten: true }) : [];
}

function isEditable(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}
