import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPILED_FORMAT, type CompiledPack, type StoredPack } from '../core/corpus/compiled-pack.ts';
import { MAX_PROBLEMS, PACK_LIMITS } from '../core/corpus/pack-limits.ts';
import { OFF_TOPIC_PAGES } from '../platform/off-topic-pages.ts';
import { PacksController, type PackStore } from './packs-controller.ts';

const TEST_PACK = readFileSync(
  join(import.meta.dirname, '../../tests/fixtures/packs/riverton-bridge-tolls.json'),
  'utf8',
);

/** A second valid pack: the test pack with every id (and so every reference) renamed. */
function otherPack(): string {
  const ids = [...TEST_PACK.matchAll(/"id": "([^"]+)"/g)].map((match) => match[1]!);
  return ids.reduce((text, id) => text.replaceAll(`"${id}"`, `"ferry-${id}"`), TEST_PACK);
}

/**
 * An in-memory store with IndexedDB's behaviour where it matters: records are
 * kept by pack id, writes can fail, and `exclusive` runs one piece of work at a
 * time (as the Web Lock does across tabs).
 */
function memoryStore() {
  const records = new Map<string, CompiledPack>();
  let queue: Promise<unknown> = Promise.resolve();
  const store = {
    records,
    failWrites: null as Error | null,
    exclusive<T>(work: () => Promise<T>): Promise<T> {
      const run = queue.then(work);
      queue = run.catch(() => undefined);
      return run;
    },
    packs: async (): Promise<StoredPack[]> => [...records.values()].map((record) => structuredClone(record.pack)),
    add: async (compiled: CompiledPack) => {
      await new Promise((done) => setTimeout(done, 5)); // Another tab gets a turn meanwhile.
      if (store.failWrites) throw store.failWrites;
      records.set(compiled.pack.id, structuredClone(compiled));
    },
    remove: async (packId: string) => void records.delete(packId),
    text: async (packId: string) => records.get(packId)?.text.text,
  } satisfies PackStore & Record<string, unknown>;
  return store;
}

async function controller(store: PackStore = memoryStore()) {
  const packs = new PacksController(store, OFF_TOPIC_PAGES, () => new Date('2026-11-29T12:00:00Z'));
  await packs.load();
  return packs;
}

const problemsOf = (outcome: Awaited<ReturnType<PacksController['import']>>) =>
  outcome.ok ? [] : outcome.problems.map((p) => `${p.path}: ${p.message}`);

