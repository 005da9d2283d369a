/**
 * What a page's exports are made from: the page, each claim found with where
 * it is on the page and the statements for and against it, and each quote
 * checked with its sources. Everything is resolved to names and exact words,
 * so the export functions need no corpus and the popup can build every format
 * from one message. Built by `build-findings.ts`; validated by the popup on receipt.
 */
import { z } from '../zod-setup.ts';

/** Who said some words, as the corpus describes them. */
export const SpeakerSchema = z.strictObject({ name: z.string(), role: z.string(), organisation: z.string() });

/** Everything a citation of a source's exact words needs. */
export const CitationSchema = z.strictObject({
  /** Who the source says spoke the words; empty when it does not say. */
  speakers: z.array(SpeakerSchema),
  /** How the words relate to the speaker (absent for a quote-check passage). */
  kind: z.enum(['direct-quote', 'reported-statement', 'editorial-assessment']).optional(),
  outlet: z.string(),
  title: z.string(),
  /** The document's publication date (YYYY-MM-DD or YYYY-MM). */
  published: z.string(),
  /** When the words were said, where the corpus knows it. */
  said: z.string().optional(),
  /** The document's address, when the document gives one. */
  url: z.string().optional(),
  /** The source's exact words. */
  words: z.string(),
});

/**
 * Where a highlight is on the page, as W3C selectors: offsets are UTF-16 code
 * units into the page's `document.body.textContent`, and `exact` is that text
 * between them, with `prefix` and `suffix` around it.
 */
export const PageQuoteSchema = z.strictObject({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
});

const Diff = z.array(z.strictObject({ kind: z.enum(['same', 'added', 'removed']), text: z.string() }));

const ClaimFinding = z.strictObject({
  id: z.string(),
  summary: z.string(),
  status: z.enum(['disputed', 'supported', 'contradicted', 'context']),
  /** Independent statements by stance: relays of a statement linked the same way are not counted again. */
  counts: z.strictObject({ supports: z.number().int(), contradicts: z.number().int(), context: z.number().int() }),
  /** Who makes the claim in the sources: speakers of the supporting statements in their own voice. */
  authors: z.array(SpeakerSchema),
  /** Every highlight of the claim on the page, in page order. */
  highlights: z.array(PageQuoteSchema),
  statements: z.array(
    z.strictObject({
      stance: z.enum(['supports', 'contradicts', 'context']),
      why: z.string(),
      /** Outlets whose text this statement passes on (a relay is counted once with its origin). */
      relaysFrom: z.array(z.string()).optional(),
      citation: CitationSchema,
    }),
  ),
});

const QuoteFinding = z.strictObject({
  /** The quoted words as the page has them. */
  text: z.string(),
  verdict: z.enum(['verbatim', 'variant', 'not-found', 'translation']),
  similarity: z.number(),
  /** Who the page says spoke the words, when it names someone the corpus knows. */
  speakerName: z.string().optional(),
  /** The sources credit the words to these speakers, not to the page's. */
  misattributedTo: z.array(z.string()).optional(),
  highlight: PageQuoteSchema,
  /** The passages found (verbatim) or nearest (variant); none for a quote found nowhere. */
  sources: z.array(z.strictObject({ citation: CitationSchema, similarity: z.number(), diff: Diff })),
});

/** A page's findings, ready to export. */
export const PageFindingsSchema = z.strictObject({
  page: z.strictObject({
    url: z.string(),
    title: z.string(),
    /** When the page was checked, as an ISO 8601 date-time. */
    checkedAt: z.string(),
  }),
  /** The story pack the page was checked against. */
  story: z.strictObject({ id: z.string(), title: z.string() }).nullable(),
  claims: z.array(ClaimFinding),
  quotes: z.array(QuoteFinding),
});

/** A page's findings, ready to export. */
export type PageFindings = z.infer<typeof PageFindingsSchema>;
/** One claim found on the page, with its highlights and statements. */
export type ClaimFinding = z.infer<typeof ClaimFinding>;
/** One quote checked on the page, with its verdict and sources. */
export type QuoteFinding = z.infer<typeof QuoteFinding>;
/** Everything a citation of a source's exact words needs. */
export type Citation = z.infer<typeof CitationSchema>;
/** Where a highlight is on the page (W3C text quote and position). */
export type PageQuote = z.infer<typeof PageQuoteSchema>;
/** Who said some words. */
export type SpeakerInfo = z.infer<typeof SpeakerSchema>;
