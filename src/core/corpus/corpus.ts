/**
 * The loaded corpus: every valid pack merged into lookup tables, plus what is
 * derived from them (a claim's status, where a statement sits in its document).
 */
import type { Claim, Pack, SourceDocument, Speaker, Stance, Statement, TimelineEvent } from './schema.ts';
import { resolveQuote } from './resolve-quote.ts';

/** A claim's standing, derived from the stances of the statements linked to it. */
export type ClaimStatus = 'disputed' | 'supported' | 'contradicted' | 'context';

/** Lookup tables over all loaded packs. Ids are unique across packs (the registry enforces it). */
export interface Corpus {
  readonly packs: readonly Pack[];
  readonly documents: ReadonlyMap<string, SourceDocument>;
  readonly speakers: ReadonlyMap<string, Speaker>;
  readonly statements: ReadonlyMap<string, Statement>;
  readonly claims: ReadonlyMap<string, Claim>;
  /** Every pack's timeline events, oldest first; within a month, in the pack's own order. */
  readonly timeline: readonly TimelineEvent[];
}

/** Builds the lookup tables for already validated packs. */
export function createCorpus(packs: readonly Pack[]): Corpus {
  const byId = <T extends { id: string }>(pick: (pack: Pack) => readonly T[]) =>
    new Map(packs.flatMap((pack) => pick(pack).map((item) => [item.id, item] as const)));
  return {
    packs,
    documents: byId((pack) => pack.documents),
    speakers: byId((pack) => pack.speakers),
    statements: byId((pack) => pack.statements),
    claims: byId((pack) => pack.claims),
    // By month only: "2021-11" (no day known) cannot be placed among "2021-11-01" and
    // "2021-11-02", so the pack's own order decides within a month (the sort is stable).
    // Dates are ASCII "YYYY-MM..." (the schema says so): plain comparison orders them, without
    // localeCompare, whose first call loads a collator (~20 ms on a story page).
    timeline: packs.flatMap((pack) => pack.timeline).sort((a, b) => compareMonths(a.date, b.date)),
  };
}

function compareMonths(a: string, b: string): number {
  const [left, right] = [a.slice(0, 7), b.slice(0, 7)];
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * Counts a claim's independent statements by stance. A relay (an outlet passing on words of
 * another document) is not counted where the statement it relays is linked to the claim with
 * the same stance: three outlets quoting one press release are one source, not three.
 */
export function stanceCounts(claim: Claim, statements: ReadonlyMap<string, Statement>): Record<Stance, number> {
  const counts: Record<Stance, number> = { supports: 0, contradicts: 0, context: 0 };
  for (const link of claim.statements) {
    if (!isRelayed(claim, link.statement, link.stance, statements)) counts[link.stance] += 1;
  }
  return counts;
}

/** True when `statementId` relays a statement that `claim` links with the same stance. */
export function isRelayed(
  claim: Claim,
  statementId: string,
  stance: Stance,
  statements: ReadonlyMap<string, Statement>,
): boolean {
  const origins = statements.get(statementId)?.relays ?? [];
  return claim.statements.some((link) => link.stance === stance && origins.includes(link.statement));
}

/** Derives a claim's status: disputed when statements both support and contradict it. */
export function claimStatus(claim: Claim): ClaimStatus {
  // Presence decides, so counting relays or not gives the same status.
  const has = (stance: Stance) => claim.statements.some((link) => link.stance === stance);
  const [supports, contradicts] = [has('supports'), has('contradicts')];
  if (supports && contradicts) return 'disputed';
  if (supports) return 'supported';
  if (contradicts) return 'contradicted';
  return 'context';
}

/** Where a statement's words sit in its source document: offsets into its original text. */
export interface StatementLocation {
  start: number;
  end: number;
}

// Locations the build computed, by pack: finding each statement again would normalise its whole
// document once per statement (~20 ms of a story page for the built-in pack).
const shippedLocations = new WeakMap<Pack, Readonly<Record<string, StatementLocation | null>>>();

/** Hands over the statements' locations the build computed for `pack` (see statementLocations). */
export function useStatementLocations(pack: Pack, locations: Readonly<Record<string, StatementLocation | null>>): void {
  shippedLocations.set(pack, locations);
}

/** Every statement's location in a pack, by statement id (null where its words cannot be found): what the build ships. */
export function statementLocations(pack: Pack): Record<string, StatementLocation | null> {
  const corpus = createCorpus([pack]);
  return Object.fromEntries(pack.statements.map((statement) => [statement.id, findStatement(corpus, statement)]));
}

/** Where a statement's words sit in its source document, or null if the corpus is inconsistent. */
export function locateStatement(corpus: Corpus, statement: Statement): StatementLocation | null {
  for (const pack of corpus.packs) {
    const shipped = shippedLocations.get(pack)?.[statement.id];
    if (shipped !== undefined) return shipped;
  }
  return findStatement(corpus, statement);
}

function findStatement(corpus: Corpus, statement: Statement): StatementLocation | null {
  const document = corpus.documents.get(statement.document);
  if (!document) return null;
  const location = resolveQuote(document.text, statement.quote);
  return location.ok ? { start: location.start, end: location.end } : null;
}
