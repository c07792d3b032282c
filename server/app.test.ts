import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS, reviewExportSchema } from '../core/moderation/review-export';
import { auditResponseSchema, clustersResponseSchema, conflictResponseSchema, errorResponseSchema, itemsResponseSchema, meResponseSchema, teamItemSchema, type TeamItem } from '../core/team/schema';
import { revokeModerator, addModerator } from './admin';
import { purgeAllTeams } from './app';
import type { Db } from './db';
import { appFor, bearer, fileRequest, freshDatabase, setUpTeams } from './test-support';

let db: Db;
let drop: () => Promise<void>;
let app: ReturnType<typeof appFor>;
let t: Awaited<ReturnType<typeof setUpTeams>>;

beforeAll(async () => {
  ({ db, drop } = await freshDatabase());
  t = await setUpTeams(db);
  app = appFor(db);
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await drop();
});

type Who = { token: string };
const call = (who: Who | null, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown, headers: Record<string, string> = {}) =>
  app.inject({ method, url, payload: payload as object, headers: { ...(who ? bearer(who.token) : {}), ...headers } });

async function file(who: Who, postId: string, extra = {}): Promise<TeamItem> {
  const response = await call(who, 'POST', '/v1/items', fileRequest(postId, extra));
  expect(response.statusCode).toBe(201);
  return teamItemSchema.parse(response.json());
}

describe('authentication', () => {
  it('refuses a missing, malformed, unknown or revoked token with 401', async () => {
    expect((await call(null, 'GET', '/v1/me')).statusCode).toBe(401);
    expect((await call({ token: 'nonsense' }, 'GET', '/v1/me')).statusCode).toBe(401);
    const forged = `${t.alphaMod.token.slice(0, -4)}AAAA`;
    expect((await call({ token: forged }, 'GET', '/v1/me')).statusCode).toBe(401);
    const temp = await addModerator(db, 'alpha', 'Temp', 'moderator');
    expect((await call(temp, 'GET', '/v1/me')).statusCode).toBe(200);
    expect(await revokeModerator(db, 'alpha', 'Temp')).toBe(true);
    const refused = await call(temp, 'GET', '/v1/me');
    expect(refused.statusCode).toBe(401);
    expect(errorResponseSchema.parse(refused.json()).message).toMatch(/revoked/);
  });

  it('stores tokens only as scrypt hashes', async () => {
    const { rows } = await db.query<{ token_hash: Buffer; token_id: string }>('SELECT token_hash, token_id FROM moderators');
    for (const row of rows) {
      expect(row.token_hash).toHaveLength(32);
      for (const token of Object.values(t).map((m) => m.token)) expect(row.token_hash.toString('base64url')).not.toBe(token.split('.')[1]);
    }
  });

  it('answers /v1/me with the team and the role', async () => {
    const lead = meResponseSchema.parse((await call(t.alphaLead, 'GET', '/v1/me')).json());
    expect(lead).toMatchObject({ team: { name: 'alpha', retentionDays: null }, moderator: { name: 'Ana (lead)', role: 'lead' } });
    const mod = meResponseSchema.parse((await call(t.betaMod, 'GET', '/v1/me')).json());
    expect(mod).toMatchObject({ team: { name: 'beta' }, moderator: { name: 'Eli', role: 'moderator' } });
    expect((await call(null, 'GET', '/healthz')).json()).toEqual({ ok: true });
  });
});

