// Runs a command against a throwaway PostgreSQL cluster on 127.0.0.1 and exports DATABASE_URL to it.
// `node scripts/with-postgres.mjs <command> [args…]`. The cluster lives in a temporary directory and is
// stopped and removed afterwards. It uses Debian's packaged binaries (/usr/lib/postgresql/<version>/bin).
// initdb refuses to run as root, so as root the cluster is created and run as the `postgres` user.
// With DATABASE_URL already set (and FERRY_PG_FRESH unset) the command runs against that database instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const command = process.argv.slice(2);
if (command.length === 0) {
  console.error('usage: node scripts/with-postgres.mjs <command> [args…]');
  process.exit(2);
}

function pgBinDir() {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((name) => existsSync(join(root, name, 'bin', 'initdb'))) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  if (versions.length === 0) {
    console.error('PostgreSQL is not installed: `apt-get install -y postgresql` (Debian) provides /usr/lib/postgresql/<version>/bin.');
    process.exit(1);
  }
  return join(root, versions[0], 'bin');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function run(file, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(file, args, { stdio: 'inherit', ...options });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

if (process.env.DATABASE_URL && !process.env.FERRY_PG_FRESH) {
  process.exit(await run(command[0], command.slice(1), { env: process.env }));
}

const bin = pgBinDir();
const asRoot = process.getuid?.() === 0;
const dir = mkdtempSync(join(tmpdir(), 'ferry-pg-'));
const data = join(dir, 'data');
chmodSync(dir, 0o755);
if (asRoot) spawnSync('chown', ['postgres:postgres', dir], { stdio: 'inherit' });
// As root every PostgreSQL binary runs as the `postgres` user.
const pg = (tool, args) => (asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]] : [join(bin, tool), args]);

function must(tool, args) {
  const [file, argv] = pg(tool, args);
  const result = spawnSync(file, argv, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) {
    console.error(`${tool} failed (exit ${result.status}); see above.`);
    rmSync(dir, { recursive: true, force: true });
    process.exit(1);
  }
}

const port = await freePort();
must('initdb', ['-D', data, '-U', 'ferry', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
// Durability settings off: this cluster is thrown away after the run.
must('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-o',
  `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`, 'start']);

let stopped = false;
function stop() {
  if (stopped) return;
  stopped = true;
  const [file, argv] = pg('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  spawnSync(file, argv, { stdio: 'ignore' });
  rmSync(dir, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { stop(); process.exit(130); });

const env = { ...process.env, DATABASE_URL: `postgres://ferry@127.0.0.1:${port}/postgres` };
console.log(`PostgreSQL (${bin}) on 127.0.0.1:${port} for: ${command.join(' ')}`);
const code = await run(command[0], command.slice(1), { env });
stop();
process.exit(code);
