// `npm run server`: migrates the database at DATABASE_URL, then serves the team API on HOST:PORT.
import { buildApp, purgeAllTeams } from './app';
import { createPool, migrate } from './db';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('DATABASE_URL is not set, e.g. DATABASE_URL=postgres://ferry@127.0.0.1:5432/ferry npm run server');
  process.exit(1);
}
const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 8787);

await migrate(databaseUrl, (message) => console.log(message));
const db = createPool(databaseUrl);
const app = buildApp({ db, logger: process.env.FERRY_LOG !== '0' });
const HOUR = 60 * 60 * 1000;
const purge = () => purgeAllTeams(db).then((count) => count && app.log.info(`retention: deleted ${count} item(s)`), (error: unknown) => app.log.error(error));
const timer = setInterval(purge, HOUR);
void purge();

async function shutdown() {
  clearInterval(timer);
  await app.close();
  await db.end();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());

await app.listen({ host, port });
