import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { reviewExportSchema, CSV_COLUMNS } from '../../core/moderation/review-export';
import { CHROMIUM, EXTENSION_DIR, expect, test, pointEnginesAtLoopback } from './fixtures';
import { routeSites } from './site-routes';
import { AD_COMMENTS, GARDEN_COMMENT, GUANGZHOU_COMMENT, MODERATION_NOTE_ID, ModerationNotePage, TEXAS_COMMENT } from './pages/moderation-page';
import { ModerationPopup } from './pages/moderation-popup';
import { PopupPage } from './pages/popup-page';
import { ReviewQueuePage } from './pages/review-queue-page';

const MODERATOR = { mode: 'moderator', moderation: { profile: 'cn-platform', customRegions: ['CN', 'US'] } };
const key = (postId: string) => `xiaohongshu:${postId}`;
const FLAGGED = [MODERATION_NOTE_ID, TEXAS_COMMENT, ...AD_COMMENTS];

/** A browser on a profile folder the test keeps, so it can be closed and started again. */
async function launchOn(userDataDir: string): Promise<{ context: BrowserContext; extensionId: string }> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'en-US',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--lang=en-US', `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
  });
  await routeSites(context);
  const worker = context.serviceWorkers().find((sw) => sw.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker'));
  return { context, extensionId: new URL(worker.url()).host };
}

