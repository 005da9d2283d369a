/**
 * The limits an imported pack must keep, checked on the raw JSON before the
 * schema sees it: the file's size, how deep it nests, how many entries each
 * list holds, how many topic terms it has and how long its strings are. A
 * pack over a limit is refused with those problems alone, so a huge or
 * careless file never reaches the (slower, per-entry) schema. The walk is a
 * loop over an explicit stack: no nesting or width can overflow the call stack.
 */
import type { PackProblem } from './validate-pack.ts';

/** The limits, documented in the README ("Imported packs"). */
export const PACK_LIMITS = {
  /** The pack file, in bytes of UTF-8. */
  bytes: 10 * 1024 * 1024,
  /** Objects and arrays inside one another; a valid pack needs 6. */
  depth: 16,
  /** Topic terms over all groups. */
  topicTerms: 100_000,
  /** Characters of one source document's text. */
  documentText: 1_000_000,
  /** Characters of one topic term. */
  term: 200,
  /** Characters of any other string (titles, summaries, quotes, ids). */
  string: 5_000,
  /** Entries of a list not named in LIST_LIMITS. */
  list: 1_000,
} as const;

/** Entries per list, by path with indexes written `[]`. */
export const LIST_LIMITS: Readonly<Record<string, number>> = {
  documents: 2_000,
  speakers: 2_000,
  statements: 20_000,
  claims: 2_000,
  timeline: 2_000,
  'topic.groups': 100,
  'topic.groups[].terms': PACK_LIMITS.topicTerms,
  'claims[].statements': 1_000,
  'claims[].patterns': 200,
  'timeline[].statements': 1_000,
};

/** How many problems are kept and shown; the rest are counted. */
export const MAX_PROBLEMS = 100;

/** The first MAX_PROBLEMS problems and how many more there were. */
export interface ProblemReport {
  problems: PackProblem[];
  more: number;
}

/** Keeps the first MAX_PROBLEMS of a list of problems and counts the rest. */
export function boundProblems(problems: readonly PackProblem[], limit = MAX_PROBLEMS): ProblemReport {
  return { problems: problems.slice(0, limit), more: Math.max(0, problems.length - limit) };
}

/** The size of a pack file in bytes of UTF-8, without encoding it. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // A surrogate pair: one four-byte character.
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const count = (n: number) => n.toLocaleString('en');

/** Problems with the file's size, before it is parsed. */
export function checkPackSize(text: string): ProblemReport {
  const bytes = utf8Bytes(text);
  if (bytes <= PACK_LIMITS.bytes) return { problems: [], more: 0 };
  const message = `the file has ${count(bytes)} bytes; a pack may have at most ${count(PACK_LIMITS.bytes)} (10 MB)`;
  return { problems: [{ path: '', message }], more: 0 };
}

interface Node {
  value: unknown;
  path: string;
  /** The path with indexes written `[]`, for LIST_LIMITS. */
  shape: string;
  depth: number;
}

/** Every limit the parsed pack breaks, by JSON path: the first MAX_PROBLEMS, and how many more. */
export function checkPackLimits(json: unknown): ProblemReport {
  const problems: PackProblem[] = [];
  let more = 0;
  const report = (path: string, message: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ path, message });
    else more++;
  };
  let terms = 0;
  const stack: Node[] = [{ value: json, path: '', shape: '', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, shape, depth } = stack.pop()!;
    if (typeof value === 'string') checkString(value, path, shape, report);
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= PACK_LIMITS.depth) {
      report(path, `nested deeper than ${PACK_LIMITS.depth} levels`);
      continue;
    }
    if (Array.isArray(value)) {
      const limit = LIST_LIMITS[shape] ?? PACK_LIMITS.list;
      if (shape === 'topic.groups[].terms') terms += value.length;
      if (value.length > limit) {
        report(path, `has ${count(value.length)} entries; at most ${count(limit)} are allowed`);
        continue; // Its entries are not looked at: the list is refused whole.
      }
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], path: `${path}[${i}]`, shape: `${shape}[]`, depth: depth + 1 });
    } else {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i]!;
        const child = (value as Record<string, unknown>)[key];
        const join = (base: string) => (base === '' ? key : `${base}.${key}`);
        stack.push({ value: child, path: join(path), shape: join(shape), depth: depth + 1 });
      }
    }
  }
  if (terms > PACK_LIMITS.topicTerms)
    report('topic.groups', `has ${count(terms)} terms in all; at most ${count(PACK_LIMITS.topicTerms)} are allowed`);
  return { problems, more };
}

function checkString(value: string, path: string, shape: string, report: (path: string, message: string) => void) {
  const limit =
    shape === 'documents[].text'
      ? PACK_LIMITS.documentText
      : shape === 'topic.groups[].terms[]'
        ? PACK_LIMITS.term
        : PACK_LIMITS.string;
  if (value.length > limit)
    report(path, `has ${count(value.length)} characters; at most ${count(limit)} are allowed here`);
}
