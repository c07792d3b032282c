import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { BrowserContext, Page } from '@playwright/test';
import type { FastifyInstance } from 'fastify';
import { addModerator, createTeam } from '../../server/admin';
import { buildApp } from '../../server/app';
import { createPool, migrate, type Db } from '../../server/db';
import { expect, launchWithExtension, pointEnginesAtLoopback, test } from './fixtures';
import { AD_COMMENTS, MODERATION_NOTE_ID, ModerationNotePage, TEXAS_COMMENT } from './pages/moderation-page';

/**
 * Two moderators on two browser profiles share one team server, which runs here on 127.0.0.1 over a
 * throwaway PostgreSQL cluster (scripts/with-postgres.mjs; under CI's wrapper, DATABASE_URL is reused).
 */
const MODERATOR = { mode: 'moderator', moderation: { profile: 'cn-platform', customRegions: ['CN', 'US'] } };
const FLAGGED = [MODERATION_NOTE_ID, TEXAS_COMMENT, ...AD_COMMENTS];

let postgres: ChildProcess | undefined;
let db: Db;
let app: FastifyInstance | undefined;
let port = 0;
let tokens: { ana: string; ben: string };

/** Starts a cluster that lives until this process closes the helper's stdin; resolves to its URL. */
function startPostgres(): Promise<string> {
  const child = spawn(process.execPath, ['scripts/with-postgres.mjs', process.execPath, '-e', 'console.log("URL " + process.env.DATABASE_URL); process.stdin.resume(); process.stdin.on("end", () => process.exit(0));'], {
    env: { ...process.env, FERRY_PG_FRESH: '1' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  postgres = child;
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`PostgreSQL helper exited (${code})`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith('URL ')) resolve(line.slice(4));
    });
  });
}

async function startServer(): Promise<void> {
  app = buildApp({ db });
  await app.listen({ host: '127.0.0.1', port });
  port = (app.server.address() as { port: number }).port;
}

async function stopServer(): Promise<void> {
  await app?.close();
  app = undefined;
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const url = await startPostgres();
  await migrate(url);
  db = createPool(url, 10);
  await createTeam(db, 'e2e');
  tokens = { ana: (await addModerator(db, 'e2e', 'Ana', 'moderator')).token, ben: (await addModerator(db, 'e2e', 'Ben', 'lead')).token };
  await startServer();
});

test.afterAll(async () => {
  await stopServer();
  await db?.end();
  postgres?.stdin?.end();
  await new Promise((resolve) => (postgres?.exitCode !== null ? resolve(undefined) : postgres.once('exit', resolve)));
});

async function extensionOf(context: BrowserContext) {
  const worker = context.serviceWorkers().find((sw) => sw.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker'));
  return { worker, id: new URL(worker.url()).host };
}

async function connect(context: BrowserContext, extensionId: string, token: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const section = options.getByTestId('team-section');
  await section.getByTestId('team-server-url').fill(`http://127.0.0.1:${port}`);
  await section.getByTestId('team-token').fill(token);
  await section.getByTestId('team-connect').click();
  await expect(section.getByTestId('team-status')).toContainText('Connected to e2e');
  return options;
}

async function rows(sql: string): Promise<Array<Record<string, unknown>>> {
  return (await db.query(sql)).rows as Array<Record<string, unknown>>;
}

test('A files while the server is down, it comes back: each item arrives once; B claims and escalates, A sees it', async ({ engine }) => {
  test.setTimeout(240_000);
  const ana = await launchWithExtension('en-US');
  const ben = await launchWithExtension('en-US');
  try {
    const a = await extensionOf(ana.context);
    const b = await extensionOf(ben.context);
    await pointEnginesAtLoopback(a.worker, engine, MODERATOR);
    const anaOptions = await connect(ana.context, a.id, tokens.ana);
    await connect(ben.context, b.id, tokens.ben);
    // The token never reaches storage.local, which content scripts share.
    expect(JSON.stringify(await a.worker.evaluate(() => chrome.storage.local.get(null)))).not.toContain(tokens.ana);

    // The server stops; Ana files from the page anyway.
    await stopServer();
    const xhs = new ModerationNotePage(await ana.context.newPage());
    await xhs.open();
    for (const id of FLAGGED) await expect(xhs.card(id).locator('.queue-saved')).toBeVisible({ timeout: 60_000 });
    await anaOptions.reload();
    await anaOptions.getByRole('button', { name: 'Send now' }).click();
    await expect(anaOptions.getByTestId('team-pending')).toHaveText(`Changes waiting for the server: ${FLAGGED.length}`);
    await expect(anaOptions.getByTestId('team-status')).toContainText('cannot be reached');
    expect(await rows('SELECT id FROM items')).toHaveLength(0);

    // Back up: sent once, however often a send is asked for and however often the page files again.
    await startServer();
    await anaOptions.getByRole('button', { name: 'Send now' }).click();
    await expect(anaOptions.getByTestId('team-pending')).toHaveText('Changes waiting for the server: 0');
    await anaOptions.getByRole('button', { name: 'Send now' }).click();
    await xhs.page.reload();
    for (const id of FLAGGED) await expect(xhs.card(id).locator('.queue-saved')).toBeVisible({ timeout: 60_000 });
    const items = await rows('SELECT key FROM items ORDER BY key');
    expect(items.map((row) => row.key)).toEqual(FLAGGED.map((id) => `xiaohongshu:${id}`).sort());

    // Ben claims the Texas comment and escalates it with a note.
    const benPanel = await ben.context.newPage();
    await benPanel.setViewportSize({ width: 420, height: 1000 });
    await benPanel.goto(`chrome-extension://${b.id}/sidepanel.html`);
    await benPanel.getByTestId('team-tab-unclaimed').click();
    await expect(benPanel.getByTestId('team-item')).toHaveCount(FLAGGED.length);
    await expect(benPanel.getByTestId('team-item').first()).toContainText('Filed by Ana');
    await benPanel.getByTestId('team-item').first().getByTestId('team-claim').click();
    await benPanel.getByTestId('team-tab-mine').click();
    const mine = benPanel.getByTestId('team-item').first();
    await expect(mine.getByTestId('team-claimed-by')).toHaveText('Claimed by Ben');
    await mine.getByTestId('team-decision').selectOption('escalated');
    await mine.getByTestId('team-note').fill('Same text as the ad accounts');
    await mine.getByTestId('team-decide').click();
    await benPanel.getByTestId('team-tab-escalated').click();
    await expect(benPanel.getByTestId('team-decided-by')).toHaveText('Escalated by Ben · Same text as the ad accounts');
    await benPanel.getByTestId('team-history').first().click();
    await expect(benPanel.getByTestId('team-history-list')).toContainText('Ana: filed');
    await expect(benPanel.getByTestId('team-history-list')).toContainText('Ben: escalated');
    await benPanel.screenshot({ path: 'docs/screenshots/team-queue.png' });

    // Ana's side panel shows Ben's decision.
    const anaPanel = await ana.context.newPage();
    await anaPanel.goto(`chrome-extension://${a.id}/sidepanel.html`);
    await anaPanel.getByTestId('team-tab-escalated').click();
    await expect(anaPanel.getByTestId('team-decided-by')).toHaveText('Escalated by Ben · Same text as the ad accounts');
    expect(await rows("SELECT count(*)::int AS n FROM audit_log WHERE action = 'escalated'")).toEqual([{ n: 1 }]);
  } finally {
    await ana.dispose();
    await ben.dispose();
  }
});
