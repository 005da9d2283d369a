// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtinCorpus } from '../core/corpus/builtin-corpus.ts';
import { registerMark } from './our-marks.ts';
import { attachPopovers } from './popovers.tsx';
import { HIGHLIGHT_MARKER, UI_ATTRIBUTE } from './ui-marker.ts';

// The popover's code: records when it is loaded and what it is asked to show.
const loaded = vi.hoisted(() => ({ modules: 0, opened: [] as string[], scans: [] as unknown[], repositioned: 0 }));
vi.mock('./popover-content.tsx', () => {
  loaded.modules += 1;
  return {
    languageRead: Promise.resolve(),
    openPopover: (host: unknown, _doc: Document, mark: HTMLElement, _corpus: unknown, scan: unknown) => {
      loaded.opened.push(mark.dataset.claim ?? '');
      loaded.scans.push(scan);
      return (
        host ?? {
          isOpen: () => true,
          reposition: () => (loaded.repositioned += 1),
          destroy: () => undefined,
        }
      );
    },
  };
});

afterEach(() => document.body.replaceChildren());

// A mark as the page could write it; `ours` also records it the way highlight.ts does.
function highlight(claimId: string, ours = true, parent: Element = document.body): HTMLElement {
  const mark = document.createElement('mark');
  mark.setAttribute(UI_ATTRIBUTE, HIGHLIGHT_MARKER);
  mark.dataset.claim = claimId;
  mark.textContent = 'direct and exclusive access';
  parent.append(mark);
  if (ours) registerMark(mark, { 'data-claim': claimId });
  return mark;
}

// happy-dom's events are all untrusted: these stand for the reader's own.
const trusted = { trusts: () => true };
const settle = () => new Promise((done) => setTimeout(done, 20));

describe('attachPopovers', () => {
  it('loads the popover code on the first activation, not before', async () => {
    const mark = highlight('exclusive-access');
    const wiring = attachPopovers(document, async () => builtinCorpus(), { claims: [], quotes: [] }, trusted);
    await new Promise((done) => setTimeout(done, 10));
    expect(loaded.modules).toBe(0);
    expect(wiring.isOpen()).toBe(false);
    mark.click();
    await vi.waitFor(() => expect(loaded.opened).toEqual(['exclusive-access']));
    expect(loaded.modules).toBe(1);
    expect(wiring.isOpen()).toBe(true);
    mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await vi.waitFor(() => expect(loaded.opened).toHaveLength(2));
    expect(loaded.modules).toBe(1);
    wiring.destroy();
  });

  it('opens a popover clicked while the page is read again, with the scan its mark came from', async () => {
    const mark = highlight('first-in-central-asia');
    let loadCorpus = () => undefined as unknown;
    const corpus = new Promise<ReturnType<typeof builtinCorpus>>((done) => (loadCorpus = () => done(builtinCorpus())));
    const drawn = { claims: [], quotes: [] };
    const wiring = attachPopovers(document, () => corpus, drawn, trusted);
    const before = loaded.scans.length;
    mark.click();
    // A reconcile publishes while the corpus is still loading: the click is not dropped, and a
    // quote's mark, which names its quote by index, is not read against the new scan.
    const reread = {
      claims: [{ claimId: 'first-in-central-asia', start: 0, end: 27, patternId: 'p', confidence: 1 }],
      quotes: [],
    };
    wiring.rescan(reread);
    loadCorpus();
    await vi.waitFor(() => expect(loaded.scans).toHaveLength(before + 1));
    expect(loaded.scans.at(-1)).toBe(drawn);
    // A click after the reconcile gets the new scan.
    mark.click();
    await vi.waitFor(() => expect(loaded.scans).toHaveLength(before + 2));
    expect(loaded.scans.at(-1)).toBe(reread);
    wiring.destroy();
  });

  it('counts a popover still loading as open, and has an open one placed again, or closed, when the page was read again (popover-host.test.tsx)', async () => {
    const mark = highlight('exclusive-access');
    const wiring = attachPopovers(document, async () => builtinCorpus(), { claims: [], quotes: [] }, trusted);
    wiring.rescan({ claims: [], quotes: [] }); // Nothing open: nothing to place.
    const opened = loaded.opened.length;
    mark.click();
    expect(wiring.isOpen()).toBe(true); // Asked for, its code still loading: open to the scanner.
    await vi.waitFor(() => expect(loaded.opened).toHaveLength(opened + 1));
    const before = loaded.repositioned;
    wiring.rescan({ claims: [], quotes: [] });
    expect(loaded.repositioned).toBe(before + 1);
    wiring.destroy();
  });

  it('opens nothing when destroyed while the code loads', async () => {
    const mark = highlight('joint-statement');
    const wiring = attachPopovers(document, async () => builtinCorpus(), { claims: [], quotes: [] }, trusted);
    const before = loaded.opened.length;
    mark.click();
    wiring.destroy();
    await new Promise((done) => setTimeout(done, 20));
    expect(loaded.opened).toHaveLength(before);
  });

  it('ignores untrusted events: a page script clicking or pressing Enter on a mark opens nothing', async () => {
    const mark = highlight('exclusive-access');
    const wiring = attachPopovers(document, async () => builtinCorpus(), { claims: [], quotes: [] });
    const before = loaded.opened.length;
    mark.click();
    mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    mark.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    await settle();
    expect(loaded.opened).toHaveLength(before);
    wiring.destroy();
  });

  it('ignores a mark the page wrote itself, even for a trusted click', async () => {
    const forged = highlight('joint-statement', false);
    const wiring = attachPopovers(document, async () => builtinCorpus(), { claims: [], quotes: [] }, trusted);
    const before = loaded.opened.length;
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    forged.dispatchEvent(click);
    await settle();
    expect(loaded.opened).toHaveLength(before);
    expect(click.defaultPrevented).toBe(false);
    wiring.destroy();
  });

  it('keeps the default action in a summary or label, and cancels it in a link', async () => {
    const wiring = attachPopovers(document, async () => builtinCorpus(), { claims: [], quotes: [] }, trusted);
    const clickOn = (parentTag: string) => {
      const parent = document.createElement(parentTag);
      if (parentTag === 'a') parent.setAttribute('href', '#elsewhere');
      document.body.append(parent);
      const click = new MouseEvent('click', { bubbles: true, cancelable: true });
      highlight('exclusive-access', true, parent).dispatchEvent(click);
      return click.defaultPrevented;
    };
    const before = loaded.opened.length;
    expect(clickOn('summary')).toBe(false);
    expect(clickOn('label')).toBe(false);
    expect(clickOn('a')).toBe(true);
    expect(clickOn('span')).toBe(false);
    // The popover opens in every case (the latest activation wins the load, so count what asked).
    await vi.waitFor(() => expect(loaded.opened.length).toBeGreaterThan(before));
    wiring.destroy();
  });
});
