import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { exportCsv, exportJson } from '../core/moderation/review-export';
import { reviewItemSchema, type ReviewItem } from '../core/moderation/review-item';
import {
  claimNextRequestSchema,
  decisionRequestSchema,
  exportQuerySchema,
  fileItemRequestSchema,
  itemsQuerySchema,
  settingsRequestSchema,
  type TeamItem,
} from '../core/team/schema';
import { withTeam, type Caller, type Db } from './db';
import * as queue from './queue';
import { parseToken, verifySecret } from './tokens';

const idParam = z.object({ id: z.string().uuid() });

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** A zod failure as a 400 that says which field is wrong and why. */
function parse<T extends z.ZodType>(schema: T, value: unknown, what: string): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ path: issue.path.join('.') || '(root)', message: issue.message }));
  throw new HttpError(400, 'invalid_request', `Invalid ${what}: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`, { issues });
}

async function authenticate(db: Db, request: FastifyRequest): Promise<Caller> {
  const header = request.headers.authorization ?? '';
  const token = /^Bearer (\S+)$/.exec(header)?.[1];
  const parsed = token ? parseToken(token) : null;
  if (!parsed) throw new HttpError(401, 'unauthorized', 'Missing or malformed token: send "Authorization: Bearer ferry_…".');
  // Runs as the connecting (owner) role: the team is not known until the token is.
  const { rows } = await db.query<{ id: string; name: string; role: Caller['role']; team_id: string; team_name: string; retention_days: number | null; token_salt: Buffer; token_hash: Buffer; revoked_at: Date | null }>(
    `SELECT m.id, m.name, m.role, m.team_id, t.name AS team_name, t.retention_days, m.token_salt, m.token_hash, m.revoked_at
     FROM moderators m JOIN teams t ON t.id = m.team_id WHERE m.token_id = $1`,
    [parsed.tokenId],
  );
  const row = rows[0];
  if (!row || row.revoked_at || !(await verifySecret(parsed.secret, row.token_salt, row.token_hash))) {
    throw new HttpError(401, 'unauthorized', 'This token is unknown or has been revoked.');
  }
  return { teamId: row.team_id, teamName: row.team_name, retentionDays: row.retention_days, moderatorId: row.id, moderatorName: row.name, role: row.role };
}

function requireLead(caller: Caller) {
  if (caller.role !== 'lead') throw new HttpError(403, 'forbidden', 'Only a team lead can do this.');
}

function send(reply: FastifyReply, outcome: queue.Outcome) {
  if (outcome.ok) return reply.send(outcome.item);
  const { ok: _ok, code, ...body } = outcome;
  return reply.code(code).send(body);
}

/** A team item in the review queue's own shape, for the existing export formats. */
export function toReviewItem(item: TeamItem): ReviewItem {
  return reviewItemSchema.parse({
    ...item.item,
    key: item.key,
    status: item.status,
    note: item.note,
    firstSeenAt: Date.parse(item.firstSeenAt),
    lastSeenAt: Date.parse(item.lastSeenAt),
    decidedAt: item.decidedAt === null ? undefined : Date.parse(item.decidedAt),
  });
}

export interface AppOptions {
  db: Db;
  logger?: boolean;
}

