/**
 * Decides, from what the DOM shows, whether a framework server-rendered this
 * page and may still hydrate it. Hydration compares the server's markup with
 * what the app renders and discards (React: errors #418, #423, #425) a tree
 * that was changed in between, so on such a page highlights must not touch
 * the DOM. A content script runs in an isolated world and cannot see the
 * page's scripts or globals: only the markup frameworks leave behind.
 *
 * Cheap by design: one querySelector for marker elements and attributes, a
 * look at a bounded number of inline scripts, and a comment walk that stops
 * after a bounded number of comments.
 */

/** What gave a framework page away (for the README, tests and debugging). */
export type FrameworkSign =
  { kind: 'element'; selector: string } | { kind: 'comment'; data: string } | { kind: 'script' };

// Elements and attributes that server-rendering frameworks write into their markup.
const MARKER_SELECTORS = [
  '#__next', // Next.js (pages router) root
  'script#__NEXT_DATA__', // Next.js props for hydration
  '[data-reactroot]', // React < 18 server markup
  '#__nuxt', // Nuxt root
  '[data-server-rendered]', // Vue 2 SSR root
  '[data-v-app]', // Vue 3 app root
  '[data-svelte-h]', // Svelte hydration hash
  '[data-sveltekit-hydrate]', // SvelteKit
  'astro-island', // Astro islands hydrate on their own schedule
  '[q\\:container]', // Qwik resumes from its container
  '#___gatsby', // Gatsby root
  '[ng-version][ngh]', // Angular with hydration
  '[ngh]',
];
const MARKERS = MARKER_SELECTORS.join(',');

// Comments frameworks leave in server markup: React's text separator "<!-- -->"
// and Suspense boundaries ("$", "/$", "$?", "$!"), Vue's and Svelte's fragment
// anchors ("[", "]"), Svelte 5's empty anchors, Solid's "#"/"/", Qwik's "qv" and Lit's parts.
const FRAMEWORK_COMMENTS: ReadonlySet<string> = new Set([' ', '', '$', '/$', '$?', '$!', '[', ']', '#', '/']);
const COMMENT_PREFIXES = ['q:', 'qv ', '/qv', 'lit-part', '?lit$'];

/** Comments looked at before giving up: a framework page has its markers early and often. */
export const MAX_COMMENTS = 200;
/** Inline scripts looked at for streamed hydration data (Next.js app router: `self.__next_f`). */
export const MAX_SCRIPTS = 40;

/** The first sign that a framework server-rendered `doc` for hydration, or null for a page marks may change. */
export function frameworkSign(doc: Document): FrameworkSign | null {
  const marker = doc.querySelector(MARKERS);
  if (marker) return { kind: 'element', selector: MARKER_SELECTORS.find((selector) => marker.matches(selector))! };
  if (hasHydrationScript(doc)) return { kind: 'script' };
  const comment = frameworkComment(doc);
  return comment === null ? null : { kind: 'comment', data: comment };
}

function hasHydrationScript(doc: Document): boolean {
  const scripts = doc.querySelectorAll('script:not([src])');
  const count = Math.min(scripts.length, MAX_SCRIPTS);
  for (let i = 0; i < count; i += 1) {
    // Only the head of each script: the marker opens the script, and pages inline megabytes.
    const head = (scripts[i]!.textContent ?? '').slice(0, 200);
    if (head.includes('self.__next_f') || head.includes('__remixContext') || head.includes('window.__NUXT__'))
      return true;
  }
  return false;
}

function frameworkComment(doc: Document): string | null {
  const root = doc.body ?? doc.documentElement;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  for (let seen = 0; seen < MAX_COMMENTS; seen += 1) {
    const comment = walker.nextNode() as Comment | null;
    if (!comment) return null;
    const data = comment.data;
    if (FRAMEWORK_COMMENTS.has(data) || COMMENT_PREFIXES.some((prefix) => data.startsWith(prefix))) return data;
  }
  return null;
}
