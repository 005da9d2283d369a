/**
 * The command line's human-readable report: is the page about the story and
 * why, each claim with its status and the statements for and against, and each
 * quote's verdict.
 */
import type { Corpus } from '../core/corpus/corpus.ts';
import type { Stance } from '../core/corpus/schema.ts';
import type { Annotation } from './annotate-page.ts';

const QUOTE_WIDTH = 110;

/** Formats an annotation as indented plain text. */
export function formatReport(name: string, annotation: Annotation, corpus: Corpus): string {
  const lines = [
    `Counterpoint: ${name}`,
    `About the story: ${annotation.about ? 'yes' : 'no'} (score ${annotation.score.toFixed(1)})`,
  ];
  if (annotation.evidence.length > 0) {
    lines.push(
      `  Evidence: ${annotation.evidence.map((e) => `"${e.term}" (${e.group}, ${e.part}${e.count > 1 ? ` x${e.count}` : ''})`).join(', ')}`,
    );
  }
  if (!annotation.about) return [...lines, '  Not about the story: no claims or quotes looked for.'].join('\n');
  lines.push('', `Claims found: ${new Set(annotation.claims.map((claim) => claim.id)).size}`);
  for (const [id, matches] of groupBy(annotation.claims, (claim) => claim.id))
    lines.push(...formatClaim(id, matches, corpus));
  lines.push('', `Quotes checked: ${annotation.quotes.length}`);
  for (const quote of annotation.quotes) {
    const where = quote.sources.length > 0 ? ` in ${quote.sources.join(', ')}` : '';
    const score = quote.verdict === 'variant' ? ` ${Math.round(quote.similarity * 100)}%` : '';
    const speaker = quote.speaker
      ? ` (attributed to ${corpus.speakers.get(quote.speaker)?.name ?? quote.speaker})`
      : '';
    lines.push(`  [${quote.verdict}${score}] ${clip(`"${quote.text}"`)}${where}${speaker}`);
  }
  return lines.join('\n');
}

function formatClaim(id: string, matches: Annotation['claims'], corpus: Corpus): string[] {
  const claim = corpus.claims.get(id);
  if (!claim) return [];
  const first = matches[0]!;
  const lines = [
    `  * ${claim.summary} [${first.status.toUpperCase()}]`,
    `    on the page: ${matches.map((m) => `"${m.text}" @${m.start} (${m.patternId}, ${m.confidence.toFixed(2)})`).join('; ')}`,
  ];
  for (const stance of ['supports', 'contradicts', 'context'] as Stance[]) {
    const links = claim.statements.filter((link) => link.stance === stance);
    if (links.length > 0) lines.push(`    ${stance}:`);
    for (const link of links) {
      const statement = corpus.statements.get(link.statement);
      const speaker = statement && corpus.speakers.get(statement.speaker);
      const outlet = statement && corpus.documents.get(statement.document)?.outlet;
      if (!statement || !speaker) continue;
      lines.push(
        `      - ${speaker.name}, ${speaker.role} (${outlet}, ${statement.date}): ${clip(`"${statement.quote.exact}"`)}`,
      );
    }
  }
  return lines;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > QUOTE_WIDTH ? `${flat.slice(0, QUOTE_WIDTH - 1)}…` : flat;
}
