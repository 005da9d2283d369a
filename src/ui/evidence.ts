/**
 * Turns the topic evidence of a page report into one readable sentence in the
 * reader's language: the story's topics the page mentions, by their labels
 * (never the pack's internal group ids), with the parts of the page they were
 * found in, e.g. "Mentions Facebook / Meta and Kazakhstan (title, text)".
 */
import type { MessageKey } from '../core/i18n/catalogues.ts';
import type { Messages } from '../core/i18n/messages.ts';
import type { PageReport } from '../core/view/page-report.ts';

type Evidence = PageReport['evidence'][number];
type Part = Evidence['part'];

/** Topic group id → label in the reader's language. */
export type TopicLabels = Readonly<Record<string, string>>;

const PART_ORDER: readonly Part[] = ['title', 'url', 'description', 'headings', 'body'];
const PART_NAME: Record<Part, MessageKey> = {
  title: 'partTitle',
  url: 'partUrl',
  description: 'partDescription',
  headings: 'partHeadings',
  body: 'partBody',
};

/**
 * What the page mentions, groups that share the same parts of the page in one
 * clause: "Facebook / Meta and Kazakhstan (title, text); Facebook's Content
 * Reporting System (text)". A group without a label is named by its id.
 */
export function summariseEvidence(m: Messages, evidence: readonly Evidence[], labels: TopicLabels = {}): string {
  const partsByGroup = new Map<string, Set<Part>>();
  for (const item of evidence) {
    const parts = partsByGroup.get(item.group) ?? new Set();
    parts.add(item.part);
    partsByGroup.set(item.group, parts);
  }
  const groupsByParts = new Map<string, string[]>();
  for (const [group, parts] of partsByGroup) {
    const key = PART_ORDER.filter((part) => parts.has(part))
      .map((part) => m.t(PART_NAME[part]))
      .join(', ');
    groupsByParts.set(key, [...(groupsByParts.get(key) ?? []), labels[group] ?? group]);
  }
  return [...groupsByParts].map(([parts, groups]) => `${m.list(groups)} (${parts})`).join('; ');
}

/** The distinct terms found, each with its total count, most frequent first. */
export function evidenceTerms(evidence: readonly Evidence[]): { term: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const item of evidence) counts.set(item.term, (counts.get(item.term) ?? 0) + item.count);
  return [...counts].map(([term, count]) => ({ term, count })).sort((a, b) => b.count - a.count);
}
