/**
 * Answers messages from the popup and the background, loaded on first use so
 * that stage 1 stays small. Every message is validated against the protocol.
 */
import { parseMessage, ToContent, type ToContentResults } from '../core/messages.ts';
import type { ReaderLanguage } from '../core/view/localize.ts';
import type { PageReport } from '../core/view/page-report.ts';
import { localizeSummaries } from '../core/view/page-summary.ts';
import { isSiteEnabled } from '../platform/site-settings.ts';
import { loadScanner, pageState } from './page-state.ts';

/** Validates a message and answers it; unknown or malformed messages get an error. */
export async function route(message: unknown): Promise<ToContentResults[keyof ToContentResults] | { error: string }> {
  const parsed = parseMessage(ToContent, message);
  if (!parsed) return { error: 'malformed message' };
  switch (parsed.method) {
    case 'getReport':
      return report(await isSiteEnabled(location.hostname), parsed.payload.lang ?? 'en');
    case 'focusClaim':
      return { focused: pageState.scanner ? (await loadScanner()).focusClaim(parsed.payload.claimId) : false };
    case 'checkSelection':
      return { checked: await (await import('./quote-on-demand.tsx')).checkSelection() };
    case 'getFindings':
      return (await import('./page-findings.ts')).pageFindings();
  }
}

// The switch's state comes from storage, not from stage 1: stage 1 reads it only on
// pages about the story, and the popup must show it right on every page.
async function report(enabled: boolean, lang: ReaderLanguage): Promise<PageReport> {
  const verdict = pageState.detection;
  // A page the needles ruled out asks the background for its reasons; if that fails, the popup
  // still shows the verdict and the rest, and says the reasons are missing (asked again next time).
  const detection = verdict ? await verdict.result().catch(() => null) : undefined;
  const found = { claims: pageState.claims, quotes: [...pageState.scannedQuotes, ...pageState.askedQuotes] };
  // The lists come in English from the background; another language needs the pack's texts, which
  // only then are loaded into the page (nothing to list: nothing loaded).
  const empty = found.claims.length === 0 && found.quotes.length === 0;
  // Quotes the reader asked about may come from any pack; otherwise the story's own pack is enough.
  const corpus = async () => {
    const { loadCorpus, loadStoryCorpus } = await import('../platform/load-corpus.ts');
    return pageState.askedQuotes.length > 0 ? loadCorpus() : loadStoryCorpus(pageState.storyPack);
  };
  const lists = lang === 'en' || empty ? found : localizeSummaries(found, await corpus(), lang);
  return {
    host: location.hostname,
    enabled,
    about: verdict?.about ?? false,
    ...(pageState.storyPack ? { pack: pageState.storyPack } : {}),
    score: detection?.score ?? 0,
    ...(detection === null ? { evidenceMissing: true as const } : {}),
    evidence: detection?.evidence ?? [],
    ...lists,
  };
}
