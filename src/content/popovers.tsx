/**
 * Opens the popover for a highlight when the reader clicks it or presses Enter
 * or Space on it. One delegated listener pair for the whole page, removed by
 * `destroy()`. The popover's code (Preact, the views, the host) loads on the
 * first activation (popover-content.tsx), not with the scan, and so does the
 * story's corpus (the page was matched in the background). An open popover
 * follows the reader's language as it changes.
 */
import type { Corpus } from '../core/corpus/corpus.ts';
import type { TextScan } from '../core/scan-text.ts';
import type { PopoverHost } from './popover-host.ts';
import type { PaintedSubject } from './popover-content.tsx';
import { cancelsClickDefault } from './click-default.ts';
import { ourMarkOnPath } from './our-marks.ts';

type PopoverContent = typeof import('./popover-content.tsx');
let content: Promise<PopoverContent> | null = null;

/** The listeners and popover host behind the page's highlights. */
export interface PopoverWiring {
  /** A popover is open (the reader is reading it) or opening (its code or the corpus loading). */
  isOpen(): boolean;
  /** Opens the popover of a mark or a painted highlight (the keyboard walk, painted clicks, the popup). */
  open(subject: HTMLElement | PaintedSubject): void;
  /**
   * The page was read again (a reconcile): popovers opened from now on show this scan. A popover
   * open, or opening (its code or the corpus still loading after a click), is kept, with the scan
   * its mark was drawn from; an open one whose mark the reconcile took away is closed.
   */
  rescan(scan: TextScan): void;
  destroy(): void;
}

/** How the wiring behaves. */
export interface PopoverOptions {
  /** Whether a click on a highlight opens its popover now (Enter on a focused one always does). */
  opensOnClick?(): boolean;
  /** Whether an event came from the reader; by default `isTrusted`. Test seam. */
  trusts?(event: Event): boolean;
}

/** Wires every highlight in `doc` to its popover; the story's `corpus` is asked for on the first activation. */
export function attachPopovers(
  doc: Document,
  corpus: () => Promise<Corpus>,
  scan: TextScan,
  options: PopoverOptions = {},
): PopoverWiring {
  let host: PopoverHost | null = null;
  let destroyed = false;
  let latest = 0;
  // Activations whose popover is still loading: the reader has asked for it, so it counts as open.
  let opening = 0;
  let current = scan;
  // The popover's code loads on the first activation; a later activation made while it
  // loads wins, and nothing opens once the wiring is destroyed.
  const open = (mark: HTMLElement | PaintedSubject) => {
    const ticket = (latest += 1);
    opening += 1;
    // The scan the mark was drawn from: a quote's mark names it by its index in that scan.
    const shown = current;
    // With the stored language read, so a popover never opens in the browser's language first.
    const loaded = (content ??= import('./popover-content.tsx').then((module) =>
      module.languageRead.then(() => module),
    ));
    Promise.all([loaded, corpus()])
      .then(([module, story]) => {
        if (destroyed || ticket !== latest) return;
        host = module.openPopover(host, doc, mark, story, shown);
      })
      .catch((error: unknown) => console.warn('Counterpoint: the popover could not load', error))
      .finally(() => (opening -= 1));
  };

  // Only the reader opens a popover: a page script's click() or dispatched key is not trusted,
  // and a mark the page wrote itself is not one of ours, whatever its attributes say.
  const trusts = options.trusts ?? ((event: Event) => event.isTrusted);
  const onClick = (event: MouseEvent) => {
    if (!trusts(event)) return;
    const mark = ourMarkOnPath(event);
    if (!mark || options.opensOnClick?.() === false) return;
    if (cancelsClickDefault(mark)) event.preventDefault();
    open(mark);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.key !== 'Enter' && event.key !== ' ') || !trusts(event)) return;
    const mark = ourMarkOnPath(event);
    if (!mark) return;
    event.preventDefault();
    open(mark);
  };
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('keydown', onKeyDown, true);
  return {
    isOpen: () => opening > 0 || (host?.isOpen() ?? false),
    open,
    rescan(next) {
      current = next;
      // A popover opened while the page was being read: its mark may have gone with a re-marked
      // block, and it would stay over nothing until the next scroll or click.
      host?.reposition();
    },
    destroy() {
      destroyed = true;
      doc.removeEventListener('click', onClick, true);
      doc.removeEventListener('keydown', onKeyDown, true);
      host?.destroy();
      host = null;
    },
  };
}
