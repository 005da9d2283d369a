/**
 * The scan service: matches a story page's text against its pack and checks
 * its quotes, here rather than in the page. The page's main thread then only
 * reads its text and draws the answer, and neither the corpus nor the
 * matcher's tables are loaded into the page (on a 10 KB article our tasks
 * went from ~100 to ~40 ms, the heap from +3 to +0.8 MB). The built-in
 * pack's compiled tables and folds come with this module; an imported
 * pack's were compiled at import.
 */
import '../core/i18n/bundled-catalogues.ts';
import '../platform/builtin-compiled.ts';
import { BUILTIN_PACK, builtinCorpus } from '../core/corpus/builtin-corpus.ts';
import { packClaims } from '../core/claims/packed-claims.ts';
import { withCompiledClaims } from '../core/corpus/compiled-pack.ts';
import { createCorpus, type Corpus } from '../core/corpus/corpus.ts';
import { messagesFor } from '../core/i18n/messages.ts';
import { parseMessage } from '../core/messages.ts';
import { PARTS_MISSING } from '../core/scan-limits.ts';
import { scanTextInSteps } from '../core/scan-steps.ts';
import { warmUpClaims, warmUpQuotes } from '../core/scan-warm-up.ts';
import { ScanRequests, type PageScanned, type PageScannedMessage, type ScanRequest } from '../core/scan-messages.ts';
import type { ReaderLanguage } from '../core/view/localize.ts';
import { summarizeClaims, summarizeQuotes } from '../core/view/page-summary.ts';
import { toRanges } from '../core/view/highlight-ranges.ts';
import { packRanges } from '../core/view/packed-ranges.ts';
import { browser, type Runtime } from '../platform/browser.ts';
import { quoteLanguages } from '../platform/detect-language.ts';
import { readerLanguage } from '../platform/ui-language.ts';
import { readStoredPacksById } from '../platform/pack-db.ts';
import { senderKey, TextParts } from './text-parts.ts';
import { onPackIndexChange } from '../platform/pack-index.ts';

/**
 * Scans one page's text: what the page draws and lists. The marks' accessible names are in the
 * reader's language as it is now (`lang`: theirs, asked of storage and the browser, by default).
 */
export async function scanForPage(request: ScanRequest, lang?: ReaderLanguage): Promise<PageScanned> {
  const { packId, text, pageLang } = request;
  const [corpus, names] = await Promise.all([storyCorpus(packId), lang ?? readerLanguage()]);
  // No pauses: this is not the page's thread, and a page waits for the whole answer anyway.
  const scan = await scanTextInSteps(text, corpus, () => undefined, quoteLanguages(text, pageLang));
  const ranges = await toRanges(scan, corpus, text, messagesFor(names));
  return { scan, ranges, summary: { claims: summarizeClaims(scan, corpus), quotes: summarizeQuotes(scan, corpus) } };
}

function packAnswer({ scan, ranges, summary }: PageScanned): PageScannedMessage {
  return { scan: { ...scan, claims: packClaims(scan.claims) }, ranges: packRanges(ranges), summary };
}

let prepared = false;

/**
 * Loads what a first scan of the built-in story needs (the claim tables, the speakers' names, the
 * folded sources: ~35 ms in a new worker, by a CPU profile of it) once a page is found to be about
 * it, after that answer has gone: the page loads its scanner and reads its text meanwhile, and
 * its scan request finds them ready. Once per start of the worker; each is cached where it is made.
 */
export function prepareBuiltinScan(): void {
  if (prepared) return;
  prepared = true;
  setTimeout(() => {
    const corpus = builtinCorpus();
    // Each step run through at once: nothing here waits on it yet.
    for (const _ of warmUpClaims(corpus));
    for (const _ of warmUpQuotes(corpus));
  });
}

// Imported stories' corpora, kept while the worker lives and until the pack index changes.
const imported = new Map<string, Promise<Corpus>>();

function storyCorpus(packId: string | null): Promise<Corpus> {
  if (packId === null || packId === BUILTIN_PACK.id) return Promise.resolve(builtinCorpus());
  let corpus = imported.get(packId);
  if (!corpus) {
    // Read statically: a service worker may not import() the database module as pages do.
    corpus = readStoredPacksById([packId]).then((stored) => createCorpus(withCompiledClaims(stored)));
    imported.set(packId, corpus);
    corpus.catch(() => imported.delete(packId));
  }
  return corpus;
}

/** Starts answering content scripts' scan requests; call synchronously at start-up. */
export function listenForScanRequests(): void {
  onPackIndexChange(() => imported.clear());
  const parts = new TextParts();
  // Heard only while parts wait: a listener added at start-up would wake the worker whenever the
  // reader closes a tab.
  const tabClosed = browser.tabs.onRemoved;
  const forgetClosedTab = (tab: number) => {
    parts.forgetTab(tab);
    listenWhilePartsWait();
  };
  const listenWhilePartsWait = () => {
    const listening = tabClosed.hasListener(forgetClosedTab);
    if (parts.isEmpty()) {
      if (listening) tabClosed.removeListener(forgetClosedTab);
    } else if (!listening) tabClosed.addListener(forgetClosedTab);
  };
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || sender.tab?.id === undefined) return undefined;
    const parsed = parseMessage(ScanRequests, message);
    if (!parsed) return undefined;
    const from = senderKey(sender.tab.id, sender.frameId);
    if (parsed.method === 'scanPart') {
      const { scanId, index, text } = parsed.payload;
      const kept = parts.add(from, scanId, index, text);
      listenWhilePartsWait();
      return Promise.resolve(kept);
    }
    const { partsBefore, ...request } = parsed.payload;
    if (!partsBefore) return scanForPage(request).then(packAnswer);
    const text = parts.take(from, partsBefore.scanId, partsBefore.count, request.text);
    listenWhilePartsWait();
    return text === null ? Promise.resolve(PARTS_MISSING) : scanForPage({ ...request, text }).then(packAnswer);
  });
}
