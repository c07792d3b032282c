import type { Db } from './db';
import { issueToken } from './tokens';
import type { TeamRole } from '../core/team/schema';

/** Team administration, used by the command line (server/cli.ts) and the tests. Runs as the owner role. */
export async function createTeam(db: Db, name: string): Promise<{ id: string; name: string }> {
  const { rows } = await db.query<{ id: string; name: string }>('INSERT INTO teams (name) VALUES ($1) RETURNING id, name', [name]);
  return rows[0]!;
}

export async function addModerator(db: Db, teamName: string, name: string, role: TeamRole): Promise<{ id: string; token: string }> {
  const issued = await issueToken();
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO moderators (team_id, name, role, token_id, token_salt, token_hash)
     SELECT id, $2, $3, $4, $5, $6 FROM teams WHERE name = $1 RETURNING id`,
    [teamName, name, role, issued.tokenId, issued.salt, issued.hash],
  );
  if (!rows[0]) throw new Error(`No team named "${teamName}"`);
  return { id: rows[0].id, token: issued.token };
}

/** Revokes a moderator's token at once; their past decisions stay in the audit log. */
export async function revokeModerator(db: Db, teamName: string, name: string): Promise<boolean> {
  const result = await db.query(
    'UPDATE moderators m SET revoked_at = now() FROM teams t WHERE t.id = m.team_id AND t.name = $1 AND m.name = $2 AND m.revoked_at IS NULL',
    [teamName, name],
  );
  return (result.rowCount ?? 0) > 0;
}

export async function listModerators(db: Db, teamName: string) {
  const { rows } = await db.query<{ id: string; name: string; role: string; revoked_at: Date | null; created_at: Date }>(
    'SELECT m.id, m.name, m.role, m.revoked_at, m.created_at FROM moderators m JOIN teams t ON t.id = m.team_id WHERE t.name = $1 ORDER BY m.created_at',
    [teamName],
  );
  return rows;
}
