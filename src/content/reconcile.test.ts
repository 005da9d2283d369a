// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { builtinCorpus } from '../core/corpus/builtin-corpus.ts';
import { readClaims } from '../../tests/support/read-claims.ts';
import { planBlocks } from './block-plan.ts';
import { extractText, extractTextInSteps, type ExtractedText } from './extract-text.ts';
import { highlightRanges, highlightRangesInSteps } from './highlight.ts';
import { reconcile, type LiveMarks } from './reconcile.ts';

const corpus = builtinCorpus();
afterEach(() => document.body.replaceChildren());

function read(root: Element) {
  return readClaims(root, corpus, 'c');
}

// Fixtures are our own constants, never page text.
function page(html: string): { root: HTMLElement; live: LiveMarks } {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  const first = read(root);
  const highlights = highlightRanges(root, first.extracted, first.ranges);
  const marked = highlights.blocks();
  const signatures = new Map(
    [...planBlocks(root, first.extracted, first.ranges, first.lengths).signatures].filter(([block]) =>
      marked.has(block),
    ),
  );
  return { root, live: { highlights, signatures } };
}

function follow(
  root: HTMLElement,
  live: LiveMarks,
  nodes: Node[] = [],
  extract = async (): Promise<ExtractedText | null> => extractText(root),
) {
  let changes = 0;
  return reconcile(
    live,
    { nodes: new Set(nodes), all: false },
    {
      root,
      read: async () => read(root),
      ourChange: (change) => {
        changes += 1;
        change();
      },
      highlight: (extracted, ranges) => highlightRangesInSteps(root, extracted, ranges, () => undefined),
      extract,
    },
  ).then((done) => ({ done, changes }));
}

const LIST =
  '<ul><li>They called it a joint statement.</li><li>The first of its kind in Central Asia.</li>' +
  '<li>Such censorship tools serve the state.</li></ul>';

describe('reconcile', () => {
  it('changes nothing in the DOM when a list is only reordered', async () => {
    const { root, live } = page(LIST);
    const marks = [...live.highlights.marks];
    const ul = root.querySelector('ul')!;
    ul.append(ul.firstElementChild!);
    const { done, changes } = await follow(root, live, [ul]);
    expect(done?.retry).toBe(false);
    expect(changes).toBe(0);
    expect(new Set(live.highlights.marks)).toEqual(new Set(marks));
  });

  it('re-marks only the block whose text the page rewrote', async () => {
    const { root, live } = page(LIST);
    const [first, second] = [...root.querySelectorAll('li')];
    const kept = second!.querySelector('mark');
    (first!.firstChild as Text).data = 'Meta says it follows a consistent global process.';
    await follow(root, live, [first!.firstChild!]);
    expect(first!.textContent).toBe('Meta says it follows a consistent global process.');
    expect(first!.querySelector('mark')?.dataset.claim).toBe('same-global-process');
    expect(second!.querySelector('mark')).toBe(kept);
    expect(live.highlights.marks.map((mark) => mark.dataset.claim)).toEqual([
      'same-global-process',
      'first-in-central-asia',
      'censorship-concerns',
    ]);
  });

  it('puts off a block the reader is focused in, and says to come back', async () => {
    const { root, live } = page(LIST);
    const li = root.querySelector('li')!;
    const mark = li.querySelector('mark')!;
    mark.tabIndex = 0;
    mark.focus();
    li.append(' More: they spoke of a win-win.');
    const { done } = await follow(root, live, [li]);
    expect(done?.retry).toBe(true);
    expect(document.activeElement).toBe(mark);
    expect(li.querySelectorAll('mark')).toHaveLength(1);
  });

  it('marks nothing from a second read the page changed under, and says to come back', async () => {
    const { root, live } = page(LIST);
    const [first, second] = [...root.querySelectorAll('li')];
    (first!.firstChild as Text).data = 'Meta says it follows a consistent global process.';
    // The page adds text while the blocks it changed are read again (the read pauses on a long page).
    const { done } = await follow(root, live, [first!.firstChild!], async () => {
      second!.append(' Officials called it a win-win.');
      return extractTextInSteps(root, {}, () => undefined);
    });
    expect(done?.retry).toBe(true);
    expect(first!.querySelector('mark')).toBeNull();
    expect(second!.textContent).toBe('The first of its kind in Central Asia. Officials called it a win-win.');
    expect(live.highlights.marks.map((mark) => mark.dataset.claim)).toEqual([
      'first-in-central-asia',
      'censorship-concerns',
    ]);
  });

  it('drops the marks of a block the page removed, and reads new text anywhere', async () => {
    const { root, live } = page(LIST);
    root.querySelector('li')!.remove();
    const p = document.createElement('p');
    p.textContent = 'Officials called it a win-win.';
    root.append(p);
    await follow(root, live, [root]);
    expect(live.highlights.marks.map((mark) => mark.dataset.claim)).toEqual([
      'first-in-central-asia',
      'censorship-concerns',
      'win-win',
    ]);
    expect(live.highlights.marks.every((mark) => root.contains(mark))).toBe(true);
  });
});
