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
      scripting: {
        // Frame 0 is the page, with the content script; frames 3 and 5 have none until given it.
        executeScript: async (injection: { target: { frameIds?: number[] }; func?: unknown; files?: string[] }) => {
          sent.push([injection]);
          const frames = injection.target.frameIds ?? [0, 3, 5];
          return frames.map((frameId) => ({
            frameId,
            result: injection.func === frameState ? { selected: selection.has(frameId), answers: frameId === 0 } : null,
          }));
        },
      },
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
const { askInFrame, frameState, PAGE_ANSWER_KEY } = await import('../platform/page-answer.ts');

// The frames where the reader has selected text.
const selection = new Set<number>();
// What the background runs in the tab: each frame's state, the content script given to a frame, the
// quote check asked of frames through the content script's answer (page-answer.ts).
const stateOf = (target: object) => [{ target, func: frameState, args: [PAGE_ANSWER_KEY] }];
const given = (frameIds: number[]) => [{ target: { tabId: 7, frameIds }, files: ['stage1.js'] }];
const asked = (frameIds: number[]) => [
  {
    target: { tabId: 7, frameIds },
    func: askInFrame,
    args: [PAGE_ANSWER_KEY, { method: 'checkSelection', payload: {} }],
  },
];

describe('quote command', () => {
  beforeEach(() => {
    sent.length = 0;
    selection.clear();
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

  it('asks the clicked frame to check its selection, giving it the content script first', async () => {
    selection.add(3);
    listeners.menu!({ menuItemId: 'counterpoint-check-quote', frameId: 3 }, { id: 7 });
    await vi.waitFor(() => expect(sent).toHaveLength(3));
    expect(sent).toEqual([stateOf({ tabId: 7, frameIds: [3] }), given([3]), asked([3])]);
  });

  it('on the keyboard shortcut, asks the frames holding a selection, and ignores other commands', async () => {
    listeners.command!('something-else', { id: 7 });
    selection.add(0);
    listeners.command!('check-quote', { id: 7 });
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    // The page has the content script already.
    expect(sent).toEqual([stateOf({ tabId: 7, allFrames: true }), asked([0])]);
  });

  it('asks nothing when no frame holds a selection', async () => {
    listeners.command!('check-quote', { id: 7 });
    await new Promise((done) => setTimeout(done, 10));
    expect(sent).toEqual([stateOf({ tabId: 7, allFrames: true })]);
  });
});
