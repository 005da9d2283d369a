/**
 * What the toolbar popup shows for a tab: whether the page is about the story
 * and why, the claims found, and the quotes checked. Produced by the content
 * script, validated by the popup on receipt.
 */
import { z } from '../zod-setup.ts';

const Status = z.enum(['disputed', 'supported', 'contradicted', 'context']);
const Verdict = z.enum(['verbatim', 'variant', 'not-found', 'translation']);

/** The popup's data for one tab. */
export const PageReportSchema = z.strictObject({
  host: z.string(),
  /** Counterpoint is switched on for this site. */
  enabled: z.boolean(),
  about: z.boolean(),
  /** The pack whose story the page is about (absent when it is about none: the evidence is the built-in pack's). */
  pack: z.string().optional(),
  score: z.number(),
  /** True when the background could not work out the score and evidence: the verdict stands, its reasons are unknown. */
  evidenceMissing: z.literal(true).optional(),
  evidence: z.array(
    z.strictObject({
      group: z.string(),
      term: z.string(),
      part: z.enum(['title', 'url', 'description', 'headings', 'body']),
      count: z.number().int(),
    }),
  ),
  claims: z.array(
    z.strictObject({
      id: z.string(),
      summary: z.string(),
      status: Status,
      supports: z.number().int(),
      contradicts: z.number().int(),
      context: z.number().int(),
      /** How many highlights of this claim the page has. */
      occurrences: z.number().int(),
    }),
  ),
  quotes: z.array(
    z.strictObject({
      text: z.string(),
      verdict: Verdict,
      similarity: z.number(),
      /** Outlets of the source documents the quote was found in (or is closest to). */
      sources: z.array(z.strictObject({ documentId: z.string(), outlet: z.string() })),
    }),
  ),
});

export type PageReport = z.infer<typeof PageReportSchema>;
