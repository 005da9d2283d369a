/**
 * The claim popover's data: one claim with every statement that bears on it,
 * resolved to speaker, outlet and date, and the story's timeline with the
 * events this claim shares a statement with marked. Pure, so the popover is a
 * plain render of it and tests need no DOM.
 */
import { claimStatus, isRelayed, type ClaimStatus, type Corpus } from '../corpus/corpus.ts';
import type { Claim, ClaimStatement, Language, Stance } from '../corpus/schema.ts';
import { localized, type ReaderLanguage } from './localize.ts';

/** One statement as the popover shows it, with everything resolved from ids to names. */
export interface StatementView {
  statementId: string;
  stance: Stance;
  /** One line saying why the statement bears on the claim this way. */
  why: string;
  speakerId: string;
  speakerName: string;
  speakerRole: string;
  organisation: string;
  outlet: string;
  documentId: string;
  documentTitle: string;
  /** The language the source is written in, and so the statement's words. */
  documentLanguage: Language;
  /** YYYY-MM or YYYY-MM-DD, as in the corpus (a month-only date stays month-only). */
  date: string;
  /** direct-quote | reported-statement | editorial-assessment. */
  kind: string;
  /** The exact words in the source document. */
  quote: string;
  /** Other speakers the source names as saying it together with the speaker ("the ministry and Facebook said"). */
  alsoAttributedTo: string[];
  /** Outlets of the documents whose words this statement passes on (empty when it is an origin). */
  relaysFrom: string[];
  /** True when it passes on a statement that bears on the claim the same way, so it is not counted again. */
  countedWithOrigin: boolean;
  /** The claim the stance and `why` refer to (absent for a statement shown without a claim). */
  claimSummary?: string;
}

/** One timeline event; `linked` when it shares a statement with the claim. */
export interface TimelineEntryView {
  date: string;
  summary: string;
  linked: boolean;
}

/** A claim with its statements split by stance, and the timeline around it. */
export interface ClaimView {
  id: string;
  summary: string;
  status: ClaimStatus;
  supports: StatementView[];
  contradicts: StatementView[];
  context: StatementView[];
  timeline: TimelineEntryView[];
}

/**
 * Builds the popover data for a claim, or null when the corpus has no such claim. The pack's
 * own texts (summary, reasons, roles, outlets, timeline) are in `lang` where the pack renders
 * them; the statements' words stay in their source's language.
 */
export function claimView(corpus: Corpus, claimId: string, lang: ReaderLanguage = 'en'): ClaimView | null {
  const claim = corpus.claims.get(claimId);
  if (!claim) return null;
  const views = claim.statements.flatMap((link) => statementView(corpus, link, claim, lang) ?? []);
  const linkedIds = new Set(claim.statements.map((link) => link.statement));
  // The claim's own pack holds its timeline; another story's events would only be noise.
  const pack = corpus.packs.find((candidate) => candidate.claims.some((c) => c.id === claimId));
  const events = corpus.timeline.filter((event) => pack?.timeline.includes(event) ?? false);
  return {
    id: claim.id,
    summary: localized(claim, 'summary', lang),
    status: claimStatus(claim),
    supports: views.filter((view) => view.stance === 'supports'),
    contradicts: views.filter((view) => view.stance === 'contradicts'),
    context: views.filter((view) => view.stance === 'context'),
    timeline: events.map((event) => ({
      date: event.date,
      summary: localized(event, 'summary', lang),
      linked: event.statements.some((id) => linkedIds.has(id)),
    })),
  };
}

/**
 * One statement for the reader page: resolved through the claim that links it
 * (`claimId`, or else the first claim that does), so its stance and `why` come
 * along; a statement no claim links is shown as context with no `why`.
 */
export function claimViewStatement(
  corpus: Corpus,
  statementId: string,
  claimId?: string,
  lang: ReaderLanguage = 'en',
): StatementView | null {
  const claims = [...corpus.claims.values()];
  const preferred = claimId === undefined ? undefined : corpus.claims.get(claimId);
  for (const claim of preferred ? [preferred, ...claims] : claims) {
    const link = claim.statements.find((candidate) => candidate.statement === statementId);
    if (link) return statementView(corpus, link, claim, lang);
  }
  return statementView(corpus, { statement: statementId, stance: 'context', why: '' }, undefined, lang);
}

/** Resolves one claim-statement link; null when the corpus is inconsistent (validation prevents it). */
export function statementView(
  corpus: Corpus,
  link: ClaimStatement,
  claim?: Claim,
  lang: ReaderLanguage = 'en',
): StatementView | null {
  const statement = corpus.statements.get(link.statement);
  const speaker = statement && corpus.speakers.get(statement.speaker);
  const document = statement && corpus.documents.get(statement.document);
  if (!statement || !speaker || !document) return null;
  return {
    statementId: statement.id,
    stance: link.stance,
    why: localized(link, 'why', lang),
    speakerId: speaker.id,
    speakerName: speaker.name,
    speakerRole: localized(speaker, 'role', lang),
    organisation: speaker.organisation,
    outlet: localized(document, 'outlet', lang),
    documentId: document.id,
    documentTitle: document.title,
    documentLanguage: document.language,
    date: statement.date,
    kind: statement.kind,
    quote: statement.quote.exact,
    alsoAttributedTo: (statement.alsoAttributedTo ?? []).map((id) => corpus.speakers.get(id)?.name ?? id),
    relaysFrom: [
      ...new Set(
        (statement.relays ?? []).flatMap((id) => {
          const origin = corpus.statements.get(id);
          const source = origin && corpus.documents.get(origin.document);
          return source ? [localized(source, 'outlet', lang)] : [];
        }),
      ),
    ],
    countedWithOrigin: claim ? isRelayed(claim, statement.id, link.stance, corpus.statements) : false,
    ...(claim ? { claimSummary: localized(claim, 'summary', lang) } : {}),
  };
}
