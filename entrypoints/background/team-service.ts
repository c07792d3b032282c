import { browser } from 'wxt/browser';
import type { Handlers } from '@/core/messaging/router';
import type { ReviewItemInput } from '@/core/moderation/review-item';
import { profileRegions } from '@/core/moderation/jurisdiction';
import { loadSettings } from '@/core/settings/items';
import { readPrivate, writePrivate } from '@/core/settings/private-store';
import { TeamClient, type FetchLike } from '@/core/team/client';
import { loadTeamConfig, normaliseServerUrl, saveTeamConfig, serverOriginPattern } from '@/core/team/config';
import { IdbOutboxStore } from '@/core/team/idb-outbox-store';
import type { LostDecision, TeamProblem, TeamStatusResponse } from '@/core/team/messages';
import { TeamOutbox, type FlushReport, type OutboxStore } from '@/core/team/outbox';

type TeamHandlers = Pick<
  Handlers,
  'teamStatus' | 'teamConnect' | 'teamDisconnect' | 'teamSync' | 'teamDismissLost' | 'teamList' | 'teamClaim' | 'teamDecide' | 'teamHistory' | 'teamClusters'
>;

export const TEAM_SYNC_ALARM = 'ferry-team-sync';
const LOST_KEY = 'team-lost';
const MAX_LOST = 100;
/** Retry delays while the server is unreachable: 30 s (the alarms API's floor) doubling to 15 min. */
export const MIN_RETRY_MINUTES = 0.5;
export const MAX_RETRY_MINUTES = 15;

export interface TeamServiceDeps {
  store?: OutboxStore;
  fetcher?: FetchLike;
  hasPermission?: (pattern: string) => Promise<boolean>;
  scheduleRetry?: (delayMinutes: number | undefined) => void;
  newKey?: () => string;
}

export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

function defaultHasPermission(pattern: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [pattern] });
}

function defaultScheduleRetry(delayMinutes: number | undefined): void {
  if (delayMinutes === undefined) void browser.alarms.clear(TEAM_SYNC_ALARM);
  else void browser.alarms.create(TEAM_SYNC_ALARM, { delayInMinutes: delayMinutes });
}

/**
 * The background's side of team moderation: the token stays here, every change
 * goes through the on-disk outbox first, and the outbox is sent whenever the
 * server answers (at once, then on an alarm with backoff while it does not).
 */
