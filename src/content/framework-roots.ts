/**
 * Decides, from what the DOM shows, whether a framework server-rendered this
 * page and may still hydrate it. Hydration compares the server's markup with
 * what the app renders and discards (React: errors #418, #423, #425) a tree
 * that was changed in between, so on such a page highlights must not touch
 * the DOM. A content script runs in an isolated world and cannot see the
 * page's scripts or globals: only the markup frameworks leave behind.
 *
 * Cheap by design: id and tag look-ups, the attributes of the few elements at
 * the top of the page (where apps mount), a look at a bounded number of inline
 * scripts, and a native comment walk that stops after a bounded number of
 * comments. Measured in Chromium on a generated page of 60,000 elements and
 * 150 ordinary comments (the worst case: no sign, so every check runs): see
 * the README.
 */

/** What gave a framework page away (for the README, tests and debugging). */
export type FrameworkSign =
  { kind: 'element'; selector: string } | { kind: 'comment'; data: string } | { kind: 'script' };

// Roots that server-rendering frameworks give an id: Next.js (pages router, and its
// hydration data), Nuxt, Gatsby. Looked up by id, which costs nothing.
const ROOT_IDS = ['__next', '__NEXT_DATA__', '__nuxt', '___gatsby'];
// Attributes they write on the app's root element: React < 18, Vue 2 SSR, Svelte's
// hydration hashes, SvelteKit, Qwik's container, Angular's version and hydration info.
// Not Vue 3's `data-v-app`: Vue sets it when the app mounts or has hydrated, so it says
// no hydration is to come (marks are then safe, and the page watch follows re-renders);
// a Vue 3 page still to hydrate shows its `<!--[-->` fragment anchors instead.
const ROOT_ATTRIBUTES = [
  'data-reactroot',
  'data-server-rendered',
  'data-svelte-h',
  'data-sveltekit-hydrate',
  'q:container',
  'ng-version',
  'ngh',
];
// Elements that hydrate on their own schedule: Astro's islands.
const ISLAND_TAGS = ['astro-island'];
/** How deep under <body> the app root is looked for: frameworks mount near the top. */
export const ROOT_DEPTH = 3;
/** Elements looked at for root attributes, at most (a wide page's top levels stay cheap). */
export const MAX_ROOT_CANDIDATES = 300;

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
  const element = markerElement(doc);
  if (element) return { kind: 'element', selector: element };
  if (hasHydrationScript(doc)) return { kind: 'script' };
  const comment = frameworkComment(doc);
  return comment === null ? null : { kind: 'comment', data: comment };
}

// No attribute selector over the whole page: on 60,000 elements that took 9.5 ms in Chromium.
function markerElement(doc: Document): string | null {
  const id = ROOT_IDS.find((name) => doc.getElementById(name));
  if (id) return `#${id}`;
  const tag = ISLAND_TAGS.find((name) => doc.getElementsByTagName(name).length > 0);
  if (tag) return tag;
  for (const element of rootCandidates(doc)) {
    const attribute = ROOT_ATTRIBUTES.find((name) => element.hasAttribute(name));
    if (attribute) return `[${attribute}]`;
  }
  return null;
}

// <html>, <body> and the elements up to ROOT_DEPTH levels under it, breadth first, bounded.
function rootCandidates(doc: Document): Element[] {
  const found: Element[] = [doc.documentElement];
  let level: Element[] = doc.body ? [doc.body] : [];
  for (let depth = 0; depth <= ROOT_DEPTH && level.length > 0 && found.length < MAX_ROOT_CANDIDATES; depth += 1) {
    const kept = level.slice(0, MAX_ROOT_CANDIDATES - found.length);
    found.push(...kept);
    level = kept.flatMap((element) => [...element.children].slice(0, MAX_ROOT_CANDIDATES));
  }
  return found;
}

function hasHydrationScript(doc: Document): boolean {
  // document.scripts is a collection the browser keeps: no selector matching over the page.
  let looked = 0;
  for (const script of doc.scripts) {
    if (script.src) continue;
    if (looked++ >= MAX_SCRIPTS) return false;
    // Only the head of each script: the marker opens the script, and pages inline megabytes.
    const head = (script.textContent ?? '').slice(0, 200);
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
