import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { addModerator, createTeam } from '../server/admin';
import { buildApp } from '../server/app';
import { fileRequest, freshDatabase } from '../server/test-support';
import { median, percentile, type BenchSection } from './report';

const ITEMS = 20_000;
const MODERATORS = 50;
/** Stop early (and say so) rather than run unbounded on a loaded machine. */
const TIME_LIMIT_MS = 15 * 60_000;

/**
 * The team server on loopback against a throwaway PostgreSQL (scripts/with-postgres.mjs): 50 moderators
 * file 20,000 items over HTTP (sync throughput), then all 50 claim-next and decide until the queue is
 * empty. Every claim is checked against the audit log afterwards: no item may be claimed twice.
 */
export async function benchTeamServer(): Promise<BenchSection> {
  const title = 'Team server: 50 moderators on one queue (PostgreSQL, loopback)';
  if (!process.env.DATABASE_URL) {
    return { title, method: 'Skipped: DATABASE_URL is not set (run through `npm run bench`, which starts PostgreSQL).', rows: [{ metric: 'ran', value: 'no', target: 'yes', pass: false }] };
  }
  const { db, drop } = await freshDatabase();
  const app = buildApp({ db });
  try {
    await createTeam(db, 'bench');
    const tokens: string[] = [];
    for (let index = 0; index < MODERATORS; index++) tokens.push((await addModerator(db, 'bench', `moderator-${index}`, 'moderator')).token);
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    const started = performance.now();
    const overTime = () => performance.now() - started > TIME_LIMIT_MS;

    // Sync: each moderator's extension pushes its outbox.
    let nextPost = 0;
    const fileStart = performance.now();
    await Promise.all(tokens.map(async (token) => {
      while (nextPost < ITEMS && !overTime()) {
        const index = nextPost++;
        const response = await fetch(`${address}/v1/items`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify(fileRequest(`bench-${index}`, { excerpt: `Post ${index}: I'm from Texas, real American here ${randomUUID()}` })),
        });
        if (response.status !== 201) throw new Error(`filing answered ${response.status}: ${await response.text()}`);
      }
    }));
    const filed = Math.min(nextPost, ITEMS);
    const fileSeconds = (performance.now() - fileStart) / 1000;

    // Claim and decide.
    const claimTimes: number[] = [];
    let decided = 0;
    const claimStart = performance.now();
    await Promise.all(tokens.map(async (token) => {
      const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
      while (!overTime()) {
        const before = performance.now();
        const claim = await fetch(`${address}/v1/claim`, { method: 'POST', headers, body: '{}' });
        claimTimes.push(performance.now() - before);
        if (claim.status === 204) break;
        if (claim.status !== 200) throw new Error(`claim answered ${claim.status}`);
        const item = (await claim.json()) as { id: string; version: number };
        const decision = await fetch(`${address}/v1/items/${item.id}/decision`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ idempotencyKey: randomUUID(), status: 'reviewed', note: '', baseVersion: item.version }),
        });
        if (decision.status !== 200) throw new Error(`decision answered ${decision.status}`);
        decided++;
      }
    }));
    const claimSeconds = (performance.now() - claimStart) / 1000;
    const { rows } = await db.query<{ twice: number; claimed: number; undecided: number }>(
      `SELECT (SELECT count(*)::int FROM (SELECT item_id FROM audit_log WHERE action = 'claimed' GROUP BY item_id HAVING count(*) > 1) d) AS twice,
              (SELECT count(DISTINCT item_id)::int FROM audit_log WHERE action = 'claimed') AS claimed,
              (SELECT count(*)::int FROM items WHERE status = 'new') AS undecided`,
    );
    const check = rows[0]!;
    const complete = filed === ITEMS && decided === ITEMS && check.undecided === 0;
    return {
      title,
      method: `${MODERATORS} moderators with their own tokens, each a concurrent HTTP client of one server copy on 127.0.0.1 (Fastify, pg pool of 20) against PostgreSQL ${(await db.query('SHOW server_version')).rows[0].server_version} on the same machine. Sync: ${ITEMS.toLocaleString('en')} items filed through \`POST /v1/items\`. Then every moderator loops \`POST /v1/claim\` (FOR UPDATE SKIP LOCKED) and \`POST /v1/items/:id/decision\` until the queue is empty; the audit log is then checked for any item claimed twice. Bounded to ${TIME_LIMIT_MS / 60_000} minutes.${complete ? '' : ' **The run hit its time limit before the queue was empty.**'}`,
      rows: [
        { metric: 'items filed', value: filed.toLocaleString('en'), target: ITEMS.toLocaleString('en'), pass: filed === ITEMS },
        { metric: 'sync throughput (filing)', value: `${Math.round(filed / fileSeconds)} items/s` },
        { metric: 'items claimed and decided', value: decided.toLocaleString('en'), target: ITEMS.toLocaleString('en'), pass: decided === ITEMS },
        { metric: 'items claimed twice', value: String(check.twice), target: '0', pass: check.twice === 0 && check.claimed === decided },
        { metric: 'claim latency p50', value: `${median(claimTimes).toFixed(1)} ms` },
        { metric: 'claim latency p95', value: `${percentile(claimTimes, 95).toFixed(1)} ms`, target: '≤ 50 ms', pass: percentile(claimTimes, 95) <= 50 },
        { metric: 'claim + decide throughput', value: `${Math.round(decided / claimSeconds)} items/s` },
      ],
    };
  } finally {
    await app.close();
    await drop();
  }
}

// `npx tsx bench/team-server.bench.ts` (under scripts/with-postgres.mjs) runs this benchmark alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  const section = await benchTeamServer();
  console.log(JSON.stringify(section, null, 2));
}
