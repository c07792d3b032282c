import { z } from 'zod';
import { lazySchema } from '../messaging/lazy-schema';
import { MAX_NOTE_CHARS } from '../moderation/review-item';
import { clusterSchema, auditEntrySchema, meResponseSchema, teamDecisionSchema, teamItemSchema, TEAM_VIEWS } from './schema';

/**
 * The team's messages, spread into the protocol. All come only from Ferry's own
 * pages (options and side panel): the token never leaves the background, and no
 * site's content script can connect, read or decide.
 */
export const TEAM_PROBLEMS = ['bad-url', 'no-permission', 'unreachable', 'rejected'] as const;
export const teamProblemSchema = z.enum(TEAM_PROBLEMS);
export type TeamProblem = z.infer<typeof teamProblemSchema>;

const lostDecisionSchema = lazySchema(() => z.object({
  itemId: z.string(),
  /** What this moderator decided, which lost. */
  status: teamDecisionSchema,
  note: z.string(),
  /** What won on the server. */
  current: teamItemSchema,
  at: z.number(),
}));
export type LostDecision = z.infer<typeof lostDecisionSchema>;

export const teamStatusResponseSchema = lazySchema(() => z.object({
  configured: z.boolean(),
  serverUrl: z.string().optional(),
  me: meResponseSchema.optional(),
  /** Changes waiting in the outbox for the server. */
  pending: z.number().int().nonnegative(),
  lastSync: z.object({ at: z.number(), ok: z.boolean(), problem: teamProblemSchema.optional(), message: z.string().max(500).optional() }).optional(),
  /** Decisions that lost to a newer version, with what won, until dismissed. */
  lost: z.array(lostDecisionSchema).max(100),
}));
export type TeamStatusResponse = z.infer<typeof teamStatusResponseSchema>;

const itemIdSchema = lazySchema(() => z.string().uuid());

export const teamMessages = {
  teamStatus: {
    from: 'extension-page',
    request: lazySchema(() => z.object({})),
    response: teamStatusResponseSchema,
  },
  /** Checks the token with the server (GET /v1/me) and keeps it only when the server accepts it. */
  teamConnect: {
    from: 'extension-page',
    request: lazySchema(() => z.object({ serverUrl: z.string().min(1).max(2048), token: z.string().trim().min(1).max(512) })),
    response: lazySchema(() => z.object({ connected: z.boolean(), problem: teamProblemSchema.optional(), message: z.string().max(500).optional(), status: teamStatusResponseSchema })),
  },
  teamDisconnect: {
    from: 'extension-page',
    request: lazySchema(() => z.object({})),
    response: teamStatusResponseSchema,
  },
  /** Sends the outbox now. */
  teamSync: {
    from: 'extension-page',
    request: lazySchema(() => z.object({})),
    response: teamStatusResponseSchema,
  },
  teamDismissLost: {
    from: 'extension-page',
    request: lazySchema(() => z.object({ itemId: z.string().max(100) })),
    response: teamStatusResponseSchema,
  },
  /** One tab of the team view; `notModified` when the server answered 304 to `etag`. */
  teamList: {
    from: 'extension-page',
    request: lazySchema(() => z.object({ view: z.enum(TEAM_VIEWS), etag: z.string().max(200).optional() })),
    response: lazySchema(() => z.object({
      notModified: z.boolean(),
      items: z.array(teamItemSchema).max(500),
      etag: z.string().max(200),
      offline: z.boolean(),
      message: z.string().max(500).optional(),
    })),
  },
  teamClaim: {
    from: 'extension-page',
    request: lazySchema(() => z.object({ itemId: itemIdSchema })),
    response: lazySchema(() => z.object({ item: teamItemSchema.optional(), problem: teamProblemSchema.optional(), message: z.string().max(500).optional() })),
  },
  /** Queued in the outbox first (it always succeeds locally), then sent. */
  teamDecide: {
    from: 'extension-page',
    request: lazySchema(() => z.object({ itemId: itemIdSchema, status: teamDecisionSchema, note: z.string().max(MAX_NOTE_CHARS), baseVersion: z.number().int().nonnegative() })),
    response: lazySchema(() => z.object({ outcome: z.enum(['sent', 'queued', 'lost', 'refused']), item: teamItemSchema.optional(), message: z.string().max(500).optional() })),
  },
  teamHistory: {
    from: 'extension-page',
    request: lazySchema(() => z.object({ itemId: itemIdSchema })),
    response: lazySchema(() => z.object({ entries: z.array(auditEntrySchema).max(1000), offline: z.boolean() })),
  },
  teamClusters: {
    from: 'extension-page',
    request: lazySchema(() => z.object({})),
    response: lazySchema(() => z.object({ clusters: z.array(clusterSchema).max(500), offline: z.boolean() })),
  },
} as const;
