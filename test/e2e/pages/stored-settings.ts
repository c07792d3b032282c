import type { Worker } from '@playwright/test';

/** Settings and keys exactly as stored (storage.local), read from the service worker. */
export async function storedSettings(serviceWorker: Worker): Promise<Record<string, unknown>> {
  return serviceWorker.evaluate(async () => ((await chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>);
}

export async function storedSecrets(serviceWorker: Worker): Promise<Record<string, unknown>> {
  return serviceWorker.evaluate(async () => ((await chrome.storage.local.get('secrets')).secrets ?? {}) as Record<string, unknown>);
}

export async function storeSecrets(serviceWorker: Worker, secrets: Record<string, string>): Promise<void> {
  await serviceWorker.evaluate(async (value) => chrome.storage.local.set({ secrets: value }), secrets);
}
