import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { OutboxEntry, OutboxStore } from './outbox';

/**
 * The outbox on disk, so a change filed while the server is down survives the
 * service worker stopping and the browser restarting. The extension origin's
 * IndexedDB: content scripts cannot open it.
 */
interface OutboxDb extends DBSchema {
  entries: { key: string; value: OutboxEntry; indexes: { queuedAt: number } };
}

export const OUTBOX_DB = 'ferry-team-outbox';

export class IdbOutboxStore implements OutboxStore {
  private dbPromise: Promise<IDBPDatabase<OutboxDb>> | undefined;

  constructor(private readonly name = OUTBOX_DB) {}

  private db(): Promise<IDBPDatabase<OutboxDb>> {
    this.dbPromise ??= openDB<OutboxDb>(this.name, 1, {
      upgrade(database) {
        database.createObjectStore('entries', { keyPath: 'key' }).createIndex('queuedAt', 'queuedAt');
      },
    }).catch((error: unknown) => {
      this.dbPromise = undefined;
      throw error;
    });
    return this.dbPromise;
  }

  /** Oldest first, so files go before the decisions made on them. */
  async all(): Promise<OutboxEntry[]> {
    return (await this.db()).getAllFromIndex('entries', 'queuedAt');
  }

  async put(entry: OutboxEntry): Promise<void> {
    await (await this.db()).put('entries', entry);
  }

  async delete(key: string): Promise<void> {
    await (await this.db()).delete('entries', key);
  }

  async clear(): Promise<void> {
    await (await this.db()).clear('entries');
  }

  async close(): Promise<void> {
    const open = this.dbPromise;
    this.dbPromise = undefined;
    (await open?.catch(() => undefined))?.close();
  }
}
