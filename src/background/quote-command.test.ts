import { beforeEach, describe, expect, it, vi } from 'vitest';

// The platform seam replaced by a recorder of listeners and of what is injected into the page.
const listeners: Record<string, (...args: unknown[]) => unknown> = {};
const sent: unknown[][] = [];
const created: unknown[] = [];
const updated: unknown[][] = [];
vi.mock('../platform/browser.ts', () => {
  const event = (name: string) => ({ addListener: (fn: (...args: unknown[]) => unknown) => (listeners[name] = fn) });
  return {
    browser: {
      runtime: { onInstalled: event('installed') },
      contextMenus: {
        removeAll: async () => void (created.length = 0),
        create: (item: unknown) => created.push(item),
        update: async (id: string, change: object) => void updated.push([id, change]),
        onClicked: event('menu'),
      },
      commands: { onCommand: event('command') },
      scripting: { executeScript: async (injection: unknown) => (sent.push([injection]), []) },
    },
  };
});

// The reader chose Russian on the options page; the change listener is kept to fire it.
const languageListeners: ((lang: 'en' | 'ru' | 'kk') => void)[] = [];
vi.mock('../platform/ui-language.ts', () => ({
  readerLanguage: async () => 'ru',
  onReaderLanguageChange: (listener: (lang: 'en' | 'ru' | 'kk') => void) => languageListeners.push(listener),
}));

const { registerQuoteCommand } = await import('./quote-command.ts');
const { askInFrame, PAGE_ANSWER_KEY } = await import('../platform/page-answer.ts');

// A quote check of the frames `target` names, through the content script's answer (page-answer.ts).
const asked = (target: object) => ({
  target,
  func: askInFrame,
  args: [PAGE_ANSWER_KEY, { method: 'checkSelection', payload: {} }],
});

describe('quote command', () => {
  beforeEach(() => {
    sent.length = 0;
    created.length = 0;
    registerQuoteCommand();
  });

  it("adds one context-menu item for selected text on web pages, in the reader's language, also after an update", async () => {
    await listeners.installed!();
    await listeners.installed!();
    expect(created).toEqual([
      expect.objectContaining({ title: 'Проверить цитату в Counterpoint', contexts: ['selection'] }),
    ]);
  });

  it('renames the item when the reader chooses another language', () => {
    languageListeners.at(-1)!('kk');
    expect(updated).toEqual([['counterpoint-check-quote', { title: 'Дәйексөзді Counterpoint арқылы тексеру' }]]);
  });

  it('asks the clicked frame to check its selection', async () => {
    listeners.menu!({ menuItemId: 'counterpoint-check-quote', frameId: 3 }, { id: 7 });
    await Promise.resolve();
    expect(sent).toEqual([[asked({ tabId: 7, frameIds: [3] })]]);
  });

  it('asks the tab to check its selection on the keyboard shortcut, and ignores other commands', async () => {
    listeners.command!('something-else', { id: 7 });
    listeners.command!('check-quote', { id: 9 });
    await Promise.resolve();
    expect(sent).toEqual([[asked({ tabId: 9, allFrames: true })]]);
  });
});
