import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TeamClient, type FetchLike } from '../core/team/client';
import { MemoryOutboxStore, TeamOutbox } from '../core/team/outbox';
import { buildApp } from './app';
import type { Db } from './db';
import { freshDatabase, sampleItem, setUpTeams } from './test-support';

/** The extension's client and outbox against the real server over loopback HTTP, with the server going away mid-sync. */
let db: Db;
let drop: () => Promise<void>;
let t: Awaited<ReturnType<typeof setUpTeams>>;
let server: ReturnType<typeof buildApp> | null = null;
let port = 0;

async function start() {
  server = buildApp({ db });
  const address = await server.listen({ host: '127.0.0.1', port });
  port = Number(new URL(address).port);
  return address;
}
async function stop() {
  await server?.close();
  server = null;
}

beforeAll(async () => {
  ({ db, drop } = await freshDatabase());
  t = await setUpTeams(db);
});
afterAll(async () => {
  await stop();
  await drop();
});

const jurisdiction = { profile: 'cn-platform' as const, regions: ['CN' as const] };

describe('outbox sync against the team server', () => {
  it('loses and duplicates nothing when the server stops mid-sync and comes back, or an answer is lost', async () => {
    const base = await start();
    let sentRequests = 0;
    let stopAfter = 7;
    let dropAnswerOf = 3;
    // Stops the server after the 7th request it answers, and loses the answer to the 3rd after it was applied.
    const fetcher: FetchLike = async (input, init) => {
      const response = await fetch(input, init);
      sentRequests++;
      if (sentRequests === dropAnswerOf) throw new TypeError('network connection lost');
      if (sentRequests === stopAfter) await stop();
      return response;
    };
    const client = new TeamClient(base, t.alphaMod.token, fetcher);
    const outbox = new TeamOutbox(new MemoryOutboxStore());
    for (let index = 0; index < 12; index++) await outbox.enqueueFile(randomUUID(), { item: sampleItem(`sync-${index}`), jurisdiction });

    const first = await outbox.flush(client);
    expect(first.offline).toBe(true);
    expect(first.sent).toHaveLength(2);
    const second = await outbox.flush(client);
    expect(second.offline).toBe(true);
    expect(second.pending).toBeGreaterThan(0);
    expect(second.sent.length + first.sent.length).toBeLessThan(12);

    stopAfter = -1;
    dropAnswerOf = -1;
    await start();
    const third = await outbox.flush(client);
    expect(third.offline).toBe(false);
    expect(await outbox.pending()).toEqual([]);
    const ids = new Set([...first.sent, ...second.sent, ...third.sent].map(({ item }) => item.key));
    expect(ids.size).toBe([...first.sent, ...second.sent, ...third.sent].length);

    const { rows } = await db.query<{ items: number; filed: number }>(
      "SELECT (SELECT count(*)::int FROM items WHERE key LIKE 'xiaohongshu:sync-%') AS items, (SELECT count(*)::int FROM audit_log WHERE action = 'filed' AND item_key LIKE 'xiaohongshu:sync-%') AS filed",
    );
    expect(rows[0]).toEqual({ items: 12, filed: 12 });
  });

  it('a decision made on an older version loses, and the outbox reports what won', async () => {
    if (!server) await start();
    const base = `http://127.0.0.1:${port}`;
    const ben = new TeamClient(base, t.alphaMod.token);
    const caro = new TeamClient(base, t.alphaMod2.token);
    const filed = await ben.file({ idempotencyKey: randomUUID(), item: sampleItem('conflict-1'), jurisdiction });
    if (filed.kind !== 'ok') throw new Error(filed.kind);
    const benOutbox = new TeamOutbox(new MemoryOutboxStore());
    await benOutbox.enqueueDecision(randomUUID(), filed.value.id, { status: 'dismissed', note: 'looks fine', baseVersion: filed.value.version });
    const caroDecision = await caro.decide(filed.value.id, { idempotencyKey: randomUUID(), status: 'escalated', note: 'same text as 11 other accounts', baseVersion: filed.value.version });
    expect(caroDecision.kind).toBe('ok');
    const report = await benOutbox.flush(ben);
    expect(report.lost).toHaveLength(1);
    expect(report.lost[0]!.current).toMatchObject({ status: 'escalated', note: 'same text as 11 other accounts', decidedBy: { name: 'Caro' } });
    const listed = await ben.list({ view: 'escalated' });
    if (listed.kind !== 'ok' || !listed.value) throw new Error('listing failed');
    expect(listed.value.items.map((item) => item.id)).toContain(filed.value.id);
    expect(await ben.list({ view: 'escalated' }, listed.value.etag)).toEqual({ kind: 'ok', value: null });
  });

  it('refuses nothing silently: a revoked token is reported per entry', async () => {
    if (!server) await start();
    const outbox = new TeamOutbox(new MemoryOutboxStore());
    await outbox.enqueueFile(randomUUID(), { item: sampleItem('refused-1'), jurisdiction });
    const report = await outbox.flush(new TeamClient(`http://127.0.0.1:${port}`, 'ferry_AAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'));
    expect(report.refused).toHaveLength(1);
    expect(report.refused[0]!.message).toMatch(/unknown or has been revoked/);
  });
});
