import { reviewItemInputSchema } from '../core/moderation/review-item';
import type { z } from 'zod';
import type { AuditEntry, TeamCluster, TeamItem, fileItemRequestSchema, itemsQuerySchema, decisionRequestSchema } from '../core/team/schema';
import type { Caller, Tx } from './db';

/** Item columns with the names of the moderators involved. */
const ITEM_SELECT = `
  SELECT i.*, f.name AS filed_by_name, c.name AS claimed_by_name, d.name AS decided_by_name
  FROM items i
  JOIN moderators f ON f.id = i.filed_by
  LEFT JOIN moderators c ON c.id = i.claimed_by
  LEFT JOIN moderators d ON d.id = i.decided_by`;

interface ItemRow {
  id: string;
  key: string;
  body: unknown;
  jurisdiction: TeamItem['jurisdiction'];
  status: TeamItem['status'];
  note: string;
  version: number;
  filed_by: string;
  filed_by_name: string;
  claimed_by: string | null;
  claimed_by_name: string | null;
  decided_by: string | null;
  decided_by_name: string | null;
  first_seen_at: Date;
  last_seen_at: Date;
  decided_at: Date | null;
}

export function toTeamItem(row: ItemRow): TeamItem {
  const ref = (id: string | null, name: string | null) => (id && name !== null ? { id, name } : null);
  return {
    id: row.id,
    key: row.key,
    item: reviewItemInputSchema.parse(row.body),
    jurisdiction: row.jurisdiction,
    status: row.status,
    note: row.note,
    version: row.version,
    filedBy: { id: row.filed_by, name: row.filed_by_name },
    claimedBy: ref(row.claimed_by, row.claimed_by_name),
    decidedBy: ref(row.decided_by, row.decided_by_name),
    firstSeenAt: row.first_seen_at.toISOString(),
    lastSeenAt: row.last_seen_at.toISOString(),
    decidedAt: row.decided_at?.toISOString() ?? null,
  };
}

async function itemById(tx: Tx, caller: Caller, id: string): Promise<TeamItem | null> {
  const { rows } = await tx.query<ItemRow>(`${ITEM_SELECT} WHERE i.team_id = $1 AND i.id = $2`, [caller.teamId, id]);
  return rows[0] ? toTeamItem(rows[0]) : null;
}

async function audit(tx: Tx, caller: Caller, item: { id: string; key: string; version: number }, action: AuditEntry['action'], note = '', idempotencyKey: string | null = null) {
  await tx.query(
    'INSERT INTO audit_log (team_id, item_id, item_key, action, note, moderator_id, version, idempotency_key) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
    [caller.teamId, item.id, item.key, action, note, caller.moderatorId, item.version, idempotencyKey],
  );
}

/** The item a replayed request (same idempotency key) already acted on, if any. */
async function replayed(tx: Tx, caller: Caller, idempotencyKey: string): Promise<string | null> {
  const { rows } = await tx.query<{ item_id: string }>('SELECT item_id FROM audit_log WHERE team_id = $1 AND idempotency_key = $2', [caller.teamId, idempotencyKey]);
  return rows[0]?.item_id ?? null;
}

type FileRequest = z.output<typeof fileItemRequestSchema>;

/** Files a post; filing the same post again (any moderator) refreshes when it was last seen. */
export async function fileItem(tx: Tx, caller: Caller, request: FileRequest): Promise<{ item: TeamItem; created: boolean }> {
  const earlier = await replayed(tx, caller, request.idempotencyKey);
  if (earlier) return { item: (await itemById(tx, caller, earlier))!, created: false };
  const { item } = request;
  const seen = new Date(Math.min(request.seenAt ?? Date.now(), Date.now()));
  const { rows } = await tx.query<{ id: string; key: string; version: number; inserted: boolean }>(
    `INSERT INTO items (team_id, key, site, post_id, author, excerpt, body, jurisdiction, filed_by, first_seen_at, last_seen_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)
     ON CONFLICT (team_id, key) DO UPDATE SET
       last_seen_at = greatest(items.last_seen_at, excluded.last_seen_at),
       changed_seq = nextval('change_seq')
     RETURNING id, key, version, (xmax = 0) AS inserted`,
    [caller.teamId, `${item.site}:${item.postId}`, item.site, item.postId, item.author ?? null, item.excerpt, JSON.stringify(item), JSON.stringify(request.jurisdiction), caller.moderatorId, seen],
  );
  const row = rows[0]!;
  await audit(tx, caller, row, 'filed', '', request.idempotencyKey);
  return { item: (await itemById(tx, caller, row.id))!, created: row.inserted };
}

type ItemsQuery = z.output<typeof itemsQuerySchema>;
type Filters = Pick<ItemsQuery, 'topic' | 'region' | 'level' | 'site'> & { status?: ItemsQuery['status'] };

