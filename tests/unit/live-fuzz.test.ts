// @vitest-environment happy-dom
/**
 * The seeded fuzz test of highlighting on live pages (tests/support/fuzz-pages.ts):
 * a few hundred generated pages with the pack's claim phrases, inline markup,
 * hidden parts and Unicode edge cases, highlighted, then changed by their
 * script and followed by the reconciler, then switched off. Each page is built
 * twice: the copy nobody highlights is the page's own state. Asserts: no error,
 * text unchanged by highlighting, the same text as the page's own once the
 * highlights caught up (nothing stale, nothing reverted), no mark in hidden or
 * editable content, and after switching off the DOM node for node the page's own.
 */
import { describe, expect, it } from 'vitest';
import { builtinCorpus } from '../../src/core/corpus/builtin-corpus.ts';
import { highlightRanges, highlightRangesInSteps } from '../../src/content/highlight.ts';
import { planBlocks } from '../../src/content/block-plan.ts';
import { extractTextInSteps } from '../../src/content/extract-text.ts';
import { reconcile, type LiveMarks } from '../../src/content/reconcile.ts';
import { buildPage, mutate, type FuzzPage } from '../support/fuzz-pages.ts';
import { readClaims } from '../support/read-claims.ts';
import { random } from '../support/random.ts';

const PAGES = 300;
const corpus = builtinCorpus();
const isHidden = (element: Element) => (element as HTMLElement).style?.display === 'none';

function read(root: Element) {
  return readClaims(root, corpus, 'counterpoint-claim', { isHidden });
}

function follow(live: LiveMarks, root: Element) {
  return reconcile(
    live,
    { nodes: new Set(), all: true },
    {
      root,
      read: async () => read(root),
      ourChange: (change) => change(),
      highlight: (extracted, ranges) => highlightRangesInSteps(root, extracted, ranges, () => undefined),
      extract: () => extractTextInSteps(root, { isHidden }, () => Promise.resolve()),
    },
  );
}

// Marks where no reader sees them or where the reader writes.
function misplacedMarks(root: Element): number {
  return [...root.querySelectorAll('mark')].filter((mark) =>
    mark.parentElement!.closest('[hidden], [aria-hidden="true"], [style*="none"], [contenteditable="true"]'),
  ).length;
}

describe('live pages, fuzzed', () => {
  it(`${PAGES} seeded pages: highlighted, changed by their script, followed, switched off`, async () => {
    let marked = 0;
    const kinds = new Map<string, number>();
    for (let seed = 1; seed <= PAGES; seed += 1) {
      const mine = buildPage(document, seed);
      const theirs = buildPage(document, seed);
      document.body.replaceChildren(mine.root);
      const where = `seed ${seed}`;
      expect(mine.root.isEqualNode(theirs.root), where).toBe(true);

      const first = read(mine.root);
      const highlights = highlightRanges(mine.root, first.extracted, first.ranges);
      const signatures = new Map(
        [...planBlocks(mine.root, first.extracted, first.ranges, first.lengths).signatures].filter(([block]) =>
          highlights.blocks().has(block),
        ),
      );
      const live: LiveMarks = { highlights, signatures };
      marked += highlights.marks.length;
      expect(mine.root.textContent, where).toBe(theirs.root.textContent);
      expect(misplacedMarks(mine.root), where).toBe(0);

      const rng = random(seed * 7919);
      for (let round = 0; round < 3; round += 1) {
        const touched = new Set<Node>();
        for (let i = Math.floor(rng() * 5); i > 0; i -= 1) {
          const kind = mutate([mine, theirs], rng, touched);
          kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
        }
        await follow(live, mine.root);
        const step = `${where}, round ${round}`;
        expect(mine.root.textContent, step).toBe(theirs.root.textContent);
        expect(misplacedMarks(mine.root), step).toBe(0);
        expect(
          live.highlights.marks.every((mark) => mine.root.contains(mark)),
          step,
        ).toBe(true);
      }

      live.highlights.remove();
      expect(mine.root.querySelector('mark'), where).toBeNull();
      expect(sameDom(mine, theirs), where).toBe(true);
    }
    // The pages really were highlighted and really changed.
    expect(marked).toBeGreaterThan(PAGES);
    for (const kind of ['data', 'remove', 'insert', 'move', 'text', 'hide', 'editable'])
      expect(kinds.get(kind) ?? 0, kind).toBeGreaterThan(20);
  }, 60_000);
});

function sameDom(mine: FuzzPage, theirs: FuzzPage): boolean {
  return mine.root.isEqualNode(theirs.root);
}
