import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CompiledPack, StoredPack } from '../core/corpus/compiled-pack.ts';

const TEST_PACK = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../tests/fixtures/packs/riverton-bridge-tolls.json'), 'utf8'),
);

// IndexedDB replaced at the platform seam: records by id, and the lock runs the work at once.
const written = new Map<string, CompiledPack>();
vi.mock('../platform/pack-db.ts', () => ({
  withPackLock: <T>(work: () => Promise<T>) => work(),
  readStoredPacks: async (): Promise<StoredPack[]> => [...written.values()].map((record) => record.pack),
  writeStoredPack: async (compiled: CompiledPack) => void written.set(compiled.pack.id, compiled),
  publishIndex: async () => {
    await chrome.storage.local.set({ packIndex: { revision: 1, packs: [...written.keys()] } });
  },
}));

let local: Record<string, unknown>;
beforeEach(() => {
  written.clear();
  local = {};
  vi.stubGlobal('chrome', {
    storage: {
      local: {
        get: async (keys: string[]) =>
          Object.fromEntries(keys.filter((key) => key in local).map((key) => [key, local[key]])),
        set: async (items: Record<string, unknown>) => void Object.assign(local, items),
        remove: async (key: string) => void delete local[key],
      },
    },
  });
});
afterEach(() => vi.unstubAllGlobals());

const { moveLegacyPacks } = await import('./legacy-packs.ts');

describe('moveLegacyPacks', () => {
  it('moves packs an earlier version kept in storage.local to IndexedDB, compiled, and frees the old keys', async () => {
    local = {
      importedPacks: [TEST_PACK],
      importedTopics: [{ packId: TEST_PACK.id, topic: TEST_PACK.topic }],
      disabledSites: ['a.example'],
    };
    expect(await moveLegacyPacks()).toEqual([]);
    const moved = written.get('riverton-bridge-tolls')!;
    expect(moved.pack.claimTables.patterns.length).toBeGreaterThan(0);
    expect(JSON.parse(moved.text.text)).toEqual(TEST_PACK);
    expect(local).toEqual({
      disabledSites: ['a.example'],
      packIndex: { revision: 1, packs: ['riverton-bridge-tolls'] },
    });
  });

  it('keeps a pack the checks now refuse where it was, and does nothing when there is nothing to move', async () => {
    const vague = {
      ...TEST_PACK,
      topic: { groups: [{ id: 'x', label: 'X', weight: 1, terms: ['said'] }], required: [], threshold: 1 },
    };
    local = { importedPacks: [vague, TEST_PACK] };
    expect(await moveLegacyPacks()).toEqual([
      {
        name: "Riverton's toll-free harbour bridge (a test story)",
        problems: expect.arrayContaining([
          expect.objectContaining({ path: 'topic', message: expect.stringContaining('is not specific') }),
        ]),
      },
    ]);
    expect([...written.keys()]).toEqual(['riverton-bridge-tolls']);
    expect(local.importedPacks).toEqual([vague]);
    written.clear();
    local = { disabledSites: [] };
    expect(await moveLegacyPacks()).toEqual([]);
    expect(written.size).toBe(0);
    expect(local).toEqual({ disabledSites: [] });
  });
});