/** The side panel's filters in SQL: region and level hold for the same row of the same matching topic, as in core/moderation/review-filters.ts. */
function filterSql(filters: Partial<Filters>, params: unknown[]): string {
  const where: string[] = [];
  const add = (value: unknown) => `$${params.push(value)}`;
  if (filters.site) where.push(`i.site = ${add(filters.site)}`);
  if (filters.status) where.push(`i.status = ${add(filters.status)}`);
  if (filters.topic && !filters.region && !filters.level) {
    where.push(`i.body->'topics' @> jsonb_build_array(jsonb_build_object('id', ${add(filters.topic)}::text))`);
  } else if (filters.region || filters.level) {
    const topic = filters.topic ? `AND t->>'id' = ${add(filters.topic)}` : '';
    const region = filters.region ? `AND r->>'region' = ${add(filters.region)}` : '';
    const level = filters.level ? `AND r->>'level' = ${add(filters.level)}` : '';
    where.push(`EXISTS (SELECT 1 FROM jsonb_array_elements(i.body->'topics') t, jsonb_array_elements(t->'regions') r WHERE true ${topic} ${region} ${level})`);
  }
  return where.map((clause) => ` AND ${clause}`).join('');
}

function viewSql(view: ItemsQuery['view'], caller: Caller, params: unknown[]): string {
  switch (view) {
    case 'unclaimed':
      return ` AND i.status = 'new' AND i.claimed_by IS NULL`;
    case 'mine':
      return ` AND i.claimed_by = $${params.push(caller.moderatorId)}`;
    case 'escalated':
      return ` AND i.status = 'escalated'`;
    case 'all':
      return '';
  }
}

/** A number that changes whenever any of the team's items changes or goes: the listings' ETag. */
export async function teamRevision(tx: Tx, caller: Caller): Promise<string> {
  const { rows } = await tx.query<{ top: string | null; count: string }>('SELECT max(changed_seq) AS top, count(*) AS count FROM items WHERE team_id = $1', [caller.teamId]);
  return `${rows[0]?.top ?? 0}-${rows[0]?.count ?? 0}`;
}

export async function listItems(tx: Tx, caller: Caller, query: ItemsQuery): Promise<TeamItem[]> {
  const params: unknown[] = [caller.teamId];
  const sql = `${ITEM_SELECT} WHERE i.team_id = $1${viewSql(query.view, caller, params)}${filterSql(query, params)} ORDER BY i.created_at DESC, i.id LIMIT $${params.push(query.limit)}`;
  const { rows } = await tx.query<ItemRow>(sql, params);
  return rows.map(toTeamItem);
}

export async function getItem(tx: Tx, caller: Caller, id: string): Promise<TeamItem | null> {
  return itemById(tx, caller, id);
}

export type Outcome =
  | { ok: true; item: TeamItem }
  | { ok: false; code: 404 | 403; error: string; message: string }
  | { ok: false; code: 409; error: 'conflict'; message: string; current: TeamItem };

/** Takes the oldest unclaimed item matching the filters; concurrent callers skip rows another has locked. */
export async function claimNext(tx: Tx, caller: Caller, filters: Partial<Filters>): Promise<TeamItem | null> {
  const params: unknown[] = [caller.teamId];
  const { rows } = await tx.query<{ id: string; key: string; version: number }>(
    `WITH next AS (
       SELECT i.id FROM items i
       WHERE i.team_id = $1 AND i.status = 'new' AND i.claimed_by IS NULL${filterSql(filters, params)}
       ORDER BY i.created_at, i.id LIMIT 1 FOR UPDATE SKIP LOCKED)
     UPDATE items SET claimed_by = $${params.push(caller.moderatorId)}, claimed_at = now(), version = version + 1, changed_seq = nextval('change_seq')
     FROM next WHERE items.id = next.id
     RETURNING items.id, items.key, items.version`,
    params,
  );
  const row = rows[0];
  if (!row) return null;
  await audit(tx, caller, row, 'claimed');
  return (await itemById(tx, caller, row.id))!;
}

const notFound = { ok: false, code: 404, error: 'not_found', message: 'No such item in your team.' } as const;

