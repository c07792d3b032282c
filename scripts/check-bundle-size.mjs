// Size budget for the built Chrome package: fails when a content script or the
// background's startup code outgrows its gzipped budget. A size check, not a timing.
//   node scripts/check-bundle-size.mjs [extension dir]   (default: $FERRY_EXTENSION_DIR or $FERRY_OUT_DIR/chrome-mv3)
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const KB = 1024;

/**
 * Gzipped budgets. Content scripts run on every page of a supported site, so
 * each is held to 150 KB. The background is measured with the chunks it
 * imports statically (what a waking worker must load); on-demand chunks such as
 * the Traditional converter are not counted. Its budget is the size on
 * 2026-12-01 (109 KB gzipped, 5 files) plus a quarter for growth.
 */
export const BUDGETS = { contentScript: 150 * KB, background: 135 * KB };

const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]+from\s*)?["']([^"']+)["']/g;

/** A module and everything it imports statically, as files under the package. */
export function staticImportClosure(dir, entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(path.join(dir, file), 'utf8');
    for (const [, specifier] of code.matchAll(STATIC_IMPORT)) {
      if (!specifier.startsWith('.') && !specifier.startsWith('/')) continue;
      const target = specifier.startsWith('/') ? specifier.slice(1) : path.posix.join(path.posix.dirname(file), specifier);
      visit(path.posix.normalize(target));
    }
  };
  visit(entry);
  return [...seen];
}

function measure(dir, files) {
  const code = Buffer.concat(files.map((file) => readFileSync(path.join(dir, file))));
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

/** Every budgeted bundle in the package with its raw and gzipped size. */
export function checkBundles(dir, budgets = BUDGETS) {
  const contentScripts = readdirSync(path.join(dir, 'content-scripts')).filter((file) => file.endsWith('.js'));
  const bundles = [
    ...contentScripts.map((file) => ({ name: `content-scripts/${file}`, files: [`content-scripts/${file}`], budget: budgets.contentScript })),
    { name: 'background.js + static imports', files: staticImportClosure(dir, 'background.js'), budget: budgets.background },
  ];
  return bundles.map((bundle) => {
    const size = measure(dir, bundle.files);
    return { ...bundle, ...size, ok: size.gzip <= bundle.budget };
  });
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

function main() {
  const dir = path.resolve(process.argv[2] ?? process.env.FERRY_EXTENSION_DIR ?? path.join(process.env.FERRY_OUT_DIR ?? '.output', 'chrome-mv3'));
  const results = checkBundles(dir);
  console.log(`Bundle sizes in ${path.relative(process.cwd(), dir) || dir}`);
  for (const result of results) {
    console.log(
      `${result.ok ? 'ok  ' : 'OVER'}  ${result.name.padEnd(34)} ${kb(result.raw).padStart(10)} raw  ${kb(result.gzip).padStart(9)} gzip  (budget ${kb(result.budget)} gzip${result.files.length > 1 ? `, ${result.files.length} files` : ''})`,
    );
  }
  const over = results.filter((result) => !result.ok);
  if (over.length > 0) {
    console.error(`\n${over.length} bundle(s) over budget: ${over.map((result) => result.name).join(', ')}`);
    process.exit(1);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