describe('filing', () => {
  it('files an item, files the same post again without a duplicate, and replays an idempotency key without a second audit entry', async () => {
    const request = fileRequest('file-1');
    const first = await call(t.alphaMod, 'POST', '/v1/items', request);
    expect(first.statusCode).toBe(201);
    const item = teamItemSchema.parse(first.json());
    expect(item).toMatchObject({ key: 'xiaohongshu:file-1', status: 'new', version: 0, filedBy: { name: 'Ben' }, claimedBy: null, jurisdiction: { profile: 'cn-platform', regions: ['CN'] } });
    expect(item.item.topics[0]?.regions[0]).toMatchObject({ region: 'CN', level: 'prohibited' });

    const replay = await call(t.alphaMod, 'POST', '/v1/items', request);
    expect(replay.statusCode).toBe(200);
    expect(replay.json().id).toBe(item.id);
    const again = await call(t.alphaMod2, 'POST', '/v1/items', fileRequest('file-1'));
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(item.id);

    const history = auditResponseSchema.parse((await call(t.alphaMod, 'GET', `/v1/items/${item.id}/history`)).json());
    expect(history.entries.map((entry) => [entry.action, entry.moderator.name])).toEqual([['filed', 'Caro'], ['filed', 'Ben']]);
    const { rows } = await db.query('SELECT count(*)::int AS n FROM items WHERE key = $1', ['xiaohongshu:file-1']);
    expect(rows[0].n).toBe(1);
  });

  it('answers schema errors with a 400 that names the field', async () => {
    const missing = await call(t.alphaMod, 'POST', '/v1/items', { ...fileRequest('bad-1'), item: { ...fileRequest('bad-1').item, excerpt: undefined } });
    expect(missing.statusCode).toBe(400);
    const body = errorResponseSchema.parse(missing.json());
    expect(body.error).toBe('invalid_request');
    expect(body.issues?.map((issue) => issue.path)).toContain('item.excerpt');
    expect(body.message).toMatch(/item\.excerpt/);

    const badUrl = await call(t.alphaMod, 'POST', '/v1/items', fileRequest('bad-2', { url: 'javascript:alert(1)' }));
    expect(badUrl.statusCode).toBe(400);
    expect(badUrl.json().issues.map((issue: { path: string }) => issue.path)).toContain('item.url');

    const badKey = await call(t.alphaMod, 'POST', '/v1/items', { ...fileRequest('bad-3'), idempotencyKey: 'x' });
    expect(badKey.statusCode).toBe(400);
    expect(badKey.json().issues[0].path).toBe('idempotencyKey');

    const notJson = await app.inject({ method: 'POST', url: '/v1/items', payload: '{oops', headers: { ...bearer(t.alphaMod.token), 'content-type': 'application/json' } });
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json().error).toBe('invalid_request');

    const badDecision = await call(t.alphaMod, 'POST', `/v1/items/${randomUUID()}/decision`, { idempotencyKey: randomUUID(), status: 'deleted', baseVersion: 0 });
    expect(badDecision.statusCode).toBe(400);
    expect(badDecision.json().issues[0].path).toBe('status');

    expect((await call(t.alphaMod, 'GET', '/v1/items/not-a-uuid')).statusCode).toBe(400);
    expect((await call(t.alphaMod, 'GET', '/v1/items?view=everything')).statusCode).toBe(400);
    expect((await call(t.alphaLead, 'PUT', '/v1/settings', { retentionDays: 0 })).statusCode).toBe(400);
    expect((await call(t.alphaMod, 'GET', '/v1/nowhere')).statusCode).toBe(404);
  });
});

