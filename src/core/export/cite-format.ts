/**
 * A citation as words: one plain-text line and the same as Markdown. The
 * source's words are never changed; Markdown escapes its syntax characters so
 * that the rendered text is the source's exact words.
 */
import type { Citation, SpeakerInfo } from './page-findings.ts';

/** A citation in both forms the "Copy citation" buttons offer. */
export interface FormattedCitation {
  plain: string;
  markdown: string;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "1 November 2021" or, for a month-only corpus date, "November 2021" (never an invented day). */
export function longDate(date: string): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return date;
  return match[3] ? `${Number(match[3])} ${month} ${match[1]}` : `${month} ${match[1]}`;
}

/**
 * Escapes the Markdown syntax that can occur inside a line (emphasis, code,
 * links, HTML, strike-through) so the text renders as itself; line breaks
 * become spaces, since every use is inside one line or paragraph.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>~]/g, '\\$&').replace(/\s+/g, ' ');
}

/** "Ben McConaghy (Meta spokesman, Meta Platforms)"; the organisation is left out when the name is it. */
export function speakerLabel(speaker: SpeakerInfo): string {
  const details = [speaker.role, speaker.organisation === speaker.name ? '' : speaker.organisation].filter(Boolean);
  return details.length > 0 ? `${speaker.name} (${details.join(', ')})` : speaker.name;
}

/** Who and where, e.g. "Ben McConaghy (…), quoted in Reuters": only a direct quote is the speaker's own wording. */
function attribution(citation: Citation, name: (text: string) => string, outlet: string): string {
  const labels = citation.speakers.map((speaker) => name(speakerLabel(speaker)));
  const speakers = labels.length > 1 ? `${labels.slice(0, -1).join('; ')} and ${labels.at(-1)}` : (labels[0] ?? '');
  if (citation.kind === 'editorial-assessment' || speakers === '') return outlet;
  if (citation.kind === 'reported-statement') return `${outlet}, reporting ${speakers}`;
  if (citation.kind === 'direct-quote') return `${speakers}, quoted in ${outlet}`;
  return `${outlet}, attributed to ${speakers}`;
}

function when(citation: Citation): string {
  return longDate(citation.said ?? citation.published);
}

/** Formats a citation as a plain line and as Markdown. */
export function formatCitation(citation: Citation): FormattedCitation {
  const plainWhere = citation.url
    ? `Source: ${citation.url}`
    : `Source: "${citation.title}", ${citation.outlet}, ${longDate(citation.published)} (no URL in the source)`;
  const plain = `${attribution(citation, (text) => text, citation.outlet)}, ${when(citation)}: “${flat(citation.words)}” ${plainWhere}`;
  const outlet = `*${escapeMarkdown(citation.outlet)}*`;
  const markdownWhere = citation.url
    ? `[${escapeMarkdown(citation.title)}](<${citation.url}>)`
    : `“${escapeMarkdown(citation.title)}”, ${outlet}, ${longDate(citation.published)} (no URL in the source)`;
  const markdown = `${attribution(citation, escapeMarkdown, outlet)}, ${when(citation)}: “${escapeMarkdown(citation.words)}” Source: ${markdownWhere}`;
  return { plain, markdown };
}

// A citation is one line: line breaks inside the source's words become spaces.
function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}
