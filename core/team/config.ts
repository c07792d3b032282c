import { z } from 'zod';
import { readPrivate, writePrivate } from '../settings/private-store';
import { meResponseSchema } from './schema';

/**
 * The team server's address and this moderator's token. Kept in the private
 * store (the extension origin's IndexedDB) like API keys: content scripts and
 * storage.local never see the token; only the background sends it.
 */
export const teamConfigSchema = z.object({
  serverUrl: z.string().url().max(2048),
  token: z.string().min(1).max(512),
  /** Who the server said this token is, when it was connected. */
  me: meResponseSchema.optional(),
});
export type TeamConfig = z.infer<typeof teamConfigSchema>;

const TEAM_CONFIG_KEY = 'team';

export async function loadTeamConfig(): Promise<TeamConfig | undefined> {
  const parsed = teamConfigSchema.safeParse(await readPrivate(TEAM_CONFIG_KEY));
  return parsed.success ? parsed.data : undefined;
}

export async function saveTeamConfig(config: TeamConfig | undefined): Promise<void> {
  await writePrivate(TEAM_CONFIG_KEY, config ? teamConfigSchema.parse(config) : undefined);
}

/** An http(s) server URL without query or fragment, or undefined for anything else. */
export function normaliseServerUrl(input: string): string | undefined {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username || url.password) return undefined;
  url.search = '';
  url.hash = '';
  return url.href.replace(/\/+$/, '') + '/';
}

/** The host-permission pattern for a server URL (what permissions.request and .contains take). */
export function serverOriginPattern(serverUrl: string): string {
  const url = new URL(serverUrl);
  return `${url.protocol}//${url.hostname}/*`;
}
