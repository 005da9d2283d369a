/**
 * Guards the promise that a seed page shows its document's words unchanged:
 * every line of the seed (markdown stripped) must appear, whole, inside one
 * block of the generated page's text. Independent of the renderer on purpose:
 * it reads the seed file and the output HTML, nothing in between.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Seed lines that are metadata, not text: shown differently (byline) or not at all.
const NOT_RENDERED = [/^(Information|Article|Unknown):?$/, /^(Source|Link|Date|Author): /];

const BLOCK_TAGS =
  /<\/?(p|h1|h2|li|ul|figcaption|figure|br|div|blockquote|header|footer|aside|nav|main|section|article)\b[^>]*>/g;

function unescape(text: string): string {
  return text.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? '',
  );
}

function squash(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** The text lines of a generated page: block tags break lines, inline tags vanish. */
export function pageTextLines(page: string): string[] {
  const body = page.replace(/<head>[\s\S]*?<\/head>/, '').replace(/<script[\s\S]*?<\/script>/g, '');
  const text = body.replace(BLOCK_TAGS, '\n').replace(/<[^>]+>/g, '');
  return unescape(text).split('\n').map(squash).filter(Boolean);
}

function seedLines(seed: string): string[] {
  return seed
    .split(/\r?\n/)
    .map((line) =>
      line
        .replace(/^#+\s*|^[+*]\s+/, '')
        .replace(/\[\[([^\]]+)\]\]/g, '$1')
        .replace(/\[([^\]]+)\]\([^)\s]+\)/g, '$1')
        .replace(/\*+([^*]+)\*+/g, '$1'),
    )
    .map(squash)
    .filter((line) => line && !NOT_RENDERED.some((re) => re.test(line)));
}

/** Returns the seed lines missing from the page (empty when the page is faithful). */
export function missingSeedLines(seedsDir: string, seedFile: string, page: string): string[] {
  const lines = pageTextLines(page);
  return seedLines(readFileSync(join(seedsDir, seedFile), 'utf8')).filter((s) => !lines.some((l) => l.includes(s)));
}