describe('PacksController', () => {
  it('lists the built-in pack first', async () => {
    const rows = (await controller()).rows();
    expect(rows).toEqual([expect.objectContaining({ id: 'kazakhstan-facebook-crs', builtIn: true })]);
  });

  it('imports a valid pack and stores it validated and compiled, with the file as it was', async () => {
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
    const stored = store.records.get('riverton-bridge-tolls')!;
    expect(stored.pack.compiledWith).toBe(COMPILED_FORMAT);
    expect(stored.pack.claimTables.patterns.length).toBeGreaterThan(0);
    expect(stored.topic.tables.groupCount).toBe(2);
    expect(stored.topic.topic.groups[0]).not.toHaveProperty('label'); // Detection needs no labels.
    expect(stored.text.text).toBe(TEST_PACK);
    expect(stored.pack.summary).toMatchObject({
      bytes: Buffer.byteLength(TEST_PACK),
      importedAt: '2026-11-29T12:00:00.000Z',
    });
  });

  it('exports a pack as the very text imported, byte-order mark and spacing included', async () => {
    const packs = await controller();
    const text = `\uFEFF${TEST_PACK.replace(/\n/g, '\r\n')}`;
    expect((await packs.import('riverton.json', text)).ok).toBe(true);
    expect(await packs.exportFile('riverton-bridge-tolls')).toEqual({ name: 'riverton-bridge-tolls.json', text });
    await expect(packs.exportFile('no-such-pack')).rejects.toThrow('no-such-pack');
  });

  it('refuses a malformed pack with every problem by JSON path, and changes nothing', async () => {
    const store = memoryStore();
    const packs = await controller(store);
    const bad = JSON.parse(TEST_PACK);
    bad.claims[0].statements[1].stance = 'denies';
    bad.statements[0].quote.exact = 'Every resident will cross for free';
    bad.documents[0].url = 'javascript:alert(1)';
    expect(problemsOf(await packs.import('bad.json', JSON.stringify(bad)))).toEqual([
      'documents[0].url: expected an http(s) URL',
      'claims[0].statements[1].stance: expected one of supports|contradicts|context',
      'statements[0].quote.exact: not found in document "riverton-gazette-2024-03-05"',
    ]);
    expect(packs.rows()).toHaveLength(1);
    expect(store.records.size).toBe(0);
  });

  it('refuses a file that is not JSON, and a pack that is already loaded', async () => {
    const packs = await controller();
    expect(await packs.import('x.json', '{"format":')).toMatchObject({
      ok: false,
      reason: 'not-json',
      problems: [{ path: '', message: expect.stringMatching(/JSON/) }],
    });
    await packs.import('riverton.json', TEST_PACK);
    expect(problemsOf(await packs.import('riverton.json', TEST_PACK))[0]).toBe(
      'id: a pack with id "riverton-bridge-tolls" is already loaded',
    );
    expect(packs.rows()).toHaveLength(2);
  });

  it('refuses a file over the size limit before parsing it', async () => {
    const packs = await controller();
    const huge = TEST_PACK.replace('"timeline": [', `"padding": "${'x'.repeat(PACK_LIMITS.bytes)}", "timeline": [`);
    expect(problemsOf(await packs.import('huge.json', huge))).toEqual([
      `: the file has ${huge.length.toLocaleString('en')} bytes; a pack may have at most 10,485,760 (10 MB)`,
    ]);
  });

  it('lists the first problems of a pack with 50,000 and counts the rest', async () => {
    const packs = await controller();
    const bad = JSON.parse(TEST_PACK);
    bad.topic.groups[0].terms = Array.from({ length: 50_000 }, () => '');
    const outcome = await packs.import('bad.json', JSON.stringify(bad));
    expect(outcome).toMatchObject({ ok: false, more: 50_000 - MAX_PROBLEMS });
    expect(outcome.ok ? 0 : outcome.problems.length).toBe(MAX_PROBLEMS);
    expect(problemsOf(outcome)[0]).toBe('topic.groups[0].terms[0]: expected non-empty text');
  });

  it('refuses a topic that fires on an unrelated page, naming the page and the terms', async () => {
    const packs = await controller();
    const vague = JSON.parse(TEST_PACK);
    vague.topic = {
      groups: [{ id: 'common', label: 'Common words', weight: 1, terms: ['the', 'said', 'сказал', 'және'] }],
      required: [],
      threshold: 1,
    };
    const problems = problemsOf(await packs.import('vague.json', JSON.stringify(vague)));
    expect(problems.length).toBeGreaterThan(3);
    expect(problems[0]).toMatch(/^topic: is not specific: it calls the unrelated page "near miss .+" about this story/);
    expect(problems.join('\n')).toMatch(
      /"generic news \(en\): city council budget" .* with "the" \(common\), "said" \(common\)/,
    );
    expect(problems.join('\n')).toMatch(/"generic news \(kk\): .*" .* with "және" \(common\)/);
  });

  it('keeps both packs when two tabs import at once', async () => {
    const store = memoryStore();
    const [tabA, tabB] = [await controller(store), await controller(store)];
    const [a, b] = await Promise.all([tabA.import('a.json', TEST_PACK), tabB.import('b.json', otherPack())]);
    expect([a.ok, b.ok]).toEqual([true, true]);
    expect([...store.records.keys()].sort()).toEqual(['ferry-riverton-bridge-tolls', 'riverton-bridge-tolls']);
    // Each tab sees the other's pack as soon as it has looked again (the page does on storage.onChanged).
    await tabA.load();
    expect(tabA.rows().map((row) => row.id)).toEqual([
      'kazakhstan-facebook-crs',
      'riverton-bridge-tolls',
      'ferry-riverton-bridge-tolls',
    ]);
  });

  it('refuses the second of two tabs importing the same pack at once', async () => {
    const store = memoryStore();
    const [tabA, tabB] = [await controller(store), await controller(store)];
    const [a, b] = await Promise.all([tabA.import('a.json', TEST_PACK), tabB.import('b.json', TEST_PACK)]);
    expect([a.ok, b.ok]).toEqual([true, false]);
    expect(problemsOf(b)[0]).toBe('id: a pack with id "riverton-bridge-tolls" is already loaded');
  });

  it('shows nothing as imported when saving fails, and says why', async () => {
    const store = memoryStore();
    store.failWrites = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const packs = await controller(store);
    expect(await packs.import('riverton.json', TEST_PACK)).toEqual({
      ok: false,
      fileName: 'riverton.json',
      reason: 'not-saved',
      problems: [{ path: '', message: 'QuotaExceededError: The quota has been exceeded.' }],
      more: 0,
    });
    expect(packs.rows()).toHaveLength(1);
  });

  it('removes an imported pack from the list and from storage', async () => {
    const store = memoryStore();
    const packs = await controller(store);
    await packs.import('riverton.json', TEST_PACK);
    await packs.remove('riverton-bridge-tolls');
    expect(packs.rows()).toHaveLength(1);
    expect(store.records.size).toBe(0);
  });
});
