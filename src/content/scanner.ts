/**
 * Stage 2 of the content script, loaded only on pages about the story: reads
 * the visible text once, finds claims and quotes, highlights them in one pass,
 * and wires the highlights to popovers; reads the page again when it grows.
 * `stop()` leaves the page as it was.
 */
import './builtin-claims.ts';
import { claimStatus, createCorpus, type Corpus } from '../core/corpus/corpus.ts';
import type { TextScan } from '../core/scan-text.ts';
import { scanTextInSteps } from '../core/scan-steps.ts';
import { claimEmphasis, quoteEmphasis, repeatFlags } from '../core/view/emphasis.ts';
import { summarizeClaims, summarizeQuotes } from '../core/view/page-summary.ts';
import { quoteView } from '../core/view/quote-view.ts';
import { sendToBackground } from './background-port.ts';
import { extractText, textForMatching, type ExtractedText } from './extract-text.ts';
import { loadStoryCorpus } from '../platform/load-corpus.ts';
import { readerLanguage } from '../platform/ui-language.ts';
import { messagesFor, type Messages } from '../core/i18n/messages.ts';
import { localized } from '../core/view/localize.ts';
import { pageLanguages } from '../platform/detect-language.ts';
import { highlightRangesInSteps, type Highlights, type HighlightRange } from './highlight.ts';
import { claimLabel, quoteLabel } from './highlight-label.ts';
import { pageState } from './page-state.ts';
import { attachPopovers, type PopoverWiring } from './popovers.tsx';
import { injectPageStyle, type PageStyle } from './page-style.ts';
import { currentMode, followSiteMode, showInMode, stopFollowing } from './emphasis-mode.ts';
import { chooseRenderer } from './choose-renderer.ts';
import { attachHighlightAccess, type HighlightAccess } from './highlight-access.ts';
import { paintRanges } from './paint-highlights.ts';
import { watchGrowth, type GrowthWatch } from './watch-growth.ts';
import { timeSlicer } from './yield-to-page.ts';

let active: {
  highlights: Highlights;
  wiring: PopoverWiring;
  access: HighlightAccess;
  style: PageStyle;
  /** What the exports are built from: the scan as shown, and how to place it on the page. */
  scanned: ScannedPage;
} | null = null;

/** The last scan of the page, kept for the exports. */
export interface ScannedPage {
  corpus: Corpus;
  scan: TextScan;
  extracted: ExtractedText;
  /** Each segment's text length when extracted (highlighting shortens the nodes). */
  lengths: number[];
  checkedAt: string;
}
// The scan under way, if any: it yields to the page between pieces, and a stop()
// that lands meanwhile aborts it (its partial marks are taken away), or the page
// would be highlighted after "off".
let running: AbortController | null = null;
// The page grew while a scan was under way: read it again once that scan is done.
let grewMeanwhile = false;
let watch: GrowthWatch | null = null;

/** Scans the page and shows highlights; does nothing if already running. */
export async function start(): Promise<void> {
  if (active || running) return;
  const run = (running = new AbortController());
  try {
    if (await scanPage(run.signal)) await sendToBackground('pageScanned', { claimCount: pageState.claims.length });
  } finally {
    if (running === run) running = null;
  }
  if (grewMeanwhile && active) {
    grewMeanwhile = false;
    void rescan();
  }
}

// Every step of a scan; false when stopped before the end (nothing of it is left on the page).
async function scanPage(signal: AbortSignal): Promise<boolean> {
  const pause = timeSlicer();
  // Claims and quotes of the page's own story only: another pack's claims mean nothing here.
  // The mode is read before anything is marked, so marks never show in the wrong mode.
  const [loaded, messages] = await Promise.all([
    loadStoryCorpus(pageState.storyPack),
    readerLanguage().then(messagesFor),
    followSiteMode(location.hostname),
  ]);
  const corpus = storyCorpus(loaded, pageState.storyPack);
  await pause();
  if (signal.aborted) return false;
  // Watching from before the text is read: what the page adds while we work is growth too.
  if (watch) watch.resume();
  else watch = watchGrowth(document.body, () => void rescan());
  const extracted = extractText(document.body, { isHidden: isRenderedHidden });
  const lengths = extracted.segments.map((segment) => segment.node.data.length);
  await pause();
  const text = textForMatching(extracted);
  const scan = await scanTextInSteps(text, corpus, pause, pageLanguages(document, text));
  if (signal.aborted) return false;
  // A page a framework will hydrate is painted, never marked (choose-renderer.ts).
  const renderer = chooseRenderer(document);
  const ranges = renderer.kind === 'none' ? [] : toRanges(scan, corpus, text, messages);
  // The watch looks away while we mark, and only then: pausedWatch lets it look while we yield.
  watch?.pause();
  const highlights =
    renderer.kind === 'marks'
      ? await highlightRangesInSteps(document.body, extracted, ranges, pausedWatch(pause), signal)
      : renderer.kind === 'paint'
        ? paintRanges(document, extracted, ranges, renderer.api)
        : { marks: [], remove() {} };
  watch?.resume();
  if (!highlights) return false;
  let wiring: PopoverWiring;
  let access: HighlightAccess;
  // In "none in the page" a click on (invisible) marked text is the page's, not ours.
  const opensOnClick = () => currentMode() !== 'none';
  try {
    wiring = attachPopovers(document, corpus, scan, { opensOnClick });
    access = attachHighlightAccess(document, highlights, {
      wiring,
      api: renderer.kind === 'paint' ? renderer.api : null,
      opensOnClick,
      onStale: () => void rescan(),
    });
  } catch (error) {
    ourChange(() => highlights.remove());
    throw error;
  }
  // Last, so that nothing we add outlives a failure above (highlightRanges restores the page itself).
  // A painted page gets no <style> either: a framework hydrating the whole document checks <head> too.
  const style = ourChange(() =>
    injectPageStyle(document, currentMode(), { adopted: renderer.kind !== 'marks', marks: highlights.marks }),
  );
  showInMode({ style, marks: highlights.marks });
  // The popup, badge and exports list what the reader can see: a claim whose every range
  // lost to an overlapping highlight has no mark to focus, so it is not listed.
  // With no way to draw on this page (choose-renderer.ts) the popup still lists what was found.
  const shown = renderer.kind === 'none' ? new Set(scan.claims.map((match) => match.claimId)) : access.shownClaimIds();
  const scanned = {
    corpus,
    scan: { ...scan, claims: scan.claims.filter((match) => shown.has(match.claimId)) },
    extracted,
    lengths,
    checkedAt: new Date().toISOString(),
  };
  active = { highlights, wiring, access, style, scanned };
  pageState.claims = summarizeClaims(scanned.scan, corpus);
  pageState.scannedQuotes = summarizeQuotes(scan, corpus);
  return true;
}

