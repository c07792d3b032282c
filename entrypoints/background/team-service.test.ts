import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deletePrivateStore } from '@/core/settings/private-store';
import { loadTeamConfig } from '@/core/team/config';
import { MemoryOutboxStore } from '@/core/team/outbox';
import type { FileItemRequest, TeamItem } from '@/core/team/schema';
import { createTeamService } from './team-service';

const page = { url: 'chrome-extension://ferry/options.html' };
const me = { team: { id: '00000000-0000-4000-8000-000000000001', name: 'T', retentionDays: null }, moderator: { id: '00000000-0000-4000-8000-000000000002', name: 'Ana', role: 'moderator' } };
const post = { site: 'weibo', postId: 'p1', url: 'https://weibo.com/1/p1', excerpt: 'text', topics: [], signals: [] };

/** A stand-in team server: files by idempotency key, so a resend is applied once. */
function fakeServer() {
  const state = { up: true, files: new Map<string, FileItemRequest>(), calls: [] as string[] };
  const item = (request: FileItemRequest): TeamItem => ({
    id: '00000000-0000-4000-8000-00000000000a', key: 'weibo:p1', item: request.item as TeamItem['item'], jurisdiction: request.jurisdiction,
    status: 'new', note: '', version: 1, filedBy: me.moderator, claimedBy: null, decidedBy: null,
    firstSeenAt: new Date(0).toISOString(), lastSeenAt: new Date(0).toISOString(), decidedAt: null,
  });
  const fetcher = async (input: string, init?: RequestInit) => {
    state.calls.push(`${init?.method ?? 'GET'} ${new URL(input).pathname} ${new Headers(init?.headers).get('authorization')}`);
    if (!state.up) throw new TypeError('Failed to fetch');
    const path = new URL(input).pathname;
    if (path === '/v1/me') return Response.json(me);
    if (path === '/v1/items' && init?.method === 'POST') {
      const request = JSON.parse(String(init.body)) as FileItemRequest;
      state.files.set(request.idempotencyKey, request);
      return Response.json(item(request), { status: 201 });
    }
    if (path.endsWith('/decision')) {
      // Someone else decided first: version 3, escalated by Ben.
      const current = { ...item({ idempotencyKey: 'x'.repeat(8), item: post, jurisdiction: { profile: 'cn-platform', regions: ['CN'] } }), status: 'escalated' as const, note: 'lead has it', version: 3, decidedBy: { id: me.moderator.id, name: 'Ben' } };
      return Response.json({ error: 'conflict', message: 'item changed since version 1', current }, { status: 409 });
    }
    return Response.json({ error: 'not-found', message: 'no' }, { status: 404 });
  };
  return { state, fetcher };
}

describe('team service', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => deletePrivateStore());

  it('keeps the token only after the server accepts it, refuses a server the user did not grant', async () => {
    const server = fakeServer();
    const denied = createTeamService({ store: new MemoryOutboxStore(), fetcher: server.fetcher, hasPermission: async () => false, scheduleRetry: () => {} });
    const refused = await denied.handlers.teamConnect({ serverUrl: 'http://127.0.0.1:9/', token: 'tok' }, page);
    expect(refused).toMatchObject({ connected: false, problem: 'no-permission' });
    expect(await loadTeamConfig()).toBeUndefined();

    const service = createTeamService({ store: new MemoryOutboxStore(), fetcher: server.fetcher, hasPermission: async () => true, scheduleRetry: () => {} });
    expect(await service.handlers.teamConnect({ serverUrl: 'ftp://x', token: 'tok' }, page)).toMatchObject({ connected: false, problem: 'bad-url' });
    const connected = await service.handlers.teamConnect({ serverUrl: 'http://127.0.0.1:9', token: 'tok' }, page);
    expect(connected).toMatchObject({ connected: true, status: { configured: true, serverUrl: 'http://127.0.0.1:9/', me } });
    expect(JSON.stringify(connected)).not.toContain('tok');
    expect(await loadTeamConfig()).toMatchObject({ token: 'tok' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    await service.handlers.teamDisconnect({}, page);
    expect(await loadTeamConfig()).toBeUndefined();
  });

  it('files offline into the outbox, retries with backoff, and sends each item once when the server is back', async () => {
    const server = fakeServer();
    const retries: Array<number | undefined> = [];
    const service = createTeamService({ store: new MemoryOutboxStore(), fetcher: server.fetcher, hasPermission: async () => true, scheduleRetry: (delay) => retries.push(delay) });
    await service.fileLocal(post);
    expect(await service.outbox.pending()).toHaveLength(0); // no team: nothing queued

    await service.handlers.teamConnect({ serverUrl: 'http://127.0.0.1:9', token: 'tok' }, page);
    server.state.up = false;
    await service.fileLocal(post);
    await service.sync();
    await service.sync();
    expect((await service.handlers.teamStatus({}, page)).pending).toBe(1);
    expect((await service.handlers.teamStatus({}, page)).lastSync).toMatchObject({ ok: false, problem: 'unreachable' });
    // The failed file attempt and the two syncs: 30 s, then doubling.
    expect(retries.filter((delay) => delay !== undefined).slice(0, 2)).toEqual([0.5, 1]);

    server.state.up = true;
    await service.sync();
    await service.sync();
    expect(server.state.files.size).toBe(1);
    const [filed] = [...server.state.files.values()];
    expect(filed).toMatchObject({ item: post, jurisdiction: { profile: 'cn-platform', regions: ['CN'] } });
    expect((await service.handlers.teamStatus({}, page))).toMatchObject({ pending: 0, lastSync: { ok: true } });
    expect(retries.at(-1)).toBeUndefined();
    expect(server.state.calls.every((call) => call.endsWith('Bearer tok'))).toBe(true);
  });

  it('a decision on an older version loses, and the loser is shown what won until dismissed', async () => {
    const server = fakeServer();
    const service = createTeamService({ store: new MemoryOutboxStore(), fetcher: server.fetcher, hasPermission: async () => true, scheduleRetry: () => {} });
    await service.handlers.teamConnect({ serverUrl: 'http://127.0.0.1:9', token: 'tok' }, page);
    const itemId = '00000000-0000-4000-8000-00000000000a';
    const result = await service.handlers.teamDecide({ itemId, status: 'dismissed', note: 'spam', baseVersion: 1 }, page);
    expect(result).toMatchObject({ outcome: 'lost', item: { status: 'escalated', version: 3, decidedBy: { name: 'Ben' } } });
    const status = await service.handlers.teamStatus({}, page);
    expect(status.pending).toBe(0);
    expect(status.lost).toEqual([expect.objectContaining({ itemId, status: 'dismissed', note: 'spam', current: expect.objectContaining({ note: 'lead has it' }) })]);
    expect((await service.handlers.teamDismissLost({ itemId }, page)).lost).toEqual([]);
  });
});