export async function claimItem(tx: Tx, caller: Caller, id: string): Promise<Outcome> {
  const { rows } = await tx.query<{ id: string; key: string; status: string; claimed_by: string | null; version: number }>(
    'SELECT id, key, status, claimed_by, version FROM items WHERE team_id = $1 AND id = $2 FOR UPDATE SKIP LOCKED',
    [caller.teamId, id],
  );
  const row = rows[0];
  if (!row) {
    const current = await itemById(tx, caller, id);
    return current ? { ok: false, code: 409, error: 'conflict', message: 'Another moderator is claiming this item right now.', current } : notFound;
  }
  const claimable = row.status === 'new' || (row.status === 'escalated' && caller.role === 'lead');
  if (row.claimed_by === caller.moderatorId) return { ok: true, item: (await itemById(tx, caller, id))! };
  if (!claimable) {
    if (row.status === 'escalated') return { ok: false, code: 403, error: 'forbidden', message: 'Only a lead can take an escalated item.' };
    return { ok: false, code: 409, error: 'conflict', message: 'This item is already decided.', current: (await itemById(tx, caller, id))! };
  }
  if (row.claimed_by) return { ok: false, code: 409, error: 'conflict', message: 'Another moderator has claimed this item.', current: (await itemById(tx, caller, id))! };
  const updated = await tx.query<{ id: string; key: string; version: number }>(
    "UPDATE items SET claimed_by = $3, claimed_at = now(), version = version + 1, changed_seq = nextval('change_seq') WHERE team_id = $1 AND id = $2 RETURNING id, key, version",
    [caller.teamId, id, caller.moderatorId],
  );
  await audit(tx, caller, updated.rows[0]!, 'claimed');
  return { ok: true, item: (await itemById(tx, caller, id))! };
}

export async function releaseItem(tx: Tx, caller: Caller, id: string): Promise<Outcome> {
  const { rows } = await tx.query<{ claimed_by: string | null }>('SELECT claimed_by FROM items WHERE team_id = $1 AND id = $2 FOR UPDATE', [caller.teamId, id]);
  const row = rows[0];
  if (!row) return notFound;
  if (row.claimed_by !== caller.moderatorId && caller.role !== 'lead') {
    return { ok: false, code: 403, error: 'forbidden', message: 'Only the moderator who claimed this item, or a lead, can release it.' };
  }
  if (row.claimed_by) {
    const updated = await tx.query<{ id: string; key: string; version: number }>(
      "UPDATE items SET claimed_by = NULL, claimed_at = NULL, version = version + 1, changed_seq = nextval('change_seq') WHERE team_id = $1 AND id = $2 RETURNING id, key, version",
      [caller.teamId, id],
    );
    await audit(tx, caller, updated.rows[0]!, 'released');
  }
  return { ok: true, item: (await itemById(tx, caller, id))! };
}

type Decision = z.output<typeof decisionRequestSchema>;

/**
 * Records a decision made on version `baseVersion`. A newer version on the server wins and the
 * caller gets it back (409) to show what won. Replays of the same idempotency key change nothing.
 */
export async function decide(tx: Tx, caller: Caller, id: string, decision: Decision): Promise<Outcome> {
  const earlier = await replayed(tx, caller, decision.idempotencyKey);
  if (earlier) {
    if (earlier !== id) return { ok: false, code: 409, error: 'conflict', message: 'This idempotency key was used for another item.', current: (await itemById(tx, caller, earlier))! };
    return { ok: true, item: (await itemById(tx, caller, id))! };
  }
  const { rows } = await tx.query<{ id: string; key: string; status: string; claimed_by: string | null; version: number }>(
    'SELECT id, key, status, claimed_by, version FROM items WHERE team_id = $1 AND id = $2 FOR UPDATE',
    [caller.teamId, id],
  );
  const row = rows[0];
  if (!row) return notFound;
  // A stale decision is a conflict first, so its sender is shown what won.
  if (row.version !== decision.baseVersion) {
    return { ok: false, code: 409, error: 'conflict', message: 'The item changed since you saw it; the newer version stands.', current: (await itemById(tx, caller, id))! };
  }
  if (row.status === 'escalated' && caller.role !== 'lead') {
    return { ok: false, code: 403, error: 'forbidden', message: 'Only a lead can decide an escalated item.' };
  }
  if (row.claimed_by && row.claimed_by !== caller.moderatorId) {
    return { ok: false, code: 409, error: 'conflict', message: 'Another moderator has claimed this item.', current: (await itemById(tx, caller, id))! };
  }
  const updated = await tx.query<{ id: string; key: string; version: number }>(
    `UPDATE items SET status = $3, note = $4, decided_by = $5, decided_at = now(), claimed_by = NULL, claimed_at = NULL,
       version = version + 1, changed_seq = nextval('change_seq')
     WHERE team_id = $1 AND id = $2 RETURNING id, key, version`,
    [caller.teamId, id, decision.status, decision.note, caller.moderatorId],
  );
  await audit(tx, caller, updated.rows[0]!, decision.status, decision.note, decision.idempotencyKey);
  return { ok: true, item: (await itemById(tx, caller, id))! };
}

interface AuditRow {
  id: string;
  item_id: string;
  item_key: string;
  action: AuditEntry['action'];
  note: string;
  moderator_id: string;
  moderator_name: string;
  version: number;
  at: Date;
}

