import { type z } from 'zod';
import {
  auditResponseSchema,
  clustersResponseSchema,
  conflictResponseSchema,
  errorResponseSchema,
  itemsResponseSchema,
  meResponseSchema,
  teamItemSchema,
  type DecisionRequest,
  type FileItemRequest,
  type ItemsQuery,
  type TeamItem,
} from './schema';

/** What one call to the team server came to. `offline` covers a dropped connection and 5xx: try again later. */
export type TeamResult<T> =
  | { kind: 'ok'; value: T }
  | { kind: 'conflict'; message: string; current: TeamItem }
  | { kind: 'rejected'; status: number; message: string }
  | { kind: 'offline'; message: string };

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * The extension's side of the team API. Every answer is parsed with the same zod schemas the server
 * uses; a malformed answer counts as the server being unavailable, never as data.
 */
export class TeamClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
    private readonly fetcher: FetchLike = (input, init) => fetch(input, init),
  ) {}

  private async call<T>(path: string, init: RequestInit, schema: z.ZodType<T>): Promise<TeamResult<T>> {
    let response: Response;
    try {
      response = await this.fetcher(new URL(path, this.baseUrl).toString(), {
        ...init,
        headers: { authorization: `Bearer ${this.token}`, ...(init.body ? { 'content-type': 'application/json' } : {}), ...init.headers },
      });
    } catch (error) {
      return { kind: 'offline', message: (error as Error).message };
    }
    const body: unknown = await response.json().catch(() => undefined);
    if (response.status >= 500) return { kind: 'offline', message: `server answered ${response.status}` };
    if (response.status === 409) {
      const conflict = conflictResponseSchema.safeParse(body);
      if (conflict.success) return { kind: 'conflict', message: conflict.data.message, current: conflict.data.current };
    }
    if (!response.ok) {
      const error = errorResponseSchema.safeParse(body);
      return { kind: 'rejected', status: response.status, message: error.success ? error.data.message : `server answered ${response.status}` };
    }
    const parsed = schema.safeParse(body);
    return parsed.success ? { kind: 'ok', value: parsed.data } : { kind: 'offline', message: 'the server sent an answer Ferry does not understand' };
  }

  me() {
    return this.call('/v1/me', { method: 'GET' }, meResponseSchema);
  }

  file(request: FileItemRequest) {
    return this.call('/v1/items', { method: 'POST', body: JSON.stringify(request) }, teamItemSchema);
  }

  decide(itemId: string, request: DecisionRequest) {
    return this.call(`/v1/items/${encodeURIComponent(itemId)}/decision`, { method: 'POST', body: JSON.stringify(request) }, teamItemSchema);
  }

  claim(itemId: string) {
    return this.call(`/v1/items/${encodeURIComponent(itemId)}/claim`, { method: 'POST' }, teamItemSchema);
  }

  history(itemId: string) {
    return this.call(`/v1/items/${encodeURIComponent(itemId)}/history`, { method: 'GET' }, auditResponseSchema);
  }

  clusters() {
    return this.call('/v1/clusters', { method: 'GET' }, clustersResponseSchema);
  }

  /** A listing, or `null` when the server answered 304 to `etag` (nothing changed). */
  async list(query: ItemsQuery, etag?: string): Promise<TeamResult<{ items: TeamItem[]; etag: string } | null>> {
    const params = new URLSearchParams(Object.entries(query).map(([key, value]) => [key, String(value)]));
    let response: Response;
    try {
      response = await this.fetcher(new URL(`/v1/items?${params}`, this.baseUrl).toString(), { headers: { authorization: `Bearer ${this.token}`, ...(etag ? { 'if-none-match': etag } : {}) } });
    } catch (error) {
      return { kind: 'offline', message: (error as Error).message };
    }
    if (response.status === 304) return { kind: 'ok', value: null };
    if (response.status >= 500) return { kind: 'offline', message: `server answered ${response.status}` };
    const body: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const error = errorResponseSchema.safeParse(body);
      return { kind: 'rejected', status: response.status, message: error.success ? error.data.message : `server answered ${response.status}` };
    }
    const parsed = itemsResponseSchema.safeParse(body);
    if (!parsed.success) return { kind: 'offline', message: 'the server sent an answer Ferry does not understand' };
    return { kind: 'ok', value: { items: parsed.data.items, etag: response.headers.get('etag') ?? '' } };
  }
}
