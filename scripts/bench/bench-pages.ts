/**
 * The story pages the benchmark loads besides the fixture pages: an article
 * with 10 KB of text and a page with 1 MB, both made of the fixture story
 * pages' own paragraphs (so real claims and quotes are spread through them).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { PAGES_DIR, servePages } from '../serve-pages.ts';

// The English story pages whose paragraphs fill the benchmark pages.
const STORY_PAGES = ['zdnet.html', 'kazinform.html', 'meta-denial.html', 'globe-reuters.html', 'diplomat.html'];
const TITLE = 'Facebook gives Kazakhstan government direct access to its content reporting system';

/** Every <p> of the story fixture pages, as written there (our own fixtures, not page text from the web). */
function storyParagraphs(): string[] {
  return STORY_PAGES.flatMap((name) =>
    [...readFileSync(join(PAGES_DIR, name), 'utf8').matchAll(/<p>[\s\S]*?<\/p>/g)].map((match) => match[0]),
  );
}

const textLength = (html: string) => html.replace(/<[^>]+>/g, '').length;

/** A story article whose paragraphs hold about `chars` characters of text. */
export function storyPage(chars: number): string {
  const paragraphs = storyParagraphs();
  const body: string[] = [];
  for (let length = 0, i = 0; length < chars; i += 1) {
    const paragraph = paragraphs[i % paragraphs.length]!;
    body.push(paragraph);
    length += textLength(paragraph);
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${TITLE}</title>
<meta name="description" content="Meta gave Kazakhstan's ministry access to the Content Reporting System."></head>
<body><article><h1>${TITLE}</h1>
${body.join('\n')}
</article></body></html>`;
}

/** The text of a story page of at least `chars` characters: the fixture story pages' paragraphs. */
export function storyPageText(chars: number): string {
  return storyPage(chars).replace(/<[^>]+>/g, ' ');
}

/** Its first `chars` characters. */
export function storyText(chars: number): string {
  return storyPageText(chars).slice(0, chars);
}

// Words of an ordinary local story: nothing of the Facebook and Kazakhstan one.
const CITY_WORDS = (
  'the city council voted on the budget for the new school year after a long debate about roads parks ' +
  'and water prices in the district while residents waited outside'
).split(' ');

function cityText(words: number, seed: number): string {
  return Array.from({ length: words }, (_, i) => CITY_WORDS[(i * 7 + seed) % CITY_WORDS.length]).join(' ') + '.';
}

/**
 * An article off the story on a page built as news sites build theirs: a header with 60 links
 * and icons, a search form, a grid with a sidebar of cards, figures, a hidden block, a footer of
 * link columns, and the page's data as JSON in a script (~150 KB of text, ~650 elements). Stage 1
 * meets pages like this far more often than a bare article.
 */
export function offTopicNewsPage(): string {
  const icon =
    '<svg viewBox="0 0 24 24" width="16" height="16"><path d="M0 0h24v24H0z"/><circle cx="12" cy="12" r="4"/></svg>';
  const repeat = (count: number, item: (i: number) => string) =>
    Array.from({ length: count }, (_, i) => item(i)).join('');
  const nav = repeat(
    60,
    (i) => `<li><a href="/section/${i}"><span>${CITY_WORDS[i % CITY_WORDS.length]}</span></a></li>`,
  );
  const related = (i: number) =>
    `<figure><picture><source srcset="/i${i}.webp" type="image/webp"><img src="/i${i}.jpg" alt="${cityText(6, i)}"></picture>` +
    `<figcaption>${cityText(10, i)}</figcaption></figure><aside><h4>Related</h4><ul>` +
    repeat(4, (j) => `<li><a href="/r${j}">${cityText(8, j)}</a> <time>2 hours ago</time></li>`) +
    '</ul></aside>';
  const paragraphs = repeat(
    30,
    (i) =>
      `<p>${cityText(40, i)} <a href="/x${i}">${cityText(3, i + 1)}</a> <strong>${cityText(5, i)}</strong> ` +
      `<em>${cityText(4, i)}</em></p>${i % 6 === 5 ? related(i) : ''}\n`,
  );
  const cards = repeat(
    10,
    (i) =>
      `<div class="card"><img src="/c${i}.jpg" alt=""><h3><a href="/c${i}">${cityText(9, i)}</a></h3>` +
      `<span>${icon}<time>${i} min</time></span><button aria-label="save">${icon}</button></div>`,
  );
  const footer = repeat(
    4,
    (c) =>
      `<div><h5>Column ${c}</h5><ul>${repeat(8, (i) => `<li><a href="/f${c}${i}">${CITY_WORDS[c + i]}</a></li>`)}</ul></div>`,
  );
  const data = JSON.stringify({
    articles: Array.from({ length: 400 }, (_, i) => ({
      id: i,
      title: cityText(12, i),
      body: cityText(40, i),
      tags: ['metadata'],
    })),
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>City council passes budget | The Daily Example</title>
<meta name="description" content="The council passed the budget after a long debate.">
<style>.grid { display: grid; grid-template-columns: 1fr 300px; } .hidden { display: none; }</style></head>
<body><header><a href="/">${icon}<span>The Daily Example</span></a>
<form><input type="search" name="q"><button>${icon}</button></form><nav><ul>${nav}</ul></nav></header>
<div class="grid"><main><article><h1>City council passes budget</h1><p><span>By a reporter</span> <time>Jan 1</time></p>
${paragraphs}<div class="hidden">${cityText(50, 3)}</div></article></main>
<aside><h2>Most read</h2>${cards}</aside></div>
<footer>${footer}<p><small>The Daily Example</small></p></footer>
<script type="application/json" id="page-data">${data}</script></body></html>`;
}

/** The generated pages by path: served beside the fixture pages. */
export function benchPages(): Map<string, string> {
  return new Map([
    ['/bench-story-10k.html', storyPage(10_000)],
    ['/bench-story-1m.html', storyPage(1_000_000)],
    ['/bench-offtopic-news.html', offTopicNewsPage()],
  ]);
}

/** Serves the fixture pages and the generated ones on a free port of 127.0.0.1. */
export async function serveBenchPages(): Promise<{ url(name: string): string; close(): void }> {
  const generated = benchPages();
  const fixtures = await servePages(0);
  const fixturePort = (fixtures.address() as AddressInfo).port;
  const server = createServer((request, response) => {
    const body = generated.get(request.url ?? '');
    if (body) response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    else response.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  return {
    url: (name) => `http://127.0.0.1:${name.startsWith('bench-') ? port : fixturePort}/${name}`,
    close() {
      server.close();
      fixtures.close();
    },
  };
}