export async function auditLog(tx: Tx, caller: Caller, itemId: string | null, limit = 500): Promise<AuditEntry[]> {
  const params: unknown[] = [caller.teamId];
  const byItem = itemId ? ` AND a.item_id = $${params.push(itemId)}` : '';
  const { rows } = await tx.query<AuditRow>(
    `SELECT a.*, m.name AS moderator_name FROM audit_log a JOIN moderators m ON m.id = a.moderator_id
     WHERE a.team_id = $1${byItem} ORDER BY a.id DESC LIMIT $${params.push(limit)}`,
    params,
  );
  return rows.map((row) => ({
    id: Number(row.id),
    itemId: row.item_id,
    itemKey: row.item_key,
    action: row.action,
    note: row.note,
    moderator: { id: row.moderator_id, name: row.moderator_name },
    version: row.version,
    at: row.at.toISOString(),
  }));
}

export async function setRetention(tx: Tx, caller: Caller, retentionDays: number | null): Promise<void> {
  await tx.query('UPDATE teams SET retention_days = $2 WHERE id = $1', [caller.teamId, retentionDays]);
}

/** Deletes the team's items filed more than its retention setting ago; the audit log keeps who did what. */
export async function purgeTeam(tx: Tx, caller: Caller): Promise<number> {
  const result = await tx.query(
    `DELETE FROM items i USING teams t WHERE t.id = $1 AND i.team_id = t.id AND t.retention_days IS NOT NULL
       AND i.created_at < now() - make_interval(days => t.retention_days)`,
    [caller.teamId],
  );
  return result.rowCount ?? 0;
}

/** Cluster settings: trigram similarity at or above which two posts count as near-identical, and the smallest set worth showing. */
export const CLUSTER_SIMILARITY = 0.6;
export const CLUSTER_MIN_ACCOUNTS = 3;
export const CLUSTER_MIN_CHARS = 20;

interface ClusterRow {
  id: string;
  site: string;
  author: string | null;
  excerpt: string;
  body: { locationLabel?: string; signals?: Array<{ kind: string; claimPlace?: string }> };
  first_seen_at: Date;
  last_seen_at: Date;
}

/**
 * Near-identical posts filed by anyone in the team, grouped by pg_trgm similarity (pairs found
 * through the trigram index, then joined into connected groups), kept when they come from at least
 * CLUSTER_MIN_ACCOUNTS accounts. Signals for a person to check, not verdicts.
 */
export async function clusters(tx: Tx, caller: Caller): Promise<TeamCluster[]> {
  const pairs = await tx.query<{ a: string; b: string }>('SELECT a, b FROM team_similar_pairs($1, $2)', [CLUSTER_SIMILARITY, CLUSTER_MIN_CHARS]);
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    let node = x;
    while (node !== root) {
      const next = parent.get(node)!;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  for (const { a, b } of pairs.rows) {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  if (parent.size === 0) return [];
  const { rows } = await tx.query<ClusterRow>('SELECT id, site, author, excerpt, body, first_seen_at, last_seen_at FROM items WHERE team_id = $1 AND id = ANY($2::uuid[])', [caller.teamId, [...parent.keys()]]);
  const groups = new Map<string, ClusterRow[]>();
  for (const row of rows) {
    const root = find(row.id);
    groups.set(root, [...(groups.get(root) ?? []), row]);
  }
  const tally = (values: string[]) => {
    const counts = new Map<string, number>();
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  };
  const result: TeamCluster[] = [];
  for (const [root, members] of groups) {
    const accounts = [...new Set(members.map((row) => `${row.site}:${row.author ?? '?'}`))].sort();
    if (accounts.length < CLUSTER_MIN_ACCOUNTS) continue;
    const claimed = members.flatMap((row) => (row.body.signals ?? []).flatMap((signal) => (signal.claimPlace ? [signal.claimPlace] : [])));
    result.push({
      id: root,
      itemIds: members.map((row) => row.id).sort(),
      sample: members[0]!.excerpt,
      accounts,
      accountCount: accounts.length,
      displayedLocations: tally(members.flatMap((row) => (row.body.locationLabel ? [row.body.locationLabel] : []))).map(([label, count]) => ({ label, count })),
      claimedPlaces: tally(claimed).map(([place, count]) => ({ place, count })),
      firstSeenAt: new Date(Math.min(...members.map((row) => row.first_seen_at.getTime()))).toISOString(),
      lastSeenAt: new Date(Math.max(...members.map((row) => row.last_seen_at.getTime()))).toISOString(),
    });
  }
  return result.sort((a, b) => b.accountCount - a.accountCount || a.id.localeCompare(b.id));
}
