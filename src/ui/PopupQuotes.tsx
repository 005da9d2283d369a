/**
 * The popup's list of quotes checked on the page: the words (shortened), the
 * verdict and the outlets they were found in.
 */
import type { PageReport } from '../core/view/page-report.ts';
import { VerdictBadge } from './Badge.tsx';
import { truncate } from './format.ts';
import { useMessages } from './i18n.tsx';

/** The "Quotes checked" section; renders nothing when no quote was checked. */
export function PopupQuotes({ quotes }: { quotes: PageReport['quotes'] }) {
  const m = useMessages();
  if (quotes.length === 0) return null;
  return (
    <section class="cp-section" aria-labelledby="cp-quotes-heading">
      <h2 id="cp-quotes-heading" class="cp-section-heading">
        {m.t('quotesHeading')} <span class="cp-count">({m.number(quotes.length)})</span>
      </h2>
      <ul class="cp-rows" aria-labelledby="cp-quotes-heading">
        {quotes.map((quote, index) => {
          const outlets = [...new Set(quote.sources.map((source) => source.outlet))];
          return (
            <li key={index} class="cp-quote-row" data-verdict={quote.verdict}>
              <q class="cp-row-title">{truncate(quote.text, 90)}</q>
              <span class="cp-row-meta">
                <VerdictBadge verdict={quote.verdict} />
                {outlets.length > 0 && <span class="cp-muted"> {outlets.join(', ')}</span>}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
