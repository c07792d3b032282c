import type { Worker } from '@playwright/test';

/** Settings exactly as stored (storage.local), read from the service worker. */
export async function storedSettings(serviceWorker: Worker): Promise<Record<string, unknown>> {
  return serviceWorker.evaluate(async () => ((await chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>);
}

/**
 * Runs in the service worker: one read or write of the extension's private
 * IndexedDB store (core/settings/private-store.ts), where keys live.
 */
async function privateStore(serviceWorker: Worker, key: string, value?: unknown): Promise<unknown> {
  return serviceWorker.evaluate(
    async ({ key, value, write }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('ferry-private', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('kv');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
      const store = db.transaction('kv', write ? 'readwrite' : 'readonly').objectStore('kv');
      const result = await new Promise<unknown>((resolve, reject) => {
        const request = write ? store.put(value, key) : store.get(key);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('request failed'));
      });
      db.close();
      return write ? undefined : result;
    },
    { key, value, write: value !== undefined },
  );
}

/** Keys as stored in the private store. */
export async function storedSecrets(serviceWorker: Worker): Promise<Record<string, unknown>> {
  return ((await privateStore(serviceWorker, 'secrets')) ?? {}) as Record<string, unknown>;
}

export async function storeSecrets(serviceWorker: Worker, secrets: Record<string, string>): Promise<void> {
  await privateStore(serviceWorker, 'secrets', secrets);
}

export { privateStore };
