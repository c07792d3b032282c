// Firefox smoke test: the built firefox-mv2 extension, installed as a temporary
// add-on in Debian's firefox-esr over WebDriver BiDi (puppeteer-core), translates
// a committed Xiaohongshu fixture served at the real origin, with every engine
// pointed at the loopback mock. Run with `npm run test:firefox` after `npm run build:firefox`.
//
// Not a Playwright spec (Playwright's suite is Chromium-only, under test/e2e) and not a
// vitest test: a plain script that exits non-zero on the first failed check.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { startEngineServer, type EngineServer } from '../mocks/engine-server';
import { loopbackEngineSettings } from '../mocks/loopback-engines';
import { PHRASEBOOK } from '../mocks/phrasebook';
import { SITE_ROUTES, XHS_NOTE_URL } from '../e2e/site-routes';
import { NOTE_ID } from '../e2e/pages/xiaohongshu-page';

// The e2e build (`wxt build -b firefox --mode e2e`): open shadow roots, so the card text can be read.
const EXTENSION_DIR = path.resolve(process.env.FERRY_FIREFOX_EXTENSION_DIR ?? path.join(process.env.FERRY_OUT_DIR ?? '.output', 'firefox-mv2-e2e'));
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const FIXTURES = path.resolve('test/fixtures/sites');
const SCREENSHOT = 'docs/screenshots/firefox-xiaohongshu-note.png';
const FAILURE_SCREENSHOT = 'test-results/firefox/failure.png';
/** Upper bound for any single wait; the whole run normally takes a few seconds. */
const WAIT_MS = 30_000;
/** Kills a run that hangs outside any wait (a stuck launch or protocol call). */
const RUN_MS = 120_000;

const TITLE = '成都三天两晚火锅暴走🌶️｜本地人私藏的老火锅';
const TITLE_ANNOTATION = `[data-ferry="annotation"][data-ferry-kind="translation"][data-ferry-post-id="${NOTE_ID}"][data-ferry-part="title"]`;

const started = performance.now();
function step(message: string): void {
  console.log(`  ${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s  ${message}`);
}

/** The fixture for a document request at a served origin, as in the Chromium suite's site routes. */
function fixtureFor(url: URL): string | undefined {
  const site = SITE_ROUTES.find((routes) => routes.origins.includes(url.origin));
  return site?.pages.find(([pattern]) => pattern.test(url.pathname + url.search))?.[1];
}

/** Answers the site's origin from the committed fixtures; nothing else leaves the machine. */
async function serveFixtures(page: Page): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    const url = new URL(request.url());
    // (resourceType() is CDP-only; over BiDi a document load is a navigation request.)
    const fixture = request.isNavigationRequest() ? fixtureFor(url) : undefined;
    const answered = fixture
      ? request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(path.join(FIXTURES, fixture), 'utf8') })
      : ['127.0.0.1', 'localhost'].includes(url.hostname) || !/^https?:$/.test(url.protocol)
        ? request.continue()
        : SITE_ROUTES.some((routes) => routes.origins.includes(url.origin))
          ? request.respond({ status: 404, body: '' })
          : request.abort();
    // A request the page has already dropped (it navigated away) cannot be answered; that is fine.
    answered.catch((error: unknown) => console.warn(`  (could not answer ${url.href}: ${String(error)})`));
  });
}

/**
 * Points every engine at the loopback server by writing storage.local from one of the
 * extension's own pages, as the options page does (with the item's version marker).
 * WebDriver BiDi may not navigate a tab to a moz-extension: URL, so this uses the
 * setup page Ferry itself opens on install.
 */
async function pointEnginesAtLoopback(browser: Browser, extensionOrigin: string, engine: EngineServer): Promise<void> {
  const page = await waitForPageAt(browser, `${extensionOrigin}/onboarding.html`);
  const stored = await page.evaluate(async (loopback: Record<string, unknown>) => {
    const ext = (globalThis as unknown as { browser: typeof chrome }).browser;
    const current = ((await ext.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>;
    const engines = (current.engines ?? {}) as Record<string, unknown>;
    await ext.storage.local.set({ settings: { ...current, engines: { ...engines, ...loopback } }, settings$: { v: 2 } });
    // Setup answered with every online service allowed (core/settings/consent.ts), in the extension's private store.
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('ferry-private', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('kv');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('kv', 'readwrite');
      tx.objectStore('kv').put({ answered: true, remote: ['microsoft-edge', 'google-free', 'deepl', 'openai-compatible', 'azure', 'google-cloud', 'libretranslate'] }, 'consent');
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('consent not saved'));
    });
    db.close();
    return (await ext.storage.local.get('settings')).settings as { engines: { microsoftEdge: { baseUrl: string } } };
  }, loopbackEngineSettings(engine.url));
  assert.equal(stored.engines.microsoftEdge.baseUrl, engine.url, 'the settings were not stored');
  await page.close();
}

/**
 * The open tab showing `url`. Asked of each tab's own document: puppeteer keeps
 * reporting about:blank for a tab an extension opened on a moz-extension: page.
 */
