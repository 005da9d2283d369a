/**
 * The page's findings as W3C Web Annotations (JSON-LD, the
 * `http://www.w3.org/ns/anno.jsonld` context): an AnnotationCollection with
 * one annotation per highlight. Each targets the page with a
 * TextQuoteSelector and a TextPositionSelector (offsets into the page's
 * `document.body.textContent`), and its body describes the claim or quote
 * check, tags its status or verdict, quotes the sources, and links the source
 * documents that have an address.
 */
import { formatCitation } from './cite-format.ts';
import type { Citation, ClaimFinding, PageFindings, PageQuote, QuoteFinding } from './page-findings.ts';

/** The Web Annotation context. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Options for {@link exportAnnotations}. */
export interface AnnotationOptions {
  /** Makes each annotation's and the collection's id (an IRI), e.g. a `urn:uuid:`. */
  newId(): string;
  /** The name and version of the software that made the annotations. */
  generator: string;
}

type Json = Record<string, unknown>;

/** Builds the annotation collection as a JSON-LD object. */
export function exportAnnotations(findings: PageFindings, options: AnnotationOptions): Json {
  const annotation = (highlight: PageQuote, body: Json[]): Json => ({
    id: options.newId(),
    type: 'Annotation',
    motivation: 'assessing',
    created: findings.page.checkedAt,
    generator: { type: 'Software', name: options.generator },
    body,
    target: {
      source: findings.page.url,
      // The page may change; this says when it was read.
      state: { type: 'TimeState', sourceDate: findings.page.checkedAt },
      selector: [
        { type: 'TextQuoteSelector', exact: highlight.exact, prefix: highlight.prefix, suffix: highlight.suffix },
        { type: 'TextPositionSelector', start: highlight.start, end: highlight.end },
      ],
    },
  });
  const items = [
    ...findings.claims.flatMap((claim) => claim.highlights.map((h) => annotation(h, claimBody(claim)))),
    ...findings.quotes.map((quote) => annotation(quote.highlight, quoteBody(quote))),
  ];
  return {
    '@context': ANNO_CONTEXT,
    id: options.newId(),
    type: 'AnnotationCollection',
    label: `Counterpoint findings on ${findings.page.title || findings.page.url}`,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

function text(value: string, purpose: string): Json {
  return { type: 'TextualBody', purpose, value, format: 'text/plain', language: 'en' };
}

function claimBody(claim: ClaimFinding): Json[] {
  const { supports, contradicts, context } = claim.counts;
  return [
    text(
      `Claim (${claim.status}): ${claim.summary} In the sources (independent statements): ${supports} support it, ${contradicts} contradict it, ${context} give context.`,
      'describing',
    ),
    text(claim.status, 'tagging'),
    ...claim.statements.map((statement) =>
      text(
        `${stanceWord(statement.stance)}: ${formatCitation(statement.citation).plain}${statement.relaysFrom ? ` (passes on the text published by ${statement.relaysFrom.join(' and ')})` : ''}`,
        'commenting',
      ),
    ),
    ...links(claim.statements.map((statement) => statement.citation)),
  ];
}

function quoteBody(quote: QuoteFinding): Json[] {
  const verdict =
    quote.verdict === 'verbatim'
      ? `verbatim in ${quote.sources.length} source(s)`
      : quote.verdict === 'variant'
        ? `altered: ${Math.min(99, Math.floor(quote.similarity * 100))}% similar to the closest source passage`
        : quote.verdict === 'translation'
          ? "a translation, not comparable word for word; the speaker's statements are listed closest first"
          : 'not found in the sources';
  const misattributed = quote.misattributedTo
    ? ` The sources attribute these words to ${quote.misattributedTo.join(', ')}${quote.speakerName ? `, not ${quote.speakerName}` : ''}.`
    : '';
  return [
    text(`Quote check: ${verdict}.${misattributed}`, 'describing'),
    text(quote.verdict, 'tagging'),
    ...quote.sources.map((source) =>
      text(
        `${quote.verdict === 'variant' ? 'Closest' : quote.verdict === 'translation' ? 'Compare with' : 'Found in'}: ${formatCitation(source.citation).plain}`,
        'commenting',
      ),
    ),
    ...links(quote.sources.map((source) => source.citation)),
  ];
}

// One link per source document that gives its address; the others are cited by title in the text bodies.
function links(citations: readonly Citation[]): Json[] {
  const urls = [...new Set(citations.flatMap((citation) => citation.url ?? []))];
  return urls.map((url) => ({
    type: 'SpecificResource',
    purpose: 'linking',
    source: { id: url, type: 'Text', format: 'text/html' },
  }));
}

function stanceWord(stance: string): string {
  return stance === 'supports' ? 'Supports' : stance === 'contradicts' ? 'Contradicts' : 'Context';
}
