// `npm test`: every check in order, then one pass/fail summary.
// Type errors, lint, unit tests, the team server's tests against PostgreSQL, the Chrome build, its size budget and the E2E suite in real Chromium;
// then the Firefox build, web-ext lint on it and a smoke test in Firefox ESR (WebDriver BiDi).
// The browser tests load the e2e builds (`--mode e2e`: open shadow roots, loopback hosts, the shortcut hook);
// the size budget, web-ext lint and the specs that check what pages can reach use the production builds.
import { spawnSync } from 'node:child_process';

const steps = [
  { name: 'typecheck', cmd: 'npx', args: ['tsc', '--noEmit'] },
  { name: 'lint', cmd: 'npx', args: ['eslint', '.', '--max-warnings=0'] },
  { name: 'unit tests', cmd: 'npx', args: ['vitest', 'run'] },
  // The team server against a real, throwaway PostgreSQL cluster; fails (never skips) when PostgreSQL is missing.
  { name: 'server tests (PostgreSQL)', cmd: 'node', args: ['scripts/with-postgres.mjs', 'npx', 'vitest', 'run', '--config', 'vitest.server.config.ts'] },
  { name: 'build (chrome-mv3)', cmd: 'npx', args: ['wxt', 'build'], gate: true },
  { name: 'bundle size', cmd: 'node', args: ['scripts/check-bundle-size.mjs'] },
  { name: 'build (chrome-mv3, e2e)', cmd: 'npx', args: ['wxt', 'build', '--mode', 'e2e'], gate: true },
  { name: 'e2e (Chromium)', cmd: 'npx', args: ['playwright', 'test'] },
  { name: 'build (firefox-mv2)', cmd: 'npx', args: ['wxt', 'build', '-b', 'firefox'], gate: true },
  { name: 'build (firefox, e2e)', cmd: 'npx', args: ['wxt', 'build', '-b', 'firefox', '--mode', 'e2e'], gate: true },
  { name: 'web-ext lint', cmd: 'node', args: ['scripts/lint-firefox.mjs'] },
  { name: 'e2e (Firefox)', cmd: 'npx', args: ['tsx', 'test/firefox/smoke.firefox.ts'] },
];

const results = [];
let gateFailed = false;
for (const step of steps) {
  if (gateFailed) {
    results.push({ ...step, status: 'skipped', seconds: 0 });
    continue;
  }
  console.log(`\n━━ ${step.name} ━━`);
  const started = Date.now();
  const run = spawnSync(step.cmd, step.args, { stdio: 'inherit', env: process.env });
  const status = run.status === 0 ? 'pass' : 'FAIL';
  results.push({ ...step, status, seconds: (Date.now() - started) / 1000 });
  if (status === 'FAIL' && step.gate) gateFailed = true;
}

console.log('\n━━ summary ━━');
for (const result of results) {
  console.log(`${result.status.padEnd(8)}${result.name.padEnd(28)}${result.seconds.toFixed(1).padStart(7)} s`);
}
const failed = results.filter((result) => result.status !== 'pass');
console.log(failed.length === 0 ? '\nAll checks passed.' : `\n${failed.length} check(s) did not pass: ${failed.map((r) => r.name).join(', ')}`);
process.exit(failed.length === 0 ? 0 : 1);
