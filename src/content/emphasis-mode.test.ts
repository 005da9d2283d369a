// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EmphasisMode } from '../core/view/emphasis.ts';
import { currentMode, followSiteMode, showInMode, stopFollowing } from './emphasis-mode.ts';
import { injectPageStyle } from './page-style.ts';

// The storage seam, replaced: a stored mode and the change listeners.
const storage = vi.hoisted(() => ({ mode: 'contested' as string, listeners: new Set<(mode: string) => void>() }));
vi.mock('../platform/emphasis-settings.ts', () => ({
  getSiteEmphasis: async () => storage.mode,
  onSiteEmphasisChange: (_host: string, listener: (mode: string) => void) => {
    storage.listeners.add(listener);
    return () => storage.listeners.delete(listener);
  },
}));

function change(mode: EmphasisMode): void {
  storage.mode = mode;
  for (const listener of storage.listeners) listener(mode);
}

function marks(): HTMLElement[] {
  document.body.replaceChildren();
  const first = document.createElement('mark');
  first.setAttribute('tabindex', '0');
  const rest = document.createElement('mark'); // A later piece of the same highlight: never a tab stop.
  document.body.append(first, rest);
  return [first, rest];
}

const ourStyle = () => document.head.querySelector('style[data-counterpoint]')?.textContent ?? '';

afterEach(() => {
  stopFollowing();
  document.head.replaceChildren();
  storage.mode = 'contested';
});

describe('emphasis mode in the page', () => {
  it('reads the stored mode before anything is shown', async () => {
    storage.mode = 'all';
    expect(await followSiteMode('news.example')).toBe('all');
    expect(currentMode()).toBe('all');
  });

  it('restyles at once and takes marks out of the tab order only in "none"', async () => {
    await followSiteMode('news.example');
    const [first, rest] = marks();
    const style = injectPageStyle(document, currentMode());
    showInMode({ style, marks: [first!, rest!] });
    expect(ourStyle()).toContain('[data-emphasis="quiet"]');

    change('none');
    expect(ourStyle()).toContain('border-bottom: 0');
    expect(first!.getAttribute('tabindex')).toBe('-1');
    expect(rest!.hasAttribute('tabindex')).toBe(false);

    change('all');
    expect(ourStyle()).not.toContain('data-emphasis');
    expect(first!.getAttribute('tabindex')).toBe('0');
  });

  it('keeps the mode across re-scans and stops listening when switched off', async () => {
    await followSiteMode('news.example');
    change('none');
    showInMode(null); // A re-scan: the old marks are gone ...
    const [first] = marks();
    showInMode({ style: injectPageStyle(document, currentMode()), marks: [first!] }); // ... new ones come up in "none".
    expect(first!.getAttribute('tabindex')).toBe('-1');
    stopFollowing();
    expect(storage.listeners.size).toBe(0);
  });
});
