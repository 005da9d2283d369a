// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPage, type PageChanges, type PageWatch } from './page-watch.ts';
import { UI_ATTRIBUTE } from './ui-marker.ts';

let watch: PageWatch | undefined;
beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] }));
afterEach(() => {
  watch?.destroy();
  vi.useRealTimers();
  document.body.replaceChildren();
});

// MutationObserver callbacks run as microtasks; let them, then let time pass.
const settle = async (ms: number) => {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
};

function start(flush: (changes: PageChanges) => Promise<void> = async () => {}) {
  const seen: PageChanges[] = [];
  watch = watchPage(document.body, async (changes) => {
    seen.push(changes);
    await flush(changes);
  });
  return seen;
}

describe('watchPage', () => {
  it('follows text edits inside open shadow roots it is told of, also after a pause', async () => {
    const host = document.createElement('news-article');
    document.body.append(host);
    const text = document.createTextNode('old');
    host.attachShadow({ mode: 'open' }).append(text);
    const seen = start();
    text.data = 'unseen'; // A subtree observer does not enter a shadow root.
    await settle(1200);
    expect(seen).toHaveLength(0);
    watch!.watchShadowRoots([host.shadowRoot!, host.shadowRoot!]);
    watch!.pause();
    watch!.resume();
    text.data = 'new';
    await settle(1200);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.nodes).toEqual(new Set([text]));
  });

  it('tells of a text node edited in place at once, in the same microtask checkpoint, before any flush', async () => {
    const p = Object.assign(document.createElement('p'), { textContent: 'old' });
    document.body.append(p);
    const edited: Node[] = [];
    const seen: PageChanges[] = [];
    watch = watchPage(
      document.body,
      async (changes) => void seen.push(changes),
      (node) => edited.push(node),
    );
    (p.firstChild as Text).data = 'new';
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'more' }));
    await Promise.resolve();
    expect(edited).toEqual([p.firstChild]); // The added paragraph is not an edit in place.
    expect(seen).toHaveLength(0);
  });

  it('reports a text edit in place and an added paragraph, once per burst, with the nodes', async () => {
    const p = Object.assign(document.createElement('p'), { textContent: 'old' });
    document.body.append(p);
    const seen = start();
    (p.firstChild as Text).data = 'new';
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'more' }));
    await settle(100);
    expect(seen).toHaveLength(0); // Not quiet long enough yet.
    await settle(100);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.nodes).toEqual(new Set([p.firstChild, document.body]));
  });

  it('ignores what we change while paused, and elements without text', async () => {
    const seen = start();
    watch!.pause();
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'ours' }));
    watch!.resume();
    document.body.append(document.createElement('img'));
    const ui = document.createElement('div');
    ui.setAttribute(UI_ATTRIBUTE, 'popover');
    ui.textContent = 'our popover';
    document.body.append(ui);
    await settle(2000);
    expect(seen).toHaveLength(0);
  });

  it('ignores typing in an editable region', async () => {
    const editor = Object.assign(document.createElement('div'), { contentEditable: 'true', textContent: 'draft' });
    editor.setAttribute('contenteditable', 'true');
    document.body.append(editor);
    const seen = start();
    (editor.firstChild as Text).data = 'draft, typed';
    editor.append(document.createElement('br'), 'a new line');
    await settle(2000);
    expect(seen).toHaveLength(0);
  });

  it('reports text hidden, shown or made editable by attribute, but not a class or style change', async () => {
    const p = Object.assign(document.createElement('p'), { textContent: 'text' });
    document.body.append(p);
    const seen = start();
    p.className = 'fading';
    p.style.opacity = '0.5';
    await settle(1000);
    expect(seen).toHaveLength(0);
    p.setAttribute('hidden', '');
    await settle(200);
    p.setAttribute('contenteditable', 'true');
    await settle(200);
    expect(seen.map((changes) => [...changes.nodes])).toEqual([[p], [p]]);
  });

  it('follows a page that never settles, with no budget to use up', async () => {
    const item = Object.assign(document.createElement('li'), { textContent: 'item' });
    document.body.append(item);
    const seen = start();
    // A list reordered every 100 ms for 30 s: never quiet for 150 ms.
    for (let i = 0; i < 300; i += 1) {
      document.body.append(item);
      await settle(100);
    }
    expect(seen.length).toBeGreaterThanOrEqual(25); // At most MAX_WAIT_MS (1 s) between flushes.
  });

  it('spaces flushes by their cost, so a slow flush cannot take the page over', async () => {
    const p = Object.assign(document.createElement('p'), { textContent: 'x' });
    document.body.append(p);
    const seen = start(() => new Promise((done) => setTimeout(done, 1000))); // Each flush takes 1 s.
    for (let i = 0; i < 200; i += 1) {
      (p.firstChild as Text).data = String(i);
      await settle(100);
    }
    // 20 s of changes: each 1 s flush is followed by at least 4 s without one.
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen.length).toBeLessThanOrEqual(5);
  });

  it('counts how much text the page added and took away, without reading the body, not ours or typed', async () => {
    const p = Object.assign(document.createElement('p'), { textContent: 'Facebook' });
    const editor = Object.assign(document.createElement('div'), { contentEditable: 'true', textContent: 'draft' });
    document.body.append(p, editor);
    start();
    expect(watch!.textGrowth()).toBe(0);
    (p.firstChild as Text).data = 'Facebook and'; // Twice before the watch is told: +15 in all.
    (p.firstChild as Text).data = 'Facebook and Kazakhstan';
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'joint statement' })); // +15
    (editor.firstChild as Text).data = 'draft typed'; // Typing: not the page's text.
    await settle(0);
    expect(watch!.textGrowth()).toBe(30);
    p.remove(); // -23
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'pending' })); // +7, not yet seen
    watch!.pause(); // Takes the page's pending changes…
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'our own' })); // …not ours.
    watch!.resume();
    await settle(0);
    expect(watch!.textGrowth()).toBe(14);
    const host = document.createElement('div');
    host.setAttribute(UI_ATTRIBUTE, '');
    host.textContent = 'our popover';
    document.body.append(host);
    await settle(0);
    expect(watch!.textGrowth()).toBe(14);
  });

  it('flushes again on request, even with no change', async () => {
    const seen = start();
    watch!.again();
    await settle(200);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.nodes.size).toBe(0);
  });
});
