import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The extension APIs this seam wraps: storage with change events, and the catalogue the browser chose.
type Change = Record<string, { oldValue?: unknown; newValue?: unknown }>;
let stored: Record<string, unknown> = {};
let browserCatalogue = 'kk';
const changeListeners = new Set<(changes: Change, area: string) => void>();
const fakeChrome = {
  storage: {
    local: {
      get: async (key: string) => (key in stored ? { [key]: stored[key] } : {}),
      set: async (values: Record<string, unknown>) => {
        const changes: Change = {};
        for (const [key, value] of Object.entries(values)) changes[key] = { oldValue: stored[key], newValue: value };
        stored = { ...stored, ...values };
        for (const listener of changeListeners) listener(changes, 'local');
      },
    },
    onChanged: {
      addListener: (listener: (changes: Change, area: string) => void) => changeListeners.add(listener),
      removeListener: (listener: (changes: Change, area: string) => void) => changeListeners.delete(listener),
    },
  },
  i18n: {
    getMessage: (name: string) => (name === 'catalogueLanguage' ? browserCatalogue : ''),
    getUILanguage: () => 'en-US',
  },
};

beforeEach(() => {
  stored = {};
  browserCatalogue = 'kk';
  changeListeners.clear();
  vi.stubGlobal('chrome', fakeChrome);
});
afterEach(() => vi.unstubAllGlobals());

const seam = await import('./ui-language.ts');

describe('the interface language seam', () => {
  it("is automatic until chosen, and then follows the browser's catalogue (kk, though the UI language says en-US)", async () => {
    expect(await seam.getLanguageChoice()).toBe('auto');
    expect(await seam.readerLanguage()).toBe('kk');
    browserCatalogue = 'ru';
    expect(seam.browserLanguage()).toBe('ru');
  });

  it('stores a choice, which then wins over the browser', async () => {
    await seam.setLanguageChoice('en');
    expect(stored).toEqual({ uiLanguage: 'en' });
    expect(await seam.readerLanguage()).toBe('en');
  });

  it('tells listeners the new language on every change of the choice, and stops when asked', async () => {
    const heard: string[] = [];
    const stop = seam.onReaderLanguageChange((lang, choice) => heard.push(`${lang}/${choice}`));
    await seam.setLanguageChoice('ru');
    await seam.setLanguageChoice('auto');
    await fakeChrome.storage.local.set({ emphasisDefault: 'all' }); // Another setting: not a language change.
    stop();
    await seam.setLanguageChoice('en');
    expect(heard).toEqual(['ru/ru', 'kk/auto']);
  });

  it('keeps a live source for popovers: the browser language at once, the stored choice when read, then changes', async () => {
    stored = { uiLanguage: 'ru' };
    const source = seam.watchReaderLanguage();
    expect(source.current()).toBe('kk');
    await vi.waitFor(() => expect(source.current()).toBe('ru'));
    const heard: string[] = [];
    source.subscribe((lang) => heard.push(lang));
    await seam.setLanguageChoice('en');
    expect(source.current()).toBe('en');
    expect(heard).toEqual(['en']);
  });
});