// Our own marks are not page growth: the watch looks away while we change the page, and
// looks again while we yield (what the page adds then is growth).
function ourChange<T>(change: () => T): T {
  watch?.pause();
  try {
    return change();
  } finally {
    watch?.resume();
  }
}

function pausedWatch(pause: () => Promise<void> | void): () => Promise<void> | void {
  return () => {
    watch?.resume();
    const waiting = pause();
    return waiting ? waiting.finally(() => watch?.pause()) : watch?.pause();
  };
}

/** Removes every highlight, popover and style we added. */
export async function stop(): Promise<void> {
  running?.abort();
  running = null;
  watch?.destroy();
  watch = null;
  stopFollowing();
  if (!active) return;
  teardown();
  pageState.claims = [];
  pageState.scannedQuotes = [];
  await sendToBackground('pageScanned', { claimCount: 0 });
}

function teardown(): void {
  active?.access.destroy();
  active?.wiring.destroy();
  ourChange(() => {
    active?.highlights.remove();
    active?.style.remove();
  });
  showInMode(null);
  active = null;
}

// The page added text: read it again, unless the reader is in a popover or on a
// highlight right now (the next growth will try again).
async function rescan(): Promise<void> {
  if (running) {
    grewMeanwhile = true;
    return;
  }
  if (!active || active.wiring.isOpen()) return;
  if (active.highlights.marks.some((mark) => mark.contains(document.activeElement))) return;
  teardown();
  await start();
}

/** The last scan, or null when the page is not highlighted. */
export function scannedPage(): ScannedPage | null {
  return active?.scanned ?? null;
}

/** Scrolls to and focuses the first highlight of a claim (a painted one opens its popover); false if the page has none. */
export function focusClaim(claimId: string): boolean {
  return active?.access.focusClaim(claimId) ?? false;
}

// The marks' accessible names are in the reader's language as it was when the page was read.
function toRanges(scan: TextScan, corpus: Corpus, text: string, m: Messages): HighlightRange[] {
  const repeats = repeatFlags(scan.claims.map((match) => match.claimId));
  const claims = scan.claims.flatMap((match, index) => {
    const claim = corpus.claims.get(match.claimId);
    if (!claim) return [];
    const status = claimStatus(claim);
    return [
      {
        start: match.start,
        end: match.end,
        className: 'counterpoint-claim',
        attributes: {
          'data-claim': claim.id,
          'data-claim-status': status,
          'data-emphasis': claimEmphasis(status, repeats[index]!),
          ...(repeats[index] ? { 'data-claim-repeat': '' } : {}),
        },
        label: claimLabel(text.slice(match.start, match.end), status, localized(claim, 'summary', m.lang), m),
      },
    ];
  });
  const quotes = scan.quotes.map((quote, index) => {
    const misattributed = quoteView(corpus, quote.text, quote.check, quote.speakerId).misattributed !== undefined;
    const verdict = quote.check.verdict;
    return {
      start: quote.start,
      end: quote.end,
      className: 'counterpoint-quote',
      attributes: {
        'data-quote-verdict': verdict,
        'data-quote-index': String(index),
        'data-emphasis': quoteEmphasis(verdict, misattributed),
        ...(misattributed ? { 'data-quote-misattributed': '' } : {}),
      },
      label: quoteLabel(text.slice(quote.start, quote.end), verdict, misattributed, m),
    };
  });
  // Claims first: a claim inside a quote keeps its own mark, and the quote's mark continues around it.
  return [...claims, ...quotes];
}

// Kept across rescans: the compiled matcher and the folded source texts are cached per
// corpus object, so a fresh one each time would rebuild them on every rescan.
let scoped: { from: Corpus; packId: string | null; corpus: Corpus } | null = null;

function storyCorpus(corpus: Corpus, packId: string | null): Corpus {
  if (scoped?.from === corpus && scoped.packId === packId) return scoped.corpus;
  const packs = corpus.packs.filter((pack) => pack.id === packId);
  // Only the story's pack loaded (the usual case): the corpus is already scoped.
  const story = packs.length === 0 || packs.length === corpus.packs.length ? corpus : createCorpus(packs);
  scoped = { from: corpus, packId, corpus: story };
  return story;
}

// Hidden text is not what the reader sees, so it is neither matched nor marked.
// checkVisibility() is false for `display: contents` wrappers, whose children do render.
function isRenderedHidden(element: Element): boolean {
  if (element.checkVisibility({ opacityProperty: false, visibilityProperty: true })) return false;
  return getComputedStyle(element).display !== 'contents';
}
