/**
 * Seed 000 (ZDNet, markdown export) as a page: `#` title, `###` standfirst,
 * the Information list as the byline, the Article section as the body,
 * Related Coverage as the aside and [[tags]] as the tag list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticlePage, Block, Link } from './model.ts';
import { markdownPlainText, parseLongDate, parseMarkdownInline, parseTags, summarize } from './seed-text.ts';

/** What the markdown seed holds, by section. */
interface MarkdownSeed {
  title: string;
  standfirst: string;
  info: Map<string, string>;
  body: string[];
  related: string[];
  tags: string[];
}

// "Unknown" under "## Article:" is the scraper's empty author/caption field, not article text.
const NOT_TEXT = new Set(['Unknown']);

function parseSeed(text: string): MarkdownSeed {
  const seed: MarkdownSeed = { title: '', standfirst: '', info: new Map(), body: [], related: [], tags: [] };
  let section = 'head';
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const heading = /^(#+)\s+(.*)$/.exec(line);
    if (heading) {
      const [, hashes = '', rest = ''] = heading;
      if (hashes === '#') seed.title = rest;
      else if (section === 'head' && hashes === '###') seed.standfirst = rest;
      else section = rest.replace(/:$/, '').toLowerCase();
      continue;
    }
    if (section === 'information') {
      const m = /^\+\s*(\w+):\s*(.*)$/.exec(line);
      if (m?.[1] && m[2] !== undefined) seed.info.set(m[1], m[2]);
    } else if (section === 'article' && !NOT_TEXT.has(line)) seed.body.push(line);
    else if (section === 'related coverage') seed.related.push(line.replace(/^\*\s*/, ''));
    else if (section === 'tags') seed.tags.push(...parseTags(line));
  }
  return seed;
}

function firstLink(markdown: string): Link | undefined {
  const part = parseMarkdownInline(markdown).find((p) => typeof p !== 'string' && 'href' in p);
  return part && typeof part !== 'string' && 'href' in part ? part : undefined;
}

/** Builds the ZDNet page from seed 000. */
export function zdnetPage(seedsDir: string): ArticlePage {
  const seed = parseSeed(readFileSync(join(seedsDir, '000_691ac110e3908f7b.txt'), 'utf8'));
  const date = seed.info.get('Date');
  const body: Block[] = seed.body.map((line) => ({ kind: 'p', parts: parseMarkdownInline(line) }));
  return {
    file: 'zdnet.html',
    lang: 'en',
    title: seed.title,
    description: summarize(seed.standfirst),
    site: {
      name: seed.info.get('Source') ?? 'ZDNet',
      nav: ['Trending', 'Tech', 'Innovation', 'Business', 'Security'],
      accent: '#c1272d',
    },
    kicker: 'Security',
    headline: seed.title,
    standfirst: seed.standfirst,
    byline: {
      author: seed.info.get('Author'),
      date: date ? parseLongDate(date) : undefined,
      link: firstLink(seed.info.get('Link') ?? '')?.href,
    },
    body,
    tags: seed.tags,
    aside: {
      heading: 'Related Coverage',
      links: seed.related.map((md) => firstLink(md) ?? { text: markdownPlainText(md), href: '#' }),
    },
  };
}