test.describe('Moderator mode', () => {
  test('each post and comment gets a moderation card: language and script, the translation, topics under mainland rules with citations, matched words highlighted without touching the page, and signals', async ({ context, serviceWorker, engine }) => {
    test.setTimeout(120_000);
    await pointEnginesAtLoopback(serviceWorker, engine, MODERATOR);
    const xhs = new ModerationNotePage(await context.newPage());
    await xhs.open();
    const originalBody = await xhs.page.locator('#detail-desc').innerHTML();

    // The note and its five comments, one card each, right after the translation.
    await expect(xhs.moderationCards).toHaveCount(6);
    for (const id of [MODERATION_NOTE_ID, TEXAS_COMMENT, GUANGZHOU_COMMENT, ...AD_COMMENTS, GARDEN_COMMENT]) {
      await expect(xhs.card(id)).toHaveAttribute('data-ferry-status', 'done');
    }
    await expect(xhs.page.locator('#detail-desc + [data-ferry-kind="translation"] + [data-ferry-kind="moderation"]')).toHaveCount(1);

    const note = xhs.card(MODERATION_NOTE_ID);
    await expect(note.locator('.language')).toHaveText(/Chinese.*Chinese characters/);
    // The translation the annotator already shows, not a second request.
    await expect(note.locator('.translation')).toContainText('using a VPN to get over the wall to Instagram');
    for (const topic of ['policy-vpn', 'policy-cannabis', 'policy-gambling']) await expect(xhs.topic(MODERATION_NOTE_ID, topic)).toBeVisible();
    await expect(note).toContainText('Policy topics (Mainland China platform)');
    await expect(xhs.regionRow(MODERATION_NOTE_ID, 'policy-cannabis', 'CN')).toContainText('Prohibited under mainland rules');
    await expect(xhs.regionRow(MODERATION_NOTE_ID, 'policy-cannabis', 'CN')).toContainText('PRC Criminal Law');
    // Only the profile's regions count.
    await expect(xhs.regionRow(MODERATION_NOTE_ID, 'policy-cannabis', 'US')).toHaveCount(0);
    await expect(xhs.topic(MODERATION_NOTE_ID, 'policy-gambling').locator('[data-ferry-platform-rule="Xiaohongshu"]')).toBeVisible();
    await expect(xhs.topic(MODERATION_NOTE_ID, 'policy-vpn')).toContainText('Matched: VPN');

    // Matched words are highlighted with the CSS Custom Highlight API; the site's markup is unchanged.
    await expect.poll(() => xhs.highlightedTexts()).toEqual(expect.arrayContaining(['VPN', '大麻', '网赌']));
    expect(await xhs.page.locator('#detail-desc').innerHTML()).toBe(originalBody);

    // The Texas claim under a 广东 IP label is a signal, worded as one; the Guangzhou local is consistent.
    const texas = xhs.signal(TEXAS_COMMENT, 'location-mismatch');
    await expect(texas).toHaveText('The displayed location “广东” differs from the place the text claims (“I\'m from Texas”).');
    await expect(xhs.card(TEXAS_COMMENT)).toContainText('Signals: for you to check, not findings');
    await expect(xhs.card(TEXAS_COMMENT).locator('.translation-note')).toHaveText('Already in your language; not translated.');
    await expect(xhs.topic(TEXAS_COMMENT, 'policy-vpn')).toBeVisible();
    await expect(xhs.card(GUANGZHOU_COMMENT)).toHaveAttribute('data-ferry-flagged', 'false');
    await expect(xhs.card(GUANGZHOU_COMMENT)).toContainText('No account or page signals.');
    for (const id of AD_COMMENTS) {
      await expect(xhs.signal(id, 'duplicate-text')).toHaveText('The same or nearly the same text appears from 2 accounts on this page.');
      await expect(xhs.topic(id, 'policy-counterfeit-goods')).toBeVisible();
    }
    await expect(xhs.card(GARDEN_COMMENT)).toHaveAttribute('data-ferry-flagged', 'false');
    for (const id of FLAGGED) await expect(xhs.card(id).locator('.queue-saved')).toHaveText('In the review queue');

    await xhs.card(TEXAS_COMMENT).evaluate((host) => host.scrollIntoView({ block: 'center' }));
    await xhs.page.locator('#noteContainer .interaction-container').screenshot({ path: 'docs/screenshots/moderator-overlay.png' });

    // Alt+J / Alt+K walk the flagged posts; a key press in the comment box is left alone.
    await xhs.page.locator('body').click({ position: { x: 5, y: 5 } });
    await xhs.page.keyboard.press('Alt+KeyJ');
    await expect(xhs.card(MODERATION_NOTE_ID)).toHaveAttribute('data-ferry-current', 'true');
    await xhs.page.keyboard.press('Alt+KeyJ');
    await expect(xhs.card(TEXAS_COMMENT)).toHaveAttribute('data-ferry-current', 'true');
    await xhs.page.keyboard.press('Alt+KeyK');
    await expect(xhs.card(MODERATION_NOTE_ID)).toHaveAttribute('data-ferry-current', 'true');
    await xhs.page.locator('#content-textarea').click();
    await xhs.page.keyboard.press('Alt+KeyJ');
    await expect(xhs.card(MODERATION_NOTE_ID)).toHaveAttribute('data-ferry-current', 'true');
    await expect(xhs.card(TEXAS_COMMENT)).not.toHaveAttribute('data-ferry-current', 'true');
  });

  test('the review queue fills from the page, filters, marks with a note, exports CSV and JSON, jumps to the post, and survives a stopped service worker', async ({ context, serviceWorker, engine, extensionId }) => {
    test.setTimeout(120_000);
    await pointEnginesAtLoopback(serviceWorker, engine, MODERATOR);
    const xhs = new ModerationNotePage(await context.newPage());
    await xhs.open();
    for (const id of FLAGGED) await expect(xhs.card(id).locator('.queue-saved')).toBeVisible();

    const queue = await ReviewQueuePage.open(context, extensionId);
    await expect(queue.items).toHaveCount(FLAGGED.length);
    await expect(queue.count).toHaveText(`${FLAGGED.length} of ${FLAGGED.length} items`);
    await expect(queue.item(key(TEXAS_COMMENT)).locator('[data-signal="location-mismatch"]')).toContainText('广东');

    // A re-render of the page files nothing twice.
    await xhs.page.reload();
    await expect(xhs.card(TEXAS_COMMENT).locator('.queue-saved')).toBeVisible();
    await queue.page.reload();
    await expect(queue.items).toHaveCount(FLAGGED.length);

    await queue.filter('topic').selectOption('policy-counterfeit-goods');
    await expect(queue.items).toHaveCount(2);
    await queue.filter('topic').selectOption('');
    await queue.filter('level').selectOption('prohibited');
    await expect(queue.item(key(MODERATION_NOTE_ID))).toBeVisible();
    await expect(queue.item(key(TEXAS_COMMENT))).toHaveCount(0);
    await queue.filter('level').selectOption('');
    await queue.filter('region').selectOption('CN');
    await queue.filter('site').selectOption('xiaohongshu');
    await expect(queue.items).toHaveCount(FLAGGED.length);

    // Open the card, write a note, escalate.
    const texas = queue.item(key(TEXAS_COMMENT));
    await texas.locator('.item-head').click();
    await texas.getByTestId('item-note').fill('IP label 广东, claims Texas: "check", =not a formula');
    await texas.getByTestId('mark-escalated').click();
    await expect(texas.getByTestId('item-status')).toHaveText('Escalated');
    // One item as a plain-text report. Chromium grants no clipboard permission to extension origins in tests, so the write is captured.
    await queue.page.evaluate(() => {
      const captured = window as unknown as { __copied?: string };
      navigator.clipboard.writeText = async (text: string) => void (captured.__copied = text);
    });
    await texas.getByTestId('copy-report').click();
    await expect(queue.page.getByTestId('panel-message')).toHaveText('Copied');
    const report = await queue.page.evaluate(() => (window as unknown as { __copied?: string }).__copied ?? '');
    expect(report).toContain(`Link: https://www.xiaohongshu.com/explore/${MODERATION_NOTE_ID}?xsec_token=ABmod%3D&xsec_source=pc_feed#${TEXAS_COMMENT}`);
    expect(report).toContain('Status: escalated');
    expect(report).toContain('Signals (for a person to check, not findings):');
    // Keyboard: J to the next item, D dismisses it.
    await queue.page.locator('h1').click();
    await queue.page.keyboard.press('j');
    await queue.page.keyboard.press('d');
    await expect(queue.page.locator('[data-testid="review-item"][data-status="dismissed"]')).toHaveCount(1);
    await queue.page.screenshot({ path: 'docs/screenshots/review-queue.png', fullPage: true });

    const csv = await queue.export('csv');
    expect(csv.name).toMatch(/^ferry-review-.*\.csv$/);
    const lines = csv.text.split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    const texasRow = lines.find((line) => line.includes(TEXAS_COMMENT))!;
    expect(texasRow).toContain('escalated');
    expect(texasRow).toContain('"IP label 广东, claims Texas: ""check"", =not a formula"');
    const json = reviewExportSchema.parse(JSON.parse((await queue.export('json')).text));
    expect(json.items).toHaveLength(FLAGGED.length);
    expect(json.items.find((item) => item.postId === TEXAS_COMMENT)).toMatchObject({ status: 'escalated', locationLabel: '广东', signals: [{ kind: 'location-mismatch', label: '广东' }] });

    // "Go to post" brings the note's tab forward and its card into view.
    await texas.getByTestId('jump').click();
    await expect(xhs.card(TEXAS_COMMENT)).toHaveAttribute('data-ferry-current', 'true');

    // Stop the service worker; the queue is in IndexedDB, so nothing is lost.
    const cdp = await context.newCDPSession(queue.page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await queue.page.reload();
    await expect(queue.items).toHaveCount(FLAGGED.length);
    await expect(queue.item(key(TEXAS_COMMENT)).getByTestId('item-status')).toHaveText('Escalated');
    await expect(queue.page.locator('[data-testid="review-item"][data-status="dismissed"]')).toHaveCount(1);
    // A settings change keeps the queue too.
    await pointEnginesAtLoopback(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')), engine, { ...MODERATOR, moderation: { profile: 'us-platform', customRegions: [] } });
    await queue.page.reload();
    await expect(queue.items).toHaveCount(FLAGGED.length);
  });

  test('moderator mode is chosen in the popup; the jurisdiction profile decides which regions count and how levels are worded, live', async ({ context, serviceWorker, engine, extensionId }) => {
    test.setTimeout(120_000);
    await pointEnginesAtLoopback(serviceWorker, engine);
    const xhs = new ModerationNotePage(await context.newPage());
    await xhs.open();
    await expect(xhs.annotation(MODERATION_NOTE_ID, 'body')).toHaveAttribute('data-ferry-status', 'done');
    // Reader mode: no moderation cards, and no jurisdiction controls in the popup.
    await expect(xhs.moderationCards).toHaveCount(0);
    const popup = new ModerationPopup(await PopupPage.open(context, extensionId));
    await expect(popup.profile).toHaveCount(0);

    await popup.mode.selectOption('moderator');
    await expect(popup.profile).toHaveValue('cn-platform');
    await expect(popup.openQueue).toBeVisible();
    // Moderator mode implies the moderator audience for notes.
    await expect.poll(() => serviceWorker.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { notes: { audience: string } }).notes.audience)).toBe('moderator');
    await expect(xhs.regionRow(MODERATION_NOTE_ID, 'policy-cannabis', 'CN')).toContainText('Prohibited under mainland rules');

    await popup.profile.selectOption('us-platform');
    await expect(xhs.regionRow(MODERATION_NOTE_ID, 'policy-cannabis', 'US')).toContainText('Varies by state');
    await expect(xhs.regionRow(MODERATION_NOTE_ID, 'policy-cannabis', 'CN')).toHaveCount(0);
    await expect(xhs.card(MODERATION_NOTE_ID)).toContainText('Policy topics (US platform)');

    await popup.profile.selectOption('custom');
    // The box follows the stored setting, which is written asynchronously: click, then wait for it.
    await popup.customRegion('HK').click();
    await expect(popup.customRegion('HK')).toBeChecked();
    await expect(xhs.regionRow(MODERATION_NOTE_ID, 'policy-cannabis', 'HK')).toContainText('Prohibited');
    await expect(xhs.card(MODERATION_NOTE_ID)).toContainText('Policy topics (Custom regions)');

    await popup.mode.selectOption('reader');
    await expect(xhs.moderationCards).toHaveCount(0);
  });

  test('the queue is still there after the browser is closed and started again on the same profile', async ({ engine }) => {
    test.setTimeout(120_000);
    const userDataDir = mkdtempSync(path.join(tmpdir(), 'ferry-e2e-restart-'));
    try {
      const first = await launchOn(userDataDir);
      await pointEnginesAtLoopback(first.context.serviceWorkers()[0]!, engine, MODERATOR);
      const xhs = new ModerationNotePage(await first.context.newPage());
      await xhs.open();
      for (const id of FLAGGED) await expect(xhs.card(id).locator('.queue-saved')).toBeVisible();
      const queue = await ReviewQueuePage.open(first.context, first.extensionId);
      await queue.item(key(TEXAS_COMMENT)).getByTestId('mark-reviewed').click();
      await expect(queue.item(key(TEXAS_COMMENT)).getByTestId('item-status')).toHaveText('Reviewed');
      await first.context.close();

      const second = await launchOn(userDataDir);
      const reopened = await ReviewQueuePage.open(second.context, second.extensionId);
      await expect(reopened.items).toHaveCount(FLAGGED.length);
      await expect(reopened.item(key(TEXAS_COMMENT)).getByTestId('item-status')).toHaveText('Reviewed');
      await second.context.close();
    } finally {
      rmSync(userDataDir, { recursive: true, force: true });
    }
  });
});