describe('the queue', () => {
  it('lists unclaimed, mine and escalated items with the side panel filters, and answers 304 to a matching ETag', async () => {
    const weibo = await file(t.alphaMod, 'list-weibo', { site: 'weibo', url: 'https://weibo.com/1/abc' });
    const vpn = await file(t.alphaMod, 'list-vpn', {
      topics: [{ id: 'policy-vpn', title: 'VPN', topic: 'internet', regions: [{ region: 'US', level: 'allowed', citation: { title: 'none' } }], platformRules: [], matched: ['vpn'] }],
    });
    const list = async (query: string, who: Who = t.alphaMod) => itemsResponseSchema.parse((await call(who, 'GET', `/v1/items?${query}`)).json()).items.map((item) => item.id);

    expect(await list('view=all&site=weibo')).toEqual([weibo.id]);
    expect(await list('topic=policy-vpn')).toEqual([vpn.id]);
    expect(await list('region=US&level=allowed')).toEqual([vpn.id]);
    // Region and level must hold for the same row: cannabis is prohibited in CN and varies in the US.
    expect(await list('region=US&level=prohibited')).not.toContain(weibo.id);
    expect(await list('region=CN&level=prohibited')).toContain(weibo.id);
    expect(await list('topic=policy-cannabis&region=US&level=varies')).toContain(weibo.id);

    const first = await call(t.alphaMod, 'GET', '/v1/items?view=unclaimed');
    const etag = first.headers.etag as string;
    expect(etag).toBeTruthy();
    expect((await call(t.alphaMod, 'GET', '/v1/items?view=unclaimed', undefined, { 'if-none-match': etag })).statusCode).toBe(304);
    expect((await call(t.alphaMod, 'POST', `/v1/items/${weibo.id}/claim`)).statusCode).toBe(200);
    const changed = await call(t.alphaMod, 'GET', '/v1/items?view=unclaimed', undefined, { 'if-none-match': etag });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().items.map((item: TeamItem) => item.id)).not.toContain(weibo.id);

    expect(await list('view=mine')).toContain(weibo.id);
    expect(await list('view=mine', t.alphaMod2)).not.toContain(weibo.id);
    expect((await call(t.alphaMod, 'GET', `/v1/items/${weibo.id}`)).json()).toMatchObject({ claimedBy: { name: 'Ben' }, version: 1 });
  });

  it('claims without collisions: 20 concurrent claims on 8 items give each item to one moderator', async () => {
    const ids = new Set<string>();
    for (let index = 0; index < 8; index++) ids.add((await file(t.betaMod, `race-${index}`)).id);
    const results = await Promise.all(Array.from({ length: 20 }, (_, index) => call(index % 2 ? t.betaMod : t.betaLead, 'POST', '/v1/claim', {})));
    const claimed = results.filter((response) => response.statusCode === 200).map((response) => response.json().id as string);
    expect(results.filter((response) => response.statusCode === 204)).toHaveLength(12);
    expect(new Set(claimed).size).toBe(8);
    expect(new Set(claimed)).toEqual(ids);
  });

  it('refuses to claim an item another moderator holds, and lets only the holder or a lead release it', async () => {
    const item = await file(t.alphaMod, 'claim-1');
    expect((await call(t.alphaMod, 'POST', `/v1/items/${item.id}/claim`)).statusCode).toBe(200);
    const taken = await call(t.alphaMod2, 'POST', `/v1/items/${item.id}/claim`);
    expect(taken.statusCode).toBe(409);
    expect(conflictResponseSchema.parse(taken.json()).current.claimedBy?.name).toBe('Ben');
    expect((await call(t.alphaMod2, 'POST', `/v1/items/${item.id}/release`)).statusCode).toBe(403);
    const released = await call(t.alphaLead, 'POST', `/v1/items/${item.id}/release`);
    expect(released.statusCode).toBe(200);
    expect(released.json()).toMatchObject({ claimedBy: null, version: 2 });
    expect((await call(t.alphaMod2, 'POST', `/v1/items/${item.id}/claim`)).json()).toMatchObject({ claimedBy: { name: 'Caro' } });
  });

  it('records decisions; a stale version loses and gets what won; a replay changes nothing; escalations go to a lead', async () => {
    const item = await file(t.alphaMod, 'decide-1');
    const claimed = (await call(t.alphaMod, 'POST', `/v1/items/${item.id}/claim`)).json() as TeamItem;
    const key = randomUUID();
    const decided = await call(t.alphaMod, 'POST', `/v1/items/${item.id}/decision`, { idempotencyKey: key, status: 'escalated', note: 'same text as three other accounts', baseVersion: claimed.version });
    expect(decided.statusCode).toBe(200);
    expect(decided.json()).toMatchObject({ status: 'escalated', note: 'same text as three other accounts', decidedBy: { name: 'Ben' }, claimedBy: null, version: 2 });

    const replay = await call(t.alphaMod, 'POST', `/v1/items/${item.id}/decision`, { idempotencyKey: key, status: 'escalated', note: 'same text as three other accounts', baseVersion: claimed.version });
    expect(replay.statusCode).toBe(200);
    expect(replay.json().version).toBe(2);

    const stale = await call(t.alphaMod2, 'POST', `/v1/items/${item.id}/decision`, { idempotencyKey: randomUUID(), status: 'dismissed', note: '', baseVersion: 0 });
    expect(stale.statusCode).toBe(409);
    expect(conflictResponseSchema.parse(stale.json()).current).toMatchObject({ status: 'escalated', decidedBy: { name: 'Ben' } });
    const notLead = await call(t.alphaMod2, 'POST', `/v1/items/${item.id}/decision`, { idempotencyKey: randomUUID(), status: 'dismissed', note: '', baseVersion: 2 });
    expect(notLead.statusCode).toBe(403);

    const escalated = itemsResponseSchema.parse((await call(t.alphaLead, 'GET', '/v1/items?view=escalated')).json());
    expect(escalated.items.map((entry) => entry.id)).toContain(item.id);
    expect((await call(t.alphaMod2, 'POST', `/v1/items/${item.id}/claim`)).statusCode).toBe(403);
    const leadStale = await call(t.alphaLead, 'POST', `/v1/items/${item.id}/decision`, { idempotencyKey: randomUUID(), status: 'dismissed', baseVersion: 1 });
    expect(leadStale.statusCode).toBe(409);
    const conflict = conflictResponseSchema.parse(leadStale.json());
    expect(conflict.current).toMatchObject({ status: 'escalated', version: 2, decidedBy: { name: 'Ben' } });
    const lead = await call(t.alphaLead, 'POST', `/v1/items/${item.id}/decision`, { idempotencyKey: randomUUID(), status: 'reviewed', note: 'account removed', baseVersion: 2 });
    expect(lead.json()).toMatchObject({ status: 'reviewed', decidedBy: { name: 'Ana (lead)' }, version: 3 });

    const history = auditResponseSchema.parse((await call(t.alphaMod2, 'GET', `/v1/items/${item.id}/history`)).json());
    expect(history.entries.map((entry) => `${entry.action}:${entry.moderator.name}:${entry.version}`)).toEqual(['reviewed:Ana (lead):3', 'escalated:Ben:2', 'claimed:Ben:1', 'filed:Ben:0']);
  });

  it('keeps the audit log append-only, even for the owner role', async () => {
    await expect(db.query("UPDATE audit_log SET note = 'changed'")).rejects.toThrow(/append-only/);
    await expect(db.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
  });

  it('shows the whole audit log and exports only to a lead, in the existing export schema', async () => {
    expect((await call(t.alphaMod, 'GET', '/v1/audit')).statusCode).toBe(403);
    const audit = auditResponseSchema.parse((await call(t.alphaLead, 'GET', '/v1/audit?limit=1000')).json());
    expect(audit.entries.length).toBeGreaterThan(5);
    expect(new Set(audit.entries.map((entry) => entry.moderator.name))).toEqual(new Set(['Ana (lead)', 'Ben', 'Caro']));

    expect((await call(t.alphaMod, 'GET', '/v1/export')).statusCode).toBe(403);
    const json = await call(t.alphaLead, 'GET', '/v1/export?format=json&site=weibo');
    const document = reviewExportSchema.parse(json.json());
    expect(document.items.map((item) => item.postId)).toEqual(['list-weibo']);
    const csv = await call(t.alphaLead, 'GET', '/v1/export?format=csv');
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.body.split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines.some((line) => line.includes('decide-1') && line.includes('reviewed') && line.includes('account removed'))).toBe(true);
  });

  it('deletes items older than the retention setting (lead only), on request and on the timer', async () => {
    expect((await call(t.alphaMod, 'PUT', '/v1/settings', { retentionDays: 30 })).statusCode).toBe(403);
    expect((await call(t.alphaLead, 'PUT', '/v1/settings', { retentionDays: 30 })).json()).toEqual({ retentionDays: 30 });
    const old = await file(t.alphaMod, 'old-1');
    const old2 = await file(t.alphaMod, 'old-2');
    const fresh = await file(t.alphaMod, 'fresh-1');
    await db.query("UPDATE items SET created_at = now() - interval '31 days' WHERE id = ANY($1::uuid[])", [[old.id, old2.id]]);
    const betaOld = await file(t.betaMod, 'beta-old');
    await db.query("UPDATE items SET created_at = now() - interval '400 days' WHERE id = $1", [betaOld.id]);
    expect((await call(t.alphaMod, 'POST', '/v1/retention/run')).statusCode).toBe(403);
    expect((await call(t.alphaLead, 'POST', '/v1/retention/run')).json()).toEqual({ deleted: 2 });
    expect((await call(t.alphaMod, 'GET', `/v1/items/${old.id}`)).statusCode).toBe(404);
    expect((await call(t.alphaMod, 'GET', `/v1/items/${fresh.id}`)).statusCode).toBe(200);
    // Beta keeps everything: it has no retention setting.
    expect(await purgeAllTeams(db)).toBe(0);
    expect((await call(t.betaMod, 'GET', `/v1/items/${betaOld.id}`)).statusCode).toBe(200);
    expect((await call(t.alphaMod, 'GET', '/v1/me')).json().team.retentionDays).toBe(30);
  });
});

