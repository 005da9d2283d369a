/**
 * Turns the topic evidence of a page report into one readable line: groups
 * found in the same parts of the page are listed together, e.g.
 * "Facebook, Kazakhstan, Content Reporting System (title, body)".
 */
import type { PageReport } from '../core/view/page-report.ts';

type Evidence = PageReport['evidence'][number];

const PART_ORDER: readonly Evidence['part'][] = ['title', 'url', 'description', 'headings', 'body'];

/** Summarises evidence by group; groups that share the same set of parts share one clause. */
export function summariseEvidence(evidence: readonly Evidence[]): string {
  const partsByGroup = new Map<string, Set<Evidence['part']>>();
  for (const item of evidence) {
    const parts = partsByGroup.get(item.group) ?? new Set();
    parts.add(item.part);
    partsByGroup.set(item.group, parts);
  }
  const groupsByParts = new Map<string, string[]>();
  for (const [group, parts] of partsByGroup) {
    const key = PART_ORDER.filter((part) => parts.has(part)).join(', ');
    groupsByParts.set(key, [...(groupsByParts.get(key) ?? []), group]);
  }
  return [...groupsByParts].map(([parts, groups]) => `${groups.join(', ')} (${parts})`).join('; ');
}

/** The distinct terms found, each with its total count, most frequent first. */
export function evidenceTerms(evidence: readonly Evidence[]): { term: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const item of evidence) counts.set(item.term, (counts.get(item.term) ?? 0) + item.count);
  return [...counts].map(([term, count]) => ({ term, count })).sort((a, b) => b.count - a.count);
}
