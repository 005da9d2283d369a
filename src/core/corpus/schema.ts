/**
 * The corpus pack format: one story's source documents, who said what in them,
 * the claims those statements bear on, its timeline, and the terms that
 * recognise a page about the story. `corpus/README.md` documents it for people.
 *
 * Shapes only; cross-references between sections are checked in
 * `validate-pack.ts` so that every problem is reported with its JSON path.
 */
import { z } from '../zod-setup.ts';

/** Languages the matcher knows how to normalise and stem. */
export const LANGUAGES = ['en', 'ru', 'kk'] as const;
/** How a statement bears on a claim. */
export const STANCES = ['supports', 'contradicts', 'context'] as const;
/** What kind of utterance a statement is. */
export const STATEMENT_KINDS = ['direct-quote', 'reported-statement', 'editorial-assessment'] as const;
/** What kind of text a source document is. */
export const DOCUMENT_KINDS = ['news-report', 'press-release', 'analysis'] as const;
/** The format tag every pack carries, so a future format can be told apart. */
export const PACK_FORMAT = 'counterpoint-pack/1';

const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id (a-z, 0-9, -)');
// Sources often give only a month ("early November"); a pack must not invent a day.
const IsoDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'expected a date as YYYY-MM-DD or YYYY-MM');
// Checked, not trimmed: a document's text must stay byte for byte as its source.
const Text = z.string().regex(/\S/, 'expected non-empty text');
const Language = z.enum(LANGUAGES);

/** Languages a pack's own texts (summaries, reasons, roles) may be rendered in besides English. */
export const TRANSLATION_LANGUAGES = ['ru', 'kk'] as const;

/**
 * Renderings of an object's texts in the reader's language: `{ "ru": { "summary": "…" } }`.
 * English, the object's own field, stays required; each rendering is optional and, when
 * given, complete for its fields. Quotes are never translated: statements stay in the
 * words of their source.
 */
function translations<const Field extends string>(...fields: Field[]) {
  const rendering = z.strictObject(
    Object.fromEntries(fields.map((field) => [field, Text])) as Record<Field, typeof Text>,
  );
  return z.strictObject({ ru: rendering.optional(), kk: rendering.optional() }).optional();
}

const SourceDocument = z.strictObject({
  id: Id,
  title: Text,
  outlet: Text,
  author: Text.optional(),
  /** Publication date as the document gives it (YYYY-MM when it gives only the month). */
  date: IsoDate,
  /** How the date was established when the document does not print it. */
  dateNote: Text.optional(),
  language: Language,
  kind: z.enum(DOCUMENT_KINDS),
  /** Name of the file the text was taken from, for provenance. */
  seedFile: Text,
  /** http(s) only: a reader follows it from the popover, so `javascript:`, `data:` and `file:` are refused. */
  url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).optional(),
  /** The full text, exactly as in the source file. */
  text: Text,
  translations: translations('outlet'),
});

const Speaker = z.strictObject({
  id: Id,
  name: Text,
  role: Text,
  organisation: Text,
  /** Other ways pages write the name (surname alone, Russian, Kazakh), used to attribute quotes. */
  aliases: z.array(Text).default([]),
  translations: translations('role'),
});

/** A W3C-style text quote selector: the exact words plus a little context on each side. */
const TextQuoteSelector = z.strictObject({
  exact: Text,
  prefix: z.string(),
  suffix: z.string(),
});

const Statement = z.strictObject({
  id: Id,
  speaker: Id,
  document: Id,
  /** When the speaker said it, as the document reports. */
  date: IsoDate,
  /** Where the document gives that date, when it is not the document's own date. */
  dateNote: Text.optional(),
  kind: z.enum(STATEMENT_KINDS),
  quote: TextQuoteSelector,
  /**
   * Statements of other documents whose words or claim this one passes on ("the sides said in
   * a joint statement …"). A relay is not independent evidence: it is not counted where the
   * statement it relays is linked to the same claim with the same stance.
   */
  relays: z.array(Id).optional(),
  /** Speakers the document names together with `speaker` as saying it ("the ministry and Facebook said"). */
  alsoAttributedTo: z.array(Id).optional(),
});

const ClaimStatement = z.strictObject({
  statement: Id,
  stance: z.enum(STANCES),
  /** One line saying why the statement bears on the claim this way. */
  why: Text,
  translations: translations('why'),
});

const ClaimPattern = z.strictObject({
  id: Id,
  lang: Language,
  /** Pattern in the token syntax described in corpus/README.md, e.g. "grant ... exclusive access". */
  match: Text,
});

const Claim = z.strictObject({
  id: Id,
  summary: Text,
  patterns: z.array(ClaimPattern).min(1),
  statements: z.array(ClaimStatement).min(1),
  translations: translations('summary'),
});

const TimelineEvent = z.strictObject({
  id: Id,
  date: IsoDate,
  /** How the date was established when no source prints it for the event. */
  dateNote: Text.optional(),
  summary: Text,
  statements: z.array(Id),
  translations: translations('summary'),
});

const TopicGroup = z.strictObject({
  id: Id,
  /** What the group is about, in words: the popup says what a page mentions with these. */
  label: Text,
  weight: z.number().positive(),
  /** Terms in any language; a trailing `*` matches any word starting with the term. */
  terms: z.array(Text).min(1),
  translations: translations('label'),
});

const Topic = z.strictObject({
  groups: z.array(TopicGroup).min(1),
  /** Group ids that must each fire for a page to count as about the story. */
  required: z.array(Id),
  /** Minimum total score (sum of fired weights) for a page to count as about the story. */
  threshold: z.number().positive(),
});

/** The whole pack, shape only. */
export const PackSchema = z.strictObject({
  format: z.literal(PACK_FORMAT),
  id: Id,
  title: Text,
  description: Text,
  topic: Topic,
  documents: z.array(SourceDocument).min(1),
  speakers: z.array(Speaker).min(1),
  statements: z.array(Statement).min(1),
  claims: z.array(Claim).min(1),
  timeline: z.array(TimelineEvent),
});

export type Pack = z.infer<typeof PackSchema>;
export type SourceDocument = z.infer<typeof SourceDocument>;
export type Speaker = z.infer<typeof Speaker>;
export type TextQuoteSelector = z.infer<typeof TextQuoteSelector>;
export type Statement = z.infer<typeof Statement>;
export type ClaimStatement = z.infer<typeof ClaimStatement>;
export type ClaimPattern = z.infer<typeof ClaimPattern>;
export type Claim = z.infer<typeof Claim>;
export type TimelineEvent = z.infer<typeof TimelineEvent>;
export type Topic = z.infer<typeof Topic>;
export type TopicGroup = z.infer<typeof TopicGroup>;
export type Language = (typeof LANGUAGES)[number];
export type Stance = (typeof STANCES)[number];
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];
