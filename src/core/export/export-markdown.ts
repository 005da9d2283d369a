/**
 * The Markdown report of a page's findings: the page, each claim with its
 * status, the highlighted words and the statements for and against it with
 * citations, and each quote checked with its verdict and, for an altered
 * quote, the word-level difference (`~~in the source only~~`, `**on the page only**`).
 */
import type { DiffPart } from '../quotes/check-quote.ts';
import { escapeMarkdown, formatCitation } from './cite-format.ts';
import type { ClaimFinding, PageFindings, QuoteFinding } from './page-findings.ts';

const STATUS = { disputed: 'Disputed', supported: 'Supported', contradicted: 'Contradicted', context: 'Context' };
const STANCE = { contradicts: 'Contradicts', supports: 'Supports', context: 'Context' } as const;
const VERDICT = {
  verbatim: 'Verbatim',
  variant: 'Altered',
  'not-found': 'Not found in the sources',
  translation: "A translation: not comparable word for word with the speaker's sources",
};

/** Formats the findings as a Markdown report. */
export function exportMarkdown(findings: PageFindings): string {
  const { page } = findings;
  const lines = [
    `# Counterpoint report: ${escapeMarkdown(page.title || page.url)}`,
    '',
    `- Page: <${page.url}>`,
    `- Checked: ${page.checkedAt}`,
    ...(findings.story ? [`- Story: ${escapeMarkdown(findings.story.title)}`] : []),
    `- Found: ${count(findings.claims.length, 'claim')}, ${count(findings.quotes.length, 'quote')} checked`,
    '',
    'Statements and source passages are the sources’ exact words. In a quote’s difference, ~~struck-through~~ words are in the source but not on the page, and **bold** words are on the page only.',
  ];
  if (findings.claims.length > 0) lines.push('', '## Claims');
  findings.claims.forEach((claim, index) => lines.push('', ...claimSection(claim, index + 1)));
  if (findings.quotes.length > 0) lines.push('', '## Quotes checked');
  findings.quotes.forEach((quote, index) => lines.push('', ...quoteSection(quote, index + 1)));
  return `${lines.join('\n')}\n`;
}

function claimSection(claim: ClaimFinding, n: number): string[] {
  const lines = [
    `### ${n}. ${escapeMarkdown(claim.summary)}`,
    '',
    `**Status: ${STATUS[claim.status]}** (independent statements: ${claim.counts.supports} support it, ${claim.counts.contradicts} contradict it, ${claim.counts.context} give context)`,
    '',
    `On the page: ${claim.highlights.map((h) => `“${escapeMarkdown(h.exact)}” (characters ${h.start}–${h.end})`).join('; ')}`,
  ];
  for (const stance of ['contradicts', 'supports', 'context'] as const) {
    const statements = claim.statements.filter((statement) => statement.stance === stance);
    if (statements.length === 0) continue;
    lines.push('', `${STANCE[stance]}:`, '');
    for (const statement of statements) {
      lines.push(`- ${formatCitation(statement.citation).markdown}`, `  - Why: ${escapeMarkdown(statement.why)}`);
      if (statement.relaysFrom)
        lines.push(`  - Passes on the text published by ${escapeMarkdown(statement.relaysFrom.join(' and '))}.`);
    }
  }
  return lines;
}

const SOURCES_HEADING: Record<QuoteFinding['verdict'], string> = {
  verbatim: 'Found in:',
  variant: 'Closest source passage:',
  'not-found': 'Found in:',
  translation: "The speaker's statements in the sources, closest first:",
};

function quoteSection(quote: QuoteFinding, n: number): string[] {
  const verdict =
    quote.verdict === 'variant'
      ? `${VERDICT.variant} (${Math.min(99, Math.floor(quote.similarity * 100))}% similar to the closest source passage)`
      : quote.verdict === 'verbatim'
        ? `${VERDICT.verbatim} in ${count(quote.sources.length, 'source')}`
        : VERDICT[quote.verdict];
  const lines = [`### ${n}. ${verdict}`, '', `> “${escapeMarkdown(quote.text)}”`, ''];
  lines.push(`On the page at characters ${quote.highlight.start}–${quote.highlight.end}.`);
  if (quote.speakerName) lines.push(`The page attributes it to ${escapeMarkdown(quote.speakerName)}.`);
  if (quote.misattributedTo)
    lines.push(`**The sources attribute these words to ${escapeMarkdown(quote.misattributedTo.join(', '))}.**`);
  if (quote.sources.length > 0) lines.push('', SOURCES_HEADING[quote.verdict], '');
  for (const source of quote.sources) {
    lines.push(`- ${formatCitation(source.citation).markdown}`);
    if (quote.verdict === 'variant') lines.push(`  - Difference: ${diffMarkdown(source.diff)}`);
  }
  return lines;
}

/** A word diff in Markdown: `~~removed~~` (source only), `**added**` (page only). */
export function diffMarkdown(diff: readonly DiffPart[]): string {
  return diff
    .map((part) => {
      const text = escapeMarkdown(part.text);
      if (part.kind === 'same' || text.trim() === '') return text;
      // Emphasis markers must hug the words, so the spaces around them go outside.
      const [, lead, body, trail] = /^(\s*)(.*?)(\s*)$/s.exec(text)!;
      const mark = part.kind === 'removed' ? '~~' : '**';
      return `${lead}${mark}${body}${mark}${trail}`;
    })
    .join('');
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