/** The HTTP API. It keeps no state between requests: everything lives in PostgreSQL. */
export function buildApp({ db, logger = false }: AppOptions) {
  const app = Fastify({ logger, bodyLimit: 256 * 1024 });

  app.setErrorHandler((error: unknown, _request, reply) => {
    if (error instanceof HttpError) return reply.code(error.status).send({ error: error.code, message: error.message, ...error.extra });
    const status = (error as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) {
      return reply.code(status).send({ error: 'invalid_request', message: (error as Error).message });
    }
    app.log.error(error);
    return reply.code(500).send({ error: 'internal', message: 'The server could not complete this request.' });
  });
  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: 'not_found', message: 'No such route.' }));

  const team = <T>(request: FastifyRequest, work: (caller: Caller, tx: Parameters<Parameters<typeof withTeam>[2]>[0]) => Promise<T>) =>
    authenticate(db, request).then((caller) => withTeam(db, caller, (tx) => work(caller, tx)));

  app.get('/healthz', async () => {
    await db.query('SELECT 1');
    return { ok: true };
  });

  app.get('/v1/me', async (request) => {
    const caller = await authenticate(db, request);
    return {
      team: { id: caller.teamId, name: caller.teamName, retentionDays: caller.retentionDays },
      moderator: { id: caller.moderatorId, name: caller.moderatorName, role: caller.role },
    };
  });

  app.post('/v1/items', async (request, reply) => {
    const body = parse(fileItemRequestSchema, request.body, 'item');
    const { item, created } = await team(request, (caller, tx) => queue.fileItem(tx, caller, body));
    return reply.code(created ? 201 : 200).send(item);
  });

  app.get('/v1/items', async (request, reply) => {
    const query = parse(itemsQuerySchema, request.query, 'query');
    const result = await team(request, async (caller, tx) => {
      const revision = await queue.teamRevision(tx, caller);
      const tag = `"${revision}-${createHash('sha256').update(JSON.stringify([caller.moderatorId, query])).digest('base64url').slice(0, 16)}"`;
      if (request.headers['if-none-match'] === tag) return { tag, items: null, revision };
      return { tag, items: await queue.listItems(tx, caller, query), revision };
    });
    reply.header('etag', result.tag).header('cache-control', 'no-cache');
    if (result.items === null) return reply.code(304).send();
    return { revision: Number(result.revision.split('-')[0]), items: result.items };
  });

  app.get('/v1/items/:id', async (request, reply) => {
    const { id } = parse(idParam, request.params, 'item id');
    const item = await team(request, (caller, tx) => queue.getItem(tx, caller, id));
    if (!item) return reply.code(404).send({ error: 'not_found', message: 'No such item in your team.' });
    return item;
  });

  app.get('/v1/items/:id/history', async (request) => {
    const { id } = parse(idParam, request.params, 'item id');
    return { entries: await team(request, (caller, tx) => queue.auditLog(tx, caller, id)) };
  });

  app.post('/v1/claim', async (request, reply) => {
    const filters = parse(claimNextRequestSchema, request.body ?? {}, 'filters');
    const item = await team(request, (caller, tx) => queue.claimNext(tx, caller, filters));
    if (!item) return reply.code(204).send();
    return item;
  });

  app.post('/v1/items/:id/claim', async (request, reply) => {
    const { id } = parse(idParam, request.params, 'item id');
    return send(reply, await team(request, (caller, tx) => queue.claimItem(tx, caller, id)));
  });

  app.post('/v1/items/:id/release', async (request, reply) => {
    const { id } = parse(idParam, request.params, 'item id');
    return send(reply, await team(request, (caller, tx) => queue.releaseItem(tx, caller, id)));
  });

  app.post('/v1/items/:id/decision', async (request, reply) => {
    const { id } = parse(idParam, request.params, 'item id');
    const body = parse(decisionRequestSchema, request.body, 'decision');
    return send(reply, await team(request, (caller, tx) => queue.decide(tx, caller, id, body)));
  });

  app.get('/v1/clusters', async (request) => ({ clusters: await team(request, (caller, tx) => queue.clusters(tx, caller)) }));

  app.get('/v1/audit', async (request) => {
    const { limit } = parse(z.object({ limit: z.coerce.number().int().min(1).max(5_000).default(500) }), request.query, 'query');
    return {
      entries: await team(request, (caller, tx) => {
        requireLead(caller);
        return queue.auditLog(tx, caller, null, limit);
      }),
    };
  });

  app.get('/v1/export', async (request, reply) => {
    const query = parse(exportQuerySchema, request.query, 'query');
    const items = await team(request, (caller, tx) => {
      requireLead(caller);
      return queue.listItems(tx, caller, { ...query, view: 'all', limit: 100_000 });
    });
    const reviewItems = items.map(toReviewItem);
    if (query.format === 'csv') return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="ferry-team-review.csv"').send(exportCsv(reviewItems));
    return reply.type('application/json; charset=utf-8').header('content-disposition', 'attachment; filename="ferry-team-review.json"').send(exportJson(reviewItems));
  });

  app.put('/v1/settings', async (request) => {
    const body = parse(settingsRequestSchema, request.body, 'settings');
    await team(request, (caller, tx) => {
      requireLead(caller);
      return queue.setRetention(tx, caller, body.retentionDays);
    });
    return { retentionDays: body.retentionDays };
  });

  app.post('/v1/retention/run', async (request) => ({
    deleted: await team(request, (caller, tx) => {
      requireLead(caller);
      return queue.purgeTeam(tx, caller);
    }),
  }));

  return app;
}

/** Retention for every team, run by each server copy on a timer; the DELETE is idempotent, so copies may overlap. */
export async function purgeAllTeams(db: Db): Promise<number> {
  const result = await db.query(
    `DELETE FROM items i USING teams t WHERE i.team_id = t.id AND t.retention_days IS NOT NULL
       AND i.created_at < now() - make_interval(days => t.retention_days)`,
  );
  return result.rowCount ?? 0;
}
