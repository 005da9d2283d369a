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

/** The generated pages by path: served beside the fixture pages. */
export function benchPages(): Map<string, string> {
  return new Map([
    ['/bench-story-10k.html', storyPage(10_000)],
    ['/bench-story-1m.html', storyPage(1_000_000)],
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
