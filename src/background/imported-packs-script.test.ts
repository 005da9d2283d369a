import { describe, expect, it, vi } from 'vitest';

// The browser's registered scripts, and the pack index with its change listener.
const registered = new Set<string>();
const calls: string[] = [];
vi.mock('../platform/browser.ts', () => ({
  browser: {
    scripting: {
      getRegisteredContentScripts: async ({ ids }: { ids: string[] }) =>
        ids.filter((id) => registered.has(id)).map((id) => ({ id })),
      registerContentScripts: async (scripts: { id: string; js: string[]; runAt: string }[]) => {
        for (const { id, js, runAt } of scripts) {
          if (registered.has(id)) throw new Error(`Duplicate script ID '${id}'`);
          registered.add(id);
          calls.push(`register ${js.join()} at ${runAt}`);
        }
      },
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
        for (const id of ids) registered.delete(id);
        calls.push('unregister');
      },
    },
  },
}));
const index = vi.hoisted(() => ({ packs: 1, listener: null as null | ((index: { packs: unknown[] }) => void) }));
vi.mock('../platform/pack-index.ts', () => ({
  readPackIndex: async () => ({ revision: 1, packs: Array.from({ length: index.packs }, () => ({})) }),
  onPackIndexChange: (listener: (index: { packs: unknown[] }) => void) => (index.listener = listener),
}));

const { followImportedPacks } = await import('./imported-packs-script.ts');
const changeTo = (packs: number) => index.listener!({ packs: Array.from({ length: packs }, () => ({})) });

describe('the imported-packs script', () => {
  it('is registered exactly while packs exist, once however many changes overlap', async () => {
    followImportedPacks();
    // Imports and removals in quick succession, while the start-up check is still running.
    changeTo(2);
    changeTo(0);
    changeTo(1);
    changeTo(3);
    await vi.waitFor(() => expect(calls).toHaveLength(3));
    expect(calls).toEqual([
      'register imported-packs.js at document_start',
      'unregister',
      'register imported-packs.js at document_start',
    ]);
    changeTo(0);
    await vi.waitFor(() => expect(registered.size).toBe(0));
  });
});