async function waitForPageAt(browser: Browser, url: string): Promise<Page> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(url)) return page;
    }
    if (Date.now() > deadline) throw new Error(`no tab opened ${url} within ${WAIT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** What the title's annotation shows once it has settled: its status and the card text in its shadow root. */
async function titleAnnotation(page: Page): Promise<{ count: number; status: string | null; text: string | null; lang: string | null }> {
  return page.evaluate((selector: string) => {
    const hosts = document.querySelectorAll(selector);
    const text = hosts[0]?.shadowRoot?.querySelector('.text');
    return { count: hosts.length, status: hosts[0]?.getAttribute('data-ferry-status') ?? null, text: text?.textContent ?? null, lang: text?.getAttribute('lang') ?? null };
  }, TITLE_ANNOTATION);
}

async function main(): Promise<void> {
  const manifestPath = path.join(EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: run \`npm run build:firefox\` first`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
  const addonId = manifest.browser_specific_settings.gecko.id;
  // Firefox gives each add-on a random internal UUID; this pref fixes it so the extension's pages have a known origin.
  const uuid = randomUUID();
  const extensionOrigin = `moz-extension://${uuid}`;

  const engine = await startEngineServer();
  let browser: Browser | undefined;
  let page: Page | undefined;
  const watchdog = setTimeout(() => {
    console.error(`Firefox smoke test: no result after ${RUN_MS / 1000} s, giving up`);
    browser?.process()?.kill('SIGKILL');
    process.exit(1);
  }, RUN_MS).unref();
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: FIREFOX,
      headless: true,
      timeout: WAIT_MS,
      protocolTimeout: WAIT_MS,
      defaultViewport: { width: 1280, height: 1700 },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
        // English UI, so the English comment is left alone and the Chinese ones are translated to English.
        'intl.locale.requested': 'en-US',
        'intl.accept_languages': 'en-US, en',
        // Nothing leaves the machine, from any context (the background's engine calls included):
        // every proxied request goes to a closed local port; 127.0.0.1 is never proxied.
        'network.proxy.type': 1,
        'network.proxy.share_proxy_settings': true,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': 9,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': 9,
      },
    });
    step(`launched ${await browser.version()}`);

    const installed = await browser.installExtension(EXTENSION_DIR);
    assert.equal(installed, addonId);
    step(`installed ${addonId} as a temporary add-on at ${extensionOrigin}`);

    await pointEnginesAtLoopback(browser, extensionOrigin, engine);
    step(`engines point at ${engine.url}`);

    page = await browser.newPage();
    await serveFixtures(page);
    await page.goto(XHS_NOTE_URL, { waitUntil: 'load', timeout: WAIT_MS });
    step(`opened ${XHS_NOTE_URL}`);

    await page.waitForFunction((selector: string) => document.querySelector(selector)?.getAttribute('data-ferry-status') === 'done', { timeout: WAIT_MS, polling: 100 }, TITLE_ANNOTATION);
    const title = await titleAnnotation(page);
    assert.deepEqual(title, { count: 1, status: 'done', text: PHRASEBOOK[TITLE], lang: 'en' }, 'the title has one translation card with the engine text');
    const translateCalls = engine.requests.filter((request) => request.path === '/translate/translatetext');
    const titleCall = translateCalls.find((request) => Array.isArray(request.body) && request.body.includes(TITLE));
    assert.ok(titleCall, 'the title went to the loopback engine (Microsoft wire format)');
    assert.equal(titleCall.query.to, 'en');
    step(`one annotation under the title: "${title.text}"`);

    // The card is drawn where it belongs: right after the title element.
    const placed = await page.evaluate((selector: string) => document.querySelector(selector)?.previousElementSibling?.id === 'detail-title', TITLE_ANNOTATION);
    assert.ok(placed, 'the annotation sits right after #detail-title');

    // For the screenshot: the body and the comments on screen have settled too.
    await page.waitForFunction(
      (noteId: string) =>
        document.querySelector(`[data-ferry="annotation"][data-ferry-post-id="${noteId}"][data-ferry-part="body"]`)?.getAttribute('data-ferry-status') === 'done' &&
        document.querySelectorAll('[data-ferry="annotation"][data-ferry-status="pending"]').length === 0,
      { timeout: WAIT_MS, polling: 100 },
      NOTE_ID,
    );
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    step(`screenshot ${SCREENSHOT}`);
  } catch (error) {
    if (page) {
      mkdirSync(path.dirname(FAILURE_SCREENSHOT), { recursive: true });
      await page.screenshot({ path: FAILURE_SCREENSHOT }).catch(() => undefined);
      const seen = await page
        .evaluate(() => [...document.querySelectorAll('[data-ferry]')].map((el) => `${el.getAttribute('data-ferry')} ${el.getAttribute('data-ferry-post-id')} ${el.getAttribute('data-ferry-part')} ${el.getAttribute('data-ferry-status')}`))
        .catch(() => []);
      console.error(`Ferry elements on the page: ${seen.length ? seen.join('; ') : 'none'}; engine requests: ${engine.requests.map((r) => `${r.method} ${r.path}`).join(', ') || 'none'}; screenshot ${FAILURE_SCREENSHOT}`);
    }
    throw error;
  } finally {
    await browser?.close().catch(() => browser?.process()?.kill('SIGKILL'));
    await engine.close();
    clearTimeout(watchdog);
  }
}

main().then(
  () => {
    step('Firefox smoke test passed');
  },
  (error: unknown) => {
    console.error('Firefox smoke test failed:', error);
    process.exitCode = 1;
  },
);
