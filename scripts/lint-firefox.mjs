// `npm run lint:firefox`: `web-ext lint` (addons-linter, the validator addons.mozilla.org runs)
// on the Firefox build. Fails on any error, and on any warning or notice that is not accepted
// below, so a new one fails CI like an error (--warnings-as-errors with a reviewed exception list).
// Not --self-hosted: Ferry is published on AMO (zip:firefox writes the sources zip AMO reviews).
// The build dir: FERRY_FIREFOX_EXTENSION_DIR, else $FERRY_OUT_DIR/firefox-mv2 (default .output).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const dir = path.resolve(process.env.FERRY_FIREFOX_EXTENSION_DIR ?? path.join(process.env.FERRY_OUT_DIR ?? '.output', 'firefox-mv2'));

/**
 * Messages looked at and accepted. Each one names the code, the file, and a check on the
 * reported source position, so that only that exact construct is let through.
 */
const ACCEPTED = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^chunks\/client-[\w-]+\.js$/,
    // react-dom's `case "dangerouslySetInnerHTML": ... node.innerHTML = html`.
    at: (before, after) => /dangerouslySetInnerHTML.{0,200}$/s.test(before) && /^\w+\.innerHTML=/.test(after),
    why:
      "react-dom's implementation of dangerouslySetInnerHTML, in the React chunk shared by the popup, options, onboarding and side panel. " +
      'Ferry never passes dangerouslySetInnerHTML (eslint forbids it), so this assignment is never reached.',
  },
];

if (!existsSync(path.join(dir, 'manifest.json'))) {
  console.error(`${dir}/manifest.json is missing: run \`npm run build:firefox\` first`);
  process.exit(1);
}

// No config discovery: a ~/.web-ext-config.mjs must not change what CI checks.
// NO_UPDATE_NOTIFIER: web-ext would otherwise ask the npm registry for a newer web-ext in the background.
const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery', '--no-input'], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
  env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
});
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`web-ext lint gave no report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
}

/** Source text around the reported line and column (both 1-based in addons-linter), or undefined. */
function around(message) {
  if (!message.file || !message.line) return undefined;
  const file = path.join(dir, message.file);
  if (!existsSync(file)) return undefined;
  const line = readFileSync(file, 'utf8').split('\n')[message.line - 1] ?? '';
  const column = Math.max(0, (message.column ?? 1) - 1);
  return { before: line.slice(Math.max(0, column - 300), column), after: line.slice(column, column + 200) };
}

function acceptance(message) {
  return ACCEPTED.find((rule) => {
    if (rule.code !== message.code || !rule.file.test(message.file ?? '')) return false;
    const source = around(message);
    return source !== undefined && rule.at(source.before, source.after);
  });
}

let failures = 0;
const accepted = new Set();
for (const type of ['errors', 'warnings', 'notices']) {
  for (const message of report[type] ?? []) {
    const where = [message.file, message.line, message.column].filter((part) => part !== undefined && part !== null).join(':');
    const rule = type === 'errors' ? undefined : acceptance(message);
    if (rule) accepted.add(rule);
    else failures++;
    console.log(`${rule ? 'accepted' : type.slice(0, -1).toUpperCase().padEnd(8)}  ${message.code}  ${where}  ${message.message}`);
  }
}
for (const rule of accepted) console.log(`\naccepted ${rule.code} in ${rule.file}: ${rule.why}`);

const { errors = 0, warnings = 0, notices = 0 } = report.summary ?? {};
console.log(`\nweb-ext lint ${dir}: ${errors} error(s), ${warnings} warning(s), ${notices} notice(s); ${failures} not accepted`);
process.exit(failures === 0 && run.status === 0 ? 0 : 1);
