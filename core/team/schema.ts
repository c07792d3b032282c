import { z } from 'zod';
import { regionSchema } from '../knowledge/schema';
import { MAX_NOTE_CHARS, reviewItemInputSchema } from '../moderation/review-item';
import { JURISDICTION_PROFILES } from '../moderation/jurisdiction';

/**
 * The team server's wire format, shared by the server (server/) and the
 * extension's background. Every request body and query is parsed with these
 * on the server; every response is parsed with them in the extension.
 */

export const TEAM_ROLES = ['moderator', 'lead'] as const;
export const teamRoleSchema = z.enum(TEAM_ROLES);
export type TeamRole = z.infer<typeof teamRoleSchema>;

export const TEAM_DECISIONS = ['reviewed', 'escalated', 'dismissed'] as const;
export const teamDecisionSchema = z.enum(TEAM_DECISIONS);
export type TeamDecision = z.infer<typeof teamDecisionSchema>;

export const teamStatusSchema = z.enum(['new', ...TEAM_DECISIONS]);
export type TeamStatus = z.infer<typeof teamStatusSchema>;

/** Client-made idempotency key: a retried request with the same key has the effect of one. */
export const idempotencyKeySchema = z.string().regex(/^[A-Za-z0-9_-]{8,100}$/, 'must be 8–100 letters, digits, - or _');

export const jurisdictionSchema = z.object({
  profile: z.enum(JURISDICTION_PROFILES),
  regions: z.array(regionSchema).max(6),
});

export const fileItemRequestSchema = z.object({
  idempotencyKey: idempotencyKeySchema,
  item: reviewItemInputSchema,
  jurisdiction: jurisdictionSchema,
  /** When the overlay saw the post (ms since epoch); the server's clock when absent. */
  seenAt: z.number().int().nonnegative().optional(),
});
export type FileItemRequest = z.input<typeof fileItemRequestSchema>;

export const decisionRequestSchema = z.object({
  idempotencyKey: idempotencyKeySchema,
  status: teamDecisionSchema,
  note: z.string().max(MAX_NOTE_CHARS).default(''),
  /** The item version the moderator decided on; a newer one on the server is a conflict. */
  baseVersion: z.number().int().nonnegative(),
});
export type DecisionRequest = z.input<typeof decisionRequestSchema>;

export const TEAM_VIEWS = ['unclaimed', 'mine', 'escalated', 'all'] as const;
export const itemsQuerySchema = z.object({
  view: z.enum(TEAM_VIEWS).default('all'),
  topic: z.string().max(100).default(''),
  region: z.union([regionSchema, z.literal('')]).default(''),
  level: z.union([z.enum(['prohibited', 'restricted', 'allowed', 'varies']), z.literal('')]).default(''),
  site: z.string().max(64).default(''),
  status: z.union([teamStatusSchema, z.literal('')]).default(''),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type ItemsQuery = z.input<typeof itemsQuerySchema>;

export const claimNextRequestSchema = itemsQuerySchema.pick({ topic: true, region: true, level: true, site: true }).partial().default({});

export const moderatorRefSchema = z.object({ id: z.string().uuid(), name: z.string() });

export const teamItemSchema = z.object({
  id: z.string().uuid(),
  key: z.string(),
  item: reviewItemInputSchema,
  jurisdiction: jurisdictionSchema,
  status: teamStatusSchema,
  note: z.string(),
  version: z.number().int().nonnegative(),
  filedBy: moderatorRefSchema,
  claimedBy: moderatorRefSchema.nullable(),
  decidedBy: moderatorRefSchema.nullable(),
  firstSeenAt: z.string().datetime(),
  lastSeenAt: z.string().datetime(),
  decidedAt: z.string().datetime().nullable(),
});
export type TeamItem = z.infer<typeof teamItemSchema>;

export const itemsResponseSchema = z.object({ revision: z.number().int(), items: z.array(teamItemSchema) });

export const AUDIT_ACTIONS = ['filed', 'claimed', 'released', ...TEAM_DECISIONS] as const;
export const auditEntrySchema = z.object({
  id: z.number().int(),
  itemId: z.string().uuid(),
  itemKey: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  note: z.string(),
  moderator: moderatorRefSchema,
  version: z.number().int(),
  at: z.string().datetime(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const auditResponseSchema = z.object({ entries: z.array(auditEntrySchema) });

/** A decision that lost to a newer version: the server answers 409 with what won. */
export const conflictResponseSchema = z.object({ error: z.literal('conflict'), message: z.string(), current: teamItemSchema });

export const clusterSchema = z.object({
  id: z.string(),
  itemIds: z.array(z.string().uuid()),
  sample: z.string(),
  accounts: z.array(z.string()),
  accountCount: z.number().int(),
  /** Displayed location labels (as the site showed them) and how many posts carried each. */
  displayedLocations: z.array(z.object({ label: z.string(), count: z.number().int() })),
  /** Places the posts' own words claim (from location- and script-mismatch signals) and how many. */
  claimedPlaces: z.array(z.object({ place: z.string(), count: z.number().int() })),
  firstSeenAt: z.string().datetime(),
  lastSeenAt: z.string().datetime(),
});
export type TeamCluster = z.infer<typeof clusterSchema>;
export const clustersResponseSchema = z.object({ clusters: z.array(clusterSchema) });

export const meResponseSchema = z.object({
  team: z.object({ id: z.string().uuid(), name: z.string(), retentionDays: z.number().int().nullable() }),
  moderator: z.object({ id: z.string().uuid(), name: z.string(), role: teamRoleSchema }),
});
export type TeamMe = z.infer<typeof meResponseSchema>;

export const settingsRequestSchema = z.object({ retentionDays: z.number().int().min(1).max(3650).nullable() });

export const exportQuerySchema = z.object({ format: z.enum(['json', 'csv']).default('json') }).merge(itemsQuerySchema.omit({ limit: true, view: true }));

export const errorResponseSchema = z.object({
  error: z.string(),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
