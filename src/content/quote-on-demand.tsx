/**
 * "Check quote with Counterpoint": checks the reader's selection against the
 * sources and shows the verdict next to it. Loaded only when asked, on any
 * page, including pages stage 1 judged to be about something else.
 */
import '../platform/builtin-folds.ts';
import '../platform/builtin-locations.ts';
import { checkQuote } from '../core/quotes/check-quote.ts';
import { summarizeQuotes } from '../core/view/page-summary.ts';
import { quoteView } from '../core/view/quote-view.ts';
import type { ReaderLanguage } from '../core/view/localize.ts';
import { watchReaderLanguage } from '../platform/ui-language.ts';
import { Localized } from '../ui/i18n.tsx';
import { QuotePopover } from '../ui/QuotePopover.tsx';
import { citationActions } from './citation-actions.ts';
import { openPassage } from './open-source.ts';
import { loadCorpus } from '../platform/load-corpus.ts';
import { pageState } from './page-state.ts';
import { createPopoverHost, type PopoverHost } from './popover-host.ts';

let host: PopoverHost | null = null;

/** Checks the current selection; false when nothing is selected. */
export async function checkSelection(): Promise<boolean> {
  const selection = document.getSelection();
  const text = selection?.toString().trim() ?? '';
  if (!selection || selection.rangeCount === 0 || text === '') return false;
  const anchor = selection.getRangeAt(0).getBoundingClientRect();
  const language = watchReaderLanguage();
  const [corpus] = await Promise.all([loadCorpus(), language.ready]);
  const check = checkQuote(text, corpus);
  pageState.askedQuotes = [
    ...pageState.askedQuotes,
    ...summarizeQuotes({ quotes: [{ start: 0, end: text.length, text, check }] }, corpus),
  ];
  host ??= createPopoverHost(document);
  const citations = citationActions(corpus);
  const popover = (lang: ReaderLanguage) => {
    const view = quoteView(corpus, text, check, undefined, lang);
    return (
      <QuotePopover view={view} onOpenSource={openPassage(view)} onClose={() => host?.hide()} citations={citations} />
    );
  };
  host.show(anchor, <Localized language={language} render={popover} />);
  return true;
}
