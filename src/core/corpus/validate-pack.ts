/**
 * Validates a corpus pack whole: its shape (zod) and then its cross-references
 * and quote selectors, collecting every problem with its JSON path so that a
 * pack author can fix them all in one go.
 */
import type { z } from 'zod';
import { PackSchema, type Pack } from './schema.ts';
import { resolveQuote, type QuoteLocation } from './resolve-quote.ts';
import { salvagePack } from './salvage-pack.ts';
import { normalizeText } from '../text/normalize.ts';

/** One problem in a pack: where (a JSON path such as `claims[3].statements[1].stance`) and what. */
export interface PackProblem {
  path: string;
  message: string;
}

/** A valid pack, or every problem found in it. */
export type PackValidation = { ok: true; pack: Pack } | { ok: false; problems: PackProblem[] };

/**
 * Extra checks a caller adds, e.g. that every claim pattern compiles. They also run on a pack
 * that failed its schema (read leniently, see salvage-pack.ts), so they must skip ''.
 */
export type PackCheck = (pack: Pack, report: (path: string, message: string) => void) => void;

/** Validates `json` as a pack; on success returns the parsed pack with defaults filled in. */
export function validatePack(json: unknown, extraChecks: readonly PackCheck[] = []): PackValidation {
  const parsed = PackSchema.safeParse(json);
  const problems: PackProblem[] = parsed.success ? [] : parsed.error.issues.map(toProblem);
  const report = (path: string, message: string) => problems.push({ path, message });
  // Every check runs even when the shape is wrong, on what can be read (extra checks must
  // skip the empty strings that stand for unreadable values), so one run lists every problem.
  const readable = parsed.success ? parsed.data : salvagePack(json);
  for (const check of [checkReferences, checkQuotes, ...extraChecks]) check(readable, report);
  return parsed.success && problems.length === 0 ? { ok: true, pack: parsed.data } : { ok: false, problems };
}

/** Formats a problem as one line: `path: message`. */
export function formatProblem(problem: PackProblem): string {
  return `${problem.path || '(pack)'}: ${problem.message}`;
}

/** Formats a JSON path from its segments: `claims[3].statements[1].stance`. */
export function jsonPath(segments: readonly PropertyKey[]): string {
  return segments
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`,
    )
    .join('');
}

// Zod's messages, reworded where a pack author needs plainer words.
function toProblem(issue: z.core.$ZodIssue): PackProblem {
  return { path: jsonPath(issue.path), message: describeIssue(issue) };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value':
      return `expected one of ${issue.values.map(String).join('|')}`;
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
    case 'invalid_type': {
      const received = /received (\w+)/.exec(issue.message)?.[1];
      return received === 'undefined'
        ? `missing (expected ${issue.expected})`
        : `expected ${issue.expected}, got ${received ?? 'something else'}`;
    }
    default:
      return issue.message;
  }
}

const checkReferences: PackCheck = (pack, report) => {
  const ids = {
    documents: uniqueIds(pack.documents, 'documents', report),
    speakers: uniqueIds(pack.speakers, 'speakers', report),
    statements: uniqueIds(pack.statements, 'statements', report),
    groups: uniqueIds(pack.topic.groups, 'topic.groups', report),
  };
  uniqueIds(pack.claims, 'claims', report);
  uniqueIds(pack.timeline, 'timeline', report);
  const expect = (set: Set<string>, id: string, path: string, what: string) => {
    if (id !== '' && !set.has(id)) report(path, `unknown ${what} "${id}"`);
  };
  pack.topic.required.forEach((id, i) => expect(ids.groups, id, `topic.required[${i}]`, 'topic group'));
  pack.statements.forEach((statement, i) => {
    expect(ids.speakers, statement.speaker, `statements[${i}].speaker`, 'speaker');
    expect(ids.documents, statement.document, `statements[${i}].document`, 'document');
    statement.alsoAttributedTo?.forEach((id, j) => {
      const path = `statements[${i}].alsoAttributedTo[${j}]`;
      expect(ids.speakers, id, path, 'speaker');
      if (id !== '' && id === statement.speaker) report(path, "repeats the statement's own speaker");
    });
  });
  checkRelays(pack, report);
  pack.claims.forEach((claim, i) => {
    uniqueIds(claim.patterns, `claims[${i}].patterns`, report);
    claim.statements.forEach((link, j) =>
      expect(ids.statements, link.statement, `claims[${i}].statements[${j}].statement`, 'statement'),
    );
  });
  pack.timeline.forEach((event, i) =>
    event.statements.forEach((id, j) => expect(ids.statements, id, `timeline[${i}].statements[${j}]`, 'statement')),
  );
};

// A relay points at the statement it passes on, in another document; that statement is an
// origin, not itself a relay, so independence is decided in one step and chains cannot loop.
function checkRelays(pack: Pack, report: (path: string, message: string) => void) {
  const byId = new Map(pack.statements.map((statement) => [statement.id, statement]));
  pack.statements.forEach((statement, i) =>
    statement.relays?.forEach((id, j) => {
      const path = `statements[${i}].relays[${j}]`;
      const origin = byId.get(id);
      if (id === '') return; // Unreadable; the schema reported it.
      if (!origin) report(path, `unknown statement "${id}"`);
      else if (origin.document === statement.document) report(path, 'relays a statement of its own document');
      else if ((origin.relays ?? []).length > 0) report(path, `"${id}" is itself a relay: point at its origin`);
    }),
  );
  // Where a relay and what it relays bear on the same claim, they bear on it the same way:
  // the same words cannot support a claim in one outlet and contradict it in another.
  pack.claims.forEach((claim, i) => {
    const stances = new Map(claim.statements.map((link) => [link.statement, link.stance]));
    claim.statements.forEach((link, j) =>
      byId.get(link.statement)?.relays?.forEach((originId) => {
        const originStance = stances.get(originId);
        if (originStance && originStance !== link.stance) {
          report(
            `claims[${i}].statements[${j}].stance`,
            `"${link.statement}" relays "${originId}", which this claim links as ${originStance}`,
          );
        }
      }),
    );
  });
}

const checkQuotes: PackCheck = (pack, report) => {
  const documents = new Map(pack.documents.map((doc) => [doc.id, normalizeText(doc.text, { caseFold: false })]));
  pack.statements.forEach((statement, i) => {
    const text = documents.get(statement.document);
    if (!text || statement.quote.exact.trim() === '') return; // Reported by checkReferences or the schema.
    const location = resolveQuote(text, statement.quote);
    if (location.ok) return;
    report(`statements[${i}].quote.exact`, describeMiss(location, statement.document));
  });
};

function describeMiss(location: Exclude<QuoteLocation, { ok: true }>, documentId: string): string {
  switch (location.reason) {
    case 'empty':
      return 'has no visible text (only invisible characters)';
    case 'ambiguous':
      return `prefix and suffix do not pick one of its ${location.occurrences} occurrences in document "${documentId}"`;
    case 'not-found':
      return location.occurrences === 0
        ? `not found in document "${documentId}"`
        : `found ${location.occurrences} time(s) in document "${documentId}" but never with this prefix and suffix`;
  }
}

function uniqueIds(items: readonly { id: string }[], path: string, report: (path: string, message: string) => void) {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (item.id === '') return; // Unreadable; the schema reported it.
    if (seen.has(item.id)) report(`${path}[${i}].id`, `duplicate id "${item.id}"`);
    seen.add(item.id);
  });
  return seen;
}