describe('team isolation', () => {
  it("never lets team B's tokens read or write team A's rows, even with the right ids", async () => {
    const secret = await file(t.alphaMod, 'alpha-secret');
    for (const who of [t.betaMod, t.betaLead]) {
      expect((await call(who, 'GET', `/v1/items/${secret.id}`)).statusCode).toBe(404);
      expect((await call(who, 'POST', `/v1/items/${secret.id}/claim`)).statusCode).toBe(404);
      expect((await call(who, 'POST', `/v1/items/${secret.id}/release`)).statusCode).toBe(404);
      expect((await call(who, 'POST', `/v1/items/${secret.id}/decision`, { idempotencyKey: randomUUID(), status: 'dismissed', baseVersion: 0 })).statusCode).toBe(404);
      expect((await call(who, 'GET', `/v1/items/${secret.id}/history`)).json()).toEqual({ entries: [] });
      const all = itemsResponseSchema.parse((await call(who, 'GET', '/v1/items?limit=500')).json());
      expect(all.items.some((item) => item.id === secret.id || item.filedBy.name === 'Ben')).toBe(false);
    }
    const betaExport = reviewExportSchema.parse((await call(t.betaLead, 'GET', '/v1/export')).json());
    expect(betaExport.items.some((item) => item.postId === 'alpha-secret')).toBe(false);
    const betaAudit = auditResponseSchema.parse((await call(t.betaLead, 'GET', '/v1/audit')).json());
    expect(betaAudit.entries.some((entry) => entry.itemId === secret.id)).toBe(false);
    // Beta filing the same post makes beta's own item; alpha's is untouched.
    const betaCopy = await file(t.betaMod, 'alpha-secret');
    expect(betaCopy.id).not.toBe(secret.id);
    expect((await call(t.alphaMod, 'GET', `/v1/items/${secret.id}`)).json()).toMatchObject({ version: 0, status: 'new', filedBy: { name: 'Ben' } });
    // Beta's claim-next never hands out alpha's items.
    for (;;) {
      const next = await call(t.betaLead, 'POST', '/v1/claim', {});
      if (next.statusCode === 204) break;
      expect(next.json().filedBy.name).not.toBe('Ben');
    }
  });

  it('row-level security holds even for a query that forgets its team condition', async () => {
    const client = new pg.Client({ connectionString: (db as unknown as { options: { connectionString: string } }).options.connectionString });
    await client.connect();
    try {
      const { rows: teams } = await client.query<{ id: string; name: string }>('SELECT id, name FROM teams');
      const alpha = teams.find((team) => team.name === 'alpha')!;
      const beta = teams.find((team) => team.name === 'beta')!;
      await client.query('BEGIN');
      await client.query('SET LOCAL ROLE ferry_app');
      await client.query("SELECT set_config('ferry.team_id', $1, true)", [beta.id]);
      const { rows } = await client.query<{ team_id: string }>('SELECT team_id FROM items');
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((row) => row.team_id === beta.id)).toBe(true);
      expect((await client.query('SELECT * FROM teams')).rows.map((row) => row.name)).toEqual(['beta']);
      expect((await client.query('UPDATE items SET note = $1 WHERE team_id = $2', ['x', alpha.id])).rowCount).toBe(0);
      expect((await client.query('DELETE FROM items WHERE team_id = $1', [alpha.id])).rowCount).toBe(0);
      await expect(client.query("INSERT INTO audit_log (team_id, item_id, item_key, action, moderator_id, version) SELECT $1, gen_random_uuid(), 'k', 'filed', id, 0 FROM moderators LIMIT 1", [alpha.id])).rejects.toThrow(/row-level security/);
      await client.query('ROLLBACK');
      // No team set: nothing at all.
      await client.query('BEGIN');
      await client.query('SET LOCAL ROLE ferry_app');
      expect((await client.query('SELECT * FROM items')).rows).toEqual([]);
      await expect(client.query('SELECT token_hash FROM moderators')).rejects.toThrow(/permission denied/);
      await client.query('ROLLBACK');
    } finally {
      await client.end();
    }
  });

  it('clusters only the caller team', async () => {
    const clusters = clustersResponseSchema.parse((await call(t.betaMod, 'GET', '/v1/clusters')).json());
    for (const cluster of clusters.clusters) expect(cluster.accounts.every((account) => account.startsWith('xiaohongshu:'))).toBe(true);
  });
});
