// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtinCorpus } from '../core/corpus/builtin-corpus.ts';
import { attachPopovers } from './popovers.tsx';
import { HIGHLIGHT_MARKER, UI_ATTRIBUTE } from './ui-marker.ts';

// The popover's code: records when it is loaded and what it is asked to show.
const loaded = vi.hoisted(() => ({ modules: 0, opened: [] as string[] }));
vi.mock('./popover-content.tsx', () => {
  loaded.modules += 1;
  return {
    languageRead: Promise.resolve(),
    openPopover: (host: unknown, _doc: Document, mark: HTMLElement) => {
      loaded.opened.push(mark.dataset.claim ?? '');
      return host ?? { isOpen: () => true, destroy: () => undefined };
    },
  };
});

afterEach(() => document.body.replaceChildren());

function highlight(claimId: string): HTMLElement {
  const mark = document.createElement('mark');
  mark.setAttribute(UI_ATTRIBUTE, HIGHLIGHT_MARKER);
  mark.dataset.claim = claimId;
  mark.textContent = 'direct and exclusive access';
  document.body.append(mark);
  return mark;
}

describe('attachPopovers', () => {
  it('loads the popover code on the first activation, not before', async () => {
    const mark = highlight('exclusive-access');
    const wiring = attachPopovers(document, builtinCorpus(), { claims: [], quotes: [] });
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

  it('opens nothing when destroyed while the code loads', async () => {
    const mark = highlight('joint-statement');
    const wiring = attachPopovers(document, builtinCorpus(), { claims: [], quotes: [] });
    const before = loaded.opened.length;
    mark.click();
    wiring.destroy();
    await new Promise((done) => setTimeout(done, 20));
    expect(loaded.opened).toHaveLength(before);
  });
});