export function createTeamService(deps: TeamServiceDeps = {}) {
  const store = deps.store ?? new IdbOutboxStore();
  const outbox = new TeamOutbox(store);
  const fetcher = deps.fetcher ?? ((input, init) => fetch(input, init));
  const hasPermission = deps.hasPermission ?? defaultHasPermission;
  const scheduleRetry = deps.scheduleRetry ?? defaultScheduleRetry;
  const newKey = deps.newKey ?? newIdempotencyKey;
  let lastSync: TeamStatusResponse['lastSync'];
  let retryMinutes = MIN_RETRY_MINUTES;

  async function readLost(): Promise<LostDecision[]> {
    const value = await readPrivate(LOST_KEY);
    return Array.isArray(value) ? (value as LostDecision[]) : [];
  }

  async function status(): Promise<TeamStatusResponse> {
    const config = await loadTeamConfig();
    return {
      configured: config !== undefined,
      serverUrl: config?.serverUrl,
      me: config?.me,
      pending: (await outbox.pending()).length,
      lastSync: config ? lastSync : undefined,
      lost: config ? await readLost() : [],
    };
  }

  /** A client for the configured server, or why there is none. */
  async function client(): Promise<{ client: TeamClient } | { problem: TeamProblem }> {
    const config = await loadTeamConfig();
    if (!config) return { problem: 'rejected' };
    if (!(await hasPermission(serverOriginPattern(config.serverUrl)))) return { problem: 'no-permission' };
    return { client: new TeamClient(config.serverUrl, config.token, fetcher) };
  }

  async function recordLost(report: FlushReport): Promise<void> {
    if (report.lost.length === 0) return;
    const lost = await readLost();
    for (const { entry, current } of report.lost) {
      if (entry.kind !== 'decision') continue;
      lost.unshift({ itemId: entry.itemId, status: entry.request.status, note: entry.request.note ?? '', current, at: Date.now() });
    }
    await writePrivate(LOST_KEY, lost.slice(0, MAX_LOST));
  }

  async function sync(): Promise<FlushReport | undefined> {
    const ready = await client();
    if ('problem' in ready) {
      if (ready.problem === 'no-permission') lastSync = { at: Date.now(), ok: false, problem: 'no-permission' };
      return undefined;
    }
    const report = await outbox.flush(ready.client);
    await recordLost(report);
    if (report.offline) {
      lastSync = { at: Date.now(), ok: false, problem: 'unreachable' };
      scheduleRetry(retryMinutes);
      retryMinutes = Math.min(retryMinutes * 2, MAX_RETRY_MINUTES);
    } else {
      const refused = report.refused.at(-1);
      lastSync = refused ? { at: Date.now(), ok: false, problem: 'rejected', message: refused.message.slice(0, 500) } : { at: Date.now(), ok: true };
      retryMinutes = MIN_RETRY_MINUTES;
      scheduleRetry(undefined);
    }
    return report;
  }

  /** Also files a post the moderator filed locally to the team, when a team is configured. */
  async function fileLocal(item: ReviewItemInput): Promise<void> {
    if (!(await loadTeamConfig())) return;
    const { moderation } = await loadSettings();
    await outbox.enqueueFile(newKey(), { item, jurisdiction: { profile: moderation.profile, regions: profileRegions(moderation) }, seenAt: Date.now() });
    void sync().catch((error: unknown) => console.warn('[ferry] team sync failed', error));
  }

  const handlers: TeamHandlers = {
    teamStatus: () => status(),

    async teamConnect({ serverUrl, token }) {
      const url = normaliseServerUrl(serverUrl);
      if (!url) return { connected: false, problem: 'bad-url', status: await status() };
      if (!(await hasPermission(serverOriginPattern(url)))) return { connected: false, problem: 'no-permission', status: await status() };
      const me = await new TeamClient(url, token, fetcher).me();
      if (me.kind === 'offline') return { connected: false, problem: 'unreachable', message: me.message.slice(0, 500), status: await status() };
      if (me.kind !== 'ok') return { connected: false, problem: 'rejected', message: me.message.slice(0, 500), status: await status() };
      await saveTeamConfig({ serverUrl: url, token, me: me.value });
      lastSync = undefined;
      await sync();
      return { connected: true, status: await status() };
    },

    async teamDisconnect() {
      await saveTeamConfig(undefined);
      await writePrivate(LOST_KEY, []);
      lastSync = undefined;
      scheduleRetry(undefined);
      return status();
    },

    async teamSync() {
      await sync();
      return status();
    },

    async teamDismissLost({ itemId }) {
      await writePrivate(LOST_KEY, (await readLost()).filter((lost) => lost.itemId !== itemId));
      return status();
    },

    async teamList({ view, etag }) {
      const ready = await client();
      if ('problem' in ready) return { notModified: false, items: [], etag: '', offline: true, message: ready.problem };
      const result = await ready.client.list({ view, limit: 200 }, etag);
      if (result.kind !== 'ok') return { notModified: false, items: [], etag: '', offline: true, message: result.message.slice(0, 500) };
      if (result.value === null) return { notModified: true, items: [], etag: etag ?? '', offline: false };
      return { notModified: false, items: result.value.items, etag: result.value.etag.slice(0, 200), offline: false };
    },

    async teamClaim({ itemId }) {
      const ready = await client();
      if ('problem' in ready) return { problem: ready.problem };
      const result = await ready.client.claim(itemId);
      if (result.kind === 'ok') return { item: result.value };
      if (result.kind === 'conflict') return { item: result.current, problem: 'rejected', message: result.message.slice(0, 500) };
      return { problem: result.kind === 'offline' ? 'unreachable' : 'rejected', message: result.message.slice(0, 500) };
    },

    async teamDecide({ itemId, status: decision, note, baseVersion }) {
      const entry = await outbox.enqueueDecision(newKey(), itemId, { status: decision, note, baseVersion });
      const report = await sync();
      const sent = report?.sent.find((done) => done.entry.key === entry.key);
      if (sent) return { outcome: 'sent', item: sent.item };
      const lost = report?.lost.find((done) => done.entry.key === entry.key);
      if (lost) return { outcome: 'lost', item: lost.current, message: lost.message.slice(0, 500) };
      const refused = report?.refused.find((done) => done.entry.key === entry.key);
      if (refused) return { outcome: 'refused', message: refused.message.slice(0, 500) };
      return { outcome: 'queued' };
    },

    async teamHistory({ itemId }) {
      const ready = await client();
      if ('problem' in ready) return { entries: [], offline: true };
      const result = await ready.client.history(itemId);
      return result.kind === 'ok' ? { entries: result.value.entries.slice(0, 1000), offline: false } : { entries: [], offline: true };
    },

    async teamClusters() {
      const ready = await client();
      if ('problem' in ready) return { clusters: [], offline: true };
      const result = await ready.client.clusters();
      return result.kind === 'ok' ? { clusters: result.value.clusters.slice(0, 500), offline: false } : { clusters: [], offline: true };
    },
  };

  return { handlers, sync, fileLocal, outbox };
}

export type TeamService = ReturnType<typeof createTeamService>;

/** The retry alarm wakes the worker and sends the outbox. */
export function registerTeamSync(service: TeamService): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TEAM_SYNC_ALARM) void service.sync().catch((error: unknown) => console.warn('[ferry] team sync failed', error));
  });
  // A worker that starts (browser start, wake-up) sends what an earlier one left queued.
  void service.sync().catch((error: unknown) => console.warn('[ferry] team sync failed', error));
}
