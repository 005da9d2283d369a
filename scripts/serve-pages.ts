/**
 * Serves the demo and fixture pages (tests/fixtures/pages) on 127.0.0.1, for
 * `npm start` and the end-to-end tests. Static files only, no directory listing.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

/** Folder the pages are served from. */
export const PAGES_DIR = join(import.meta.dirname, '..', 'tests', 'fixtures', 'pages');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Starts the server on `port` (0 = any free port) and resolves once it listens. */
export function servePages(port: number): Promise<Server> {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const file = normalize(join(PAGES_DIR, path === '/' ? 'index.html' : decodeURIComponent(path)));
    if (!file.startsWith(PAGES_DIR + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

// Run directly (`tsx scripts/serve-pages.ts [port]`), as Playwright's web server does.
if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const port = Number(process.argv[2] ?? 4173);
  void servePages(port).then(() => console.log(`Serving ${PAGES_DIR} on http://127.0.0.1:${port}/`));
}
