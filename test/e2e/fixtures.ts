import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, test as base, type BrowserContext, type Worker } from '@playwright/test';
import { startEngineServer, type EngineServer } from '../mocks/engine-server';
import { loopbackEngineSettings } from '../mocks/loopback-engines';
import { routeSites } from './site-routes';
import { ENGINE_IDS } from '../../core/settings/schema';

const OUT = process.env.FERRY_OUT_DIR ?? '.output';
/**
 * The suite loads the e2e build (`npm run build:e2e`): open shadow roots, so locators read cards, loopback hosts
 * granted, and the shortcut hook. The production build (`npm run build`) is what users install; specs that
 * check what a page can reach load it through PRODUCTION_EXTENSION_DIR.
 */
export const EXTENSION_DIR = path.resolve(process.env.FERRY_EXTENSION_DIR ?? path.join(OUT, 'chrome-mv3-e2e'));
export const PRODUCTION_EXTENSION_DIR = path.resolve(process.env.FERRY_PRODUCTION_EXTENSION_DIR ?? path.join(OUT, 'chrome-mv3'));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface FerryFixtures {
  engine: EngineServer;
  browserLocale: string;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
}

export async function launchWithExtension(locale: string, extensionDir = EXTENSION_DIR): Promise<{ context: BrowserContext; dispose: () => Promise<void> }> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'ferry-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale,
    viewport: { width: 1280, height: 860 },
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
      `--lang=${locale}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  await routeSites(context);
  return {
    context,
    dispose: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export const test = base.extend<FerryFixtures>({
  browserLocale: ['en-US', { option: true }],
  engine: async ({}, use) => {
    const server = await startEngineServer();
    await use(server);
    await server.close();
  },
  context: async ({ browserLocale }, use) => {
    const { context, dispose } = await launchWithExtension(browserLocale);
    await use(context);
    await dispose();
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers().find((sw) => sw.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
});

export const expect = test.expect;

/**
 * Points the engines at the loopback server by writing settings the way the
 * options page does (storage.local, with the item's version marker), and
 * answers setup with every service allowed (the consent record in the private
 * IndexedDB store, see core/settings/consent.ts), as a user who turned them on would,
 * and confirms the loopback host for every keyed engine's key.
 */
export async function pointEnginesAtLoopback(serviceWorker: Worker, engine: EngineServer, extra: Record<string, unknown> = {}): Promise<void> {
  await serviceWorker.evaluate(
    async ({ loopback, extra, remoteEngines, loopbackUrl, keyedEngines }) => {
      const current = ((await chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>;
      const engines = (current.engines ?? {}) as Record<string, unknown>;
      const { engines: extraEngines, ...rest } = extra as { engines?: Record<string, unknown> };
      await chrome.storage.local.set({
        settings: {
          ...current,
          ...rest,
          engines: { ...engines, ...loopback, ...extraEngines },
        },
        settings$: { v: 2 },
      });
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('ferry-private', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('kv');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('kv', 'readwrite');
        tx.objectStore('kv').put({ answered: true, remote: remoteEngines }, 'consent');
        // The user confirmed the loopback host for every keyed engine (core/settings/key-origins.ts).
        const origin = new URL(loopbackUrl).origin;
        tx.objectStore('kv').put(Object.fromEntries(keyedEngines.map((id) => [id, [origin]])), 'keyOrigins');
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('consent not saved'));
      });
      db.close();
    },
    {
      loopback: loopbackEngineSettings(engine.url),
      extra,
      remoteEngines: ENGINE_IDS.filter((id) => id !== 'chrome-builtin' && id !== 'dictionary'),
      loopbackUrl: engine.url,
      keyedEngines: ['openai-compatible', 'azure', 'google-cloud', 'deepl', 'libretranslate'],
    },
  );
}
