/**
 * Imported packs in the extension's IndexedDB: large data lives here, never in
 * `storage.local`, so a big pack store can never block a setting (the site
 * switch, the highlight mode, the language). Three object stores keyed by pack
 * id: `packs` (validated pack + compiled claim tables), `topics` (the lexicon
 * and its compiled tables, all topic detection reads) and `texts` (the file as
 * imported). A pack's three records are written and removed in one
 * transaction. Content scripts cannot open this database (they run in the
 * page's origin): they ask the background (background/pack-service.ts).
 */
import type { CompiledPack, StoredPack, StoredText, StoredTopic } from '../core/corpus/compiled-pack.ts';
import { writePackIndex } from './pack-index.ts';

const DB_NAME = 'counterpoint-packs';
const DB_VERSION = 1;
const STORES = ['packs', 'topics', 'texts'] as const;
const LOCK = 'counterpoint-packs';

type Store = (typeof STORES)[number];

let opening: Promise<IDBDatabase> | null = null;

function openDb(): Promise<IDBDatabase> {
  return (opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      for (const store of STORES)
        if (!request.result.objectStoreNames.contains(store))
          request.result.createObjectStore(store, { keyPath: 'id' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => {
      opening = null;
      reject(request.error ?? new Error('IndexedDB could not be opened'));
    };
  }));
}

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function committed(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    // A full disk or quota surfaces here (QuotaExceededError), after the puts were accepted.
    transaction.onabort = () => reject(transaction.error ?? new Error('the write was aborted'));
    transaction.onerror = () => reject(transaction.error ?? new Error('the write failed'));
  });
}

async function readAll<T>(store: Store): Promise<T[]> {
  const db = await openDb();
  return done(db.transaction(store, 'readonly').objectStore(store).getAll() as IDBRequest<T[]>);
}

/** Every imported pack with its compiled claim tables, in import order. */
export async function readStoredPacks(): Promise<StoredPack[]> {
  const packs = await readAll<StoredPack>('packs');
  return packs.sort((a, b) => a.summary.importedAt.localeCompare(b.summary.importedAt));
}

/** The imported packs with these ids (unknown ids are left out). */
export async function readStoredPacksById(ids: readonly string[]): Promise<StoredPack[]> {
  const db = await openDb();
  const store = db.transaction('packs', 'readonly').objectStore('packs');
  const found = await Promise.all(ids.map((id) => done(store.get(id) as IDBRequest<StoredPack | undefined>)));
  return found.filter((pack): pack is StoredPack => pack !== undefined);
}

/** Every imported pack's topic lexicon and compiled tables. */
export function readStoredTopics(): Promise<StoredTopic[]> {
  return readAll<StoredTopic>('topics');
}

/** The file a pack was imported from, as it was. */
export async function readStoredText(id: string): Promise<string | undefined> {
  const db = await openDb();
  const record = await done(db.transaction('texts', 'readonly').objectStore('texts').get(id) as IDBRequest<StoredText>);
  return record?.text;
}

/**
 * Runs `work` while no other tab, page or worker of the extension changes the
 * packs (a Web Lock), so two options tabs importing at once each see the
 * other's pack and both keep theirs.
 */
export function withPackLock<T>(work: () => Promise<T>): Promise<T> {
  // Every context that writes packs (extension pages, the worker) has Web Locks.
  return navigator.locks.request(LOCK, work) as Promise<T>;
}

/** Stores a compiled pack's three records in one transaction, then republishes the index (unless told not to). */
export async function writeStoredPack(compiled: CompiledPack, publish = true): Promise<void> {
  const db = await openDb();
  const transaction = db.transaction(STORES, 'readwrite');
  transaction.objectStore('packs').put(compiled.pack);
  transaction.objectStore('topics').put(compiled.topic);
  transaction.objectStore('texts').put(compiled.text);
  await committed(transaction);
  if (publish) await publishIndex();
}

/** Removes a pack's three records in one transaction, then republishes the index. */
export async function deleteStoredPack(id: string): Promise<void> {
  const db = await openDb();
  const transaction = db.transaction(STORES, 'readwrite');
  for (const store of STORES) transaction.objectStore(store).delete(id);
  await committed(transaction);
  await publishIndex();
}

/** Writes the small index that stage 1 and other tabs read, from what the database holds now. */
export async function publishIndex(): Promise<void> {
  const packs = await readStoredPacks();
  await writePackIndex(packs.map(({ id, summary }) => ({ id, title: summary.title })));
}
