/**
 * Reads the seed documents and turns their text into page parts without
 * changing a word: blank-line-separated blocks, and the few markdown
 * decorations of document 000 ([text](url), *em*, **strong**, [[tag]]).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Inline } from './model.ts';

/** Reads a seed and splits it into trimmed, non-empty blocks (blank line = block break). */
export function readSeedBlocks(dir: string, file: string): string[] {
  const text = readFileSync(join(dir, file), 'utf8').replace(/\r\n?/g, '\n');
  return text
    .split(/\n[ \t\u00a0]*\n/)
    .map((b) =>
      b
        .split('\n')
        .map((line) => line.trim())
        .join('\n')
        .trim(),
    )
    .filter((b) => b.length > 0);
}

const MD_INLINE = /\[([^\]]+)\]\(([^)\s]+)\)|\*\*([^*]+)\*\*|\*([^*]+)\*/g;

/** Splits markdown-decorated text into inline parts: links keep their text, emphasis loses its stars. */
export function parseMarkdownInline(text: string): Inline[] {
  const parts: Inline[] = [];
  let last = 0;
  for (const m of text.matchAll(MD_INLINE)) {
    const at = m.index;
    if (at > last) parts.push(text.slice(last, at));
    if (m[1] !== undefined && m[2] !== undefined) parts.push({ text: m[1], href: m[2] });
    else parts.push({ em: m[3] ?? m[4] ?? '' });
    last = at + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** The plain words of markdown-decorated text, as a reader sees them. */
export function markdownPlainText(text: string): string {
  return parseMarkdownInline(text)
    .map((p) => (typeof p === 'string' ? p : 'href' in p ? p.text : p.em))
    .join('');
}

/** Strips `[[tag]]` brackets: `[[Facebook]] [[system,]]` -> `['Facebook', 'system,']`. */
export function parseTags(line: string): string[] {
  return [...line.matchAll(/\[\[([^\]]+)\]\]/g)].map((m) => m[1] ?? '');
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

/** Turns "November 1, 2021" into `{ iso: '2021-11-01', label }`; throws on anything else. */
export function parseLongDate(label: string): { iso: string; label: string } {
  const m = /^([A-Z][a-z]+) (\d{1,2}), (\d{4})$/.exec(label);
  const month = m ? MONTHS.indexOf(m[1] ?? '') + 1 : 0;
  if (!m || month === 0) throw new Error(`Unrecognised date: ${label}`);
  const iso = `${m[3]}-${String(month).padStart(2, '0')}-${String(m[2]).padStart(2, '0')}`;
  return { iso, label };
}

/** First sentence-ish of a text, cut at a word boundary to fit a meta description. */
export function summarize(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  return cut.slice(0, cut.lastIndexOf(' ')) + '…';
}
