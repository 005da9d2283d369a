/**
 * The typed protocol between the extension's contexts: one map per direction,
 * each method with its payload schema and result type. Receivers validate
 * payloads with these schemas before acting; nothing crosses as `any`.
 */
import { z } from './zod-setup.ts';
import { PageFindingsSchema } from './export/page-findings.ts';
import { PageReportSchema, type PageReport } from './view/page-report.ts';

/** Messages a content script sends to the background. */
export const ContentToBackground = {
  /** Stage 2 finished scanning: show this many distinct claims on the tab's badge (0 clears it). */
  pageScanned: z.strictObject({ claimCount: z.number().int().min(0) }),
  /**
   * Open the reader page on a source document, with one statement highlighted (shown as it
   * bears on `claimId`) or, for a checked quote, the passage at `range`.
   */
  openSource: z.strictObject({
    documentId: z.string().min(1),
    statementId: z.string().min(1).optional(),
    claimId: z.string().min(1).optional(),
    range: z.strictObject({ start: z.number().int().min(0), end: z.number().int().min(0) }).optional(),
  }),
} as const;

/** Messages the popup or background sends to a tab's content script. */
export const ToContent = {
  /** Report what Counterpoint found on the page, the pack's texts in `lang` (English without it). */
  getReport: z.strictObject({ lang: z.enum(['en', 'ru', 'kk']).optional() }),
  /** Scroll to and focus the first highlight of a claim. */
  focusClaim: z.strictObject({ claimId: z.string().min(1) }),
  /** Check the current selection as a quote and show the verdict next to it. */
  checkSelection: z.strictObject({}),
  /** Everything found on the page, resolved to exact words and page positions, for the exports. */
  getFindings: z.strictObject({}),
} as const;

/** What each content-bound method answers; the sender validates the answer with these. */
export const ToContentResult = {
  getReport: PageReportSchema,
  focusClaim: z.strictObject({ focused: z.boolean() }),
  checkSelection: z.strictObject({ checked: z.boolean() }),
  getFindings: PageFindingsSchema,
} as const satisfies Record<ToContentMethod, z.ZodType>;

/** The answer type of each content-bound method. */
export type ToContentResults = { [M in ToContentMethod]: z.infer<(typeof ToContentResult)[M]> };

export type ContentToBackgroundMethod = keyof typeof ContentToBackground;
export type ToContentMethod = keyof typeof ToContent;

/** A message on the wire: the method name and its payload. */
export type Envelope<Map extends Record<string, z.ZodType>, M extends keyof Map> = {
  method: M;
  payload: z.infer<Map[M]>;
};

const EnvelopeShape = z.object({ method: z.string(), payload: z.unknown() });

/**
 * Validates an incoming message against a direction's map: the method must exist
 * and the payload must match its schema. Returns null for anything else.
 */
export function parseMessage<Map extends Record<string, z.ZodType>>(
  map: Map,
  message: unknown,
): { [M in keyof Map]: Envelope<Map, M> }[keyof Map] | null {
  const envelope = EnvelopeShape.safeParse(message);
  if (!envelope.success || !Object.hasOwn(map, envelope.data.method)) return null;
  const schema = map[envelope.data.method as keyof Map]!;
  const payload = schema.safeParse(envelope.data.payload);
  if (!payload.success) return null;
  return { method: envelope.data.method, payload: payload.data } as never;
}

export { PageReportSchema, type PageReport };
