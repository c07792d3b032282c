import pg from 'pg';
import { runner } from 'node-pg-migrate';
import { fileURLToPath } from 'node:url';

export type Db = pg.Pool;
export type Tx = pg.PoolClient;

export function createPool(databaseUrl = process.env.DATABASE_URL, max = Number(process.env.FERRY_DB_POOL ?? 20)): Db {
  if (!databaseUrl) throw new Error('DATABASE_URL is not set (e.g. postgres://ferry@127.0.0.1:5432/ferry)');
  return new pg.Pool({ connectionString: databaseUrl, max });
}

const MIGRATIONS = fileURLToPath(new URL('./migrations', import.meta.url));

/** Applies every pending migration (node-pg-migrate, SQL files in server/migrations). Safe to run from several copies at once: the runner takes an advisory lock. */
export async function migrate(databaseUrl: string, log: (message: string) => void = () => {}): Promise<void> {
  await runner({ databaseUrl, dir: MIGRATIONS, direction: 'up', migrationsTable: 'pgmigrations', log, checkOrder: true });
}

/** Whom a request acts for, once its token checked out. */
export interface Caller {
  teamId: string;
  teamName: string;
  retentionDays: number | null;
  moderatorId: string;
  moderatorName: string;
  role: 'moderator' | 'lead';
}

/**
 * Runs `work` in one transaction as the `ferry_app` role with the caller's team set, so row-level
 * security limits every statement to that team even if a query forgot its own `team_id` condition.
 */
export async function withTeam<T>(db: Db, caller: Caller, work: (tx: Tx) => Promise<T>): Promise<T> {
  const tx = await db.connect();
  try {
    await tx.query('BEGIN; SET LOCAL ROLE ferry_app');
    await tx.query("SELECT set_config('ferry.team_id', $1, true)", [caller.teamId]);
    const result = await work(tx);
    await tx.query('COMMIT');
    return result;
  } catch (error) {
    await tx.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    tx.release();
  }
}
