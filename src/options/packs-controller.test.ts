import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../core/corpus/schema.ts';
import { PacksController, type PackStore } from './packs-controller.ts';

const TEST_PACK = readFileSync(
  join(import.meta.dirname, '../../tests/fixtures/packs/riverton-bridge-tolls.json'),
  'utf8',
);

/** An in-memory pack store that records what was saved. */
function memoryStore(initial: unknown[] = []): PackStore & { saved: unknown[] } {
  const store = {
    saved: initial,
    load: async () => store.saved,
    save: async (packs: readonly Pack[]) => void (store.saved = [...packs]),
  };
  return store;
}

async function controller(store = memoryStore()) {
  const packs = new PacksController(store);
  await packs.load();
  return packs;
}

describe('PacksController', () => {
  it('lists the built-in pack first', async () => {
    const rows = (await controller()).rows();
    expect(rows).toEqual([expect.objectContaining({ id: 'kazakhstan-facebook-crs', builtIn: true })]);
  });

  it('imports a valid pack and saves it', async () => {
    const store = memoryStore();
    const packs = await controller(store);
    expect(await packs.import('riverton.json', TEST_PACK)).toEqual({
      ok: true,
      title: "Riverton's toll-free harbour bridge (a test story)",
    });
    expect(packs.rows().map((row) => [row.id, row.builtIn, row.claims])).toEqual([
      ['kazakhstan-facebook-crs', true, expect.any(Number)],
      ['riverton-bridge-tolls', false, 1],
    ]);
    expect(store.saved).toHaveLength(1);
  });

  it('refuses a malformed pack with every problem by JSON path, and changes nothing', async () => {
    const store = memoryStore();
    const packs = await controller(store);
    const bad = JSON.parse(TEST_PACK);
    bad.claims[0].statements[1].stance = 'denies';
    bad.statements[0].quote.exact = 'Every resident will cross for free';
    const outcome = await packs.import('bad.json', JSON.stringify(bad));
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? [] : outcome.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'claims[0].statements[1].stance: expected one of supports|contradicts|context',
      'statements[0].quote.exact: not found in document "riverton-gazette-2024-03-05"',
    ]);
    expect(packs.rows()).toHaveLength(1);
    expect(store.saved).toEqual([]);
  });

  it('refuses a file that is not JSON, and a pack that is already loaded', async () => {
    const packs = await controller();
    expect(await packs.import('x.json', '{"format":')).toMatchObject({
      ok: false,
      reason: 'not-json',
      problems: [{ path: '', message: expect.stringMatching(/JSON/) }],
    });
    await packs.import('riverton.json', TEST_PACK);
    const again = await packs.import('riverton.json', TEST_PACK);
    expect(again.ok ? [] : again.problems[0]).toEqual({
      path: 'id',
      message: 'a pack with id "riverton-bridge-tolls" is already loaded',
    });
    expect(packs.rows()).toHaveLength(2);
  });

  it('shows nothing as imported when saving fails, and says why', async () => {
    const store = memoryStore();
    store.save = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    const packs = await controller(store);
    expect(await packs.import('riverton.json', TEST_PACK)).toEqual({
      ok: false,
      fileName: 'riverton.json',
      reason: 'not-saved',
      problems: [{ path: '', message: 'QUOTA_BYTES quota exceeded' }],
    });
    expect(packs.rows()).toHaveLength(1);
  });

  it('removes an imported pack from the list and from storage', async () => {
    const store = memoryStore();
    const packs = await controller(store);
    await packs.import('riverton.json', TEST_PACK);
    await packs.remove('riverton-bridge-tolls');
    expect(packs.rows()).toHaveLength(1);
    expect(store.saved).toEqual([]);
  });

  it('loads stored packs, leaving out any that no longer validate', async () => {
    const packs = await controller(memoryStore([JSON.parse(TEST_PACK), { format: 'counterpoint-pack/0' }]));
    expect(packs.rows().map((row) => row.id)).toEqual(['kazakhstan-facebook-crs', 'riverton-bridge-tolls']);
  });
});
