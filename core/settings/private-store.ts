import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/**
 * Ferry's private state: API keys and the security decisions only the user may
 * make (which hosts a key may go to, whether setup was answered). It lives in
 * the extension origin's IndexedDB, which content scripts cannot open: they
 * run in the page's origin, and storage.local, which they can read and write,
 * holds none of it. The background and the extension's own pages use it.
 */
interface PrivateDb extends DBSchema {
  kv: { key: string; value: unknown };
}

export const PRIVATE_DB = 'ferry-private';

let dbPromise: Promise<IDBPDatabase<PrivateDb>> | undefined;

function db(): Promise<IDBPDatabase<PrivateDb>> {
  dbPromise ??= openDB<PrivateDb>(PRIVATE_DB, 1, {
    upgrade(database) {
      database.createObjectStore('kv');
    },
  }).catch((error: unknown) => {
    dbPromise = undefined;
    throw error;
  });
  return dbPromise;
}

export async function readPrivate(key: string): Promise<unknown> {
  return (await db()).get('kv', key);
}

export async function writePrivate(key: string, value: unknown): Promise<void> {
  await (await db()).put('kv', value, key);
}

/** Read-modify-write in one transaction, so two writers never lose each other's change. */
export async function updatePrivate<T>(key: string, update: (current: unknown) => T): Promise<T> {
  const tx = (await db()).transaction('kv', 'readwrite');
  const next = update(await tx.store.get(key));
  await tx.store.put(next, key);
  await tx.done;
  return next;
}

/** Closes and forgets the connection (unit tests delete the database between cases). */
export async function closePrivateStore(): Promise<void> {
  const open = dbPromise;
  dbPromise = undefined;
  (await open?.catch(() => undefined))?.close();
}

/** Closes the connection and deletes the database: a fresh install (unit tests). */
export async function deletePrivateStore(): Promise<void> {
  await closePrivateStore();
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(PRIVATE_DB);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('deleteDatabase failed'));
  });
}
