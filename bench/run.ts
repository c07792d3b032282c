import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { benchCoded } from './coded.bench';
import { benchCacheInChromium, benchExtensionRoundTrip } from './chromium.bench';
import { benchFeedRuntime } from './feed-runtime.bench';
import { benchHostileInput } from './hostile-input.bench';
import { benchMatcher } from './matcher.bench';
import { benchPipeline } from './pipeline.bench';
import { renderReport, type BenchSection } from './report';

// `npm run bench`: every benchmark, then BENCHMARKS.md.
const sections: BenchSection[] = [];
sections.push(await benchPipeline());
sections.push(await benchMatcher());
sections.push(await benchCoded());
sections.push(await benchCacheInChromium());
sections.push(await benchExtensionRoundTrip());
sections.push(...(await benchFeedRuntime()));
sections.push(await benchHostileInput());

let chromium = 'Chromium not found';
try {
  chromium = execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
} catch {
  // Browser benchmarks report their own absence.
}
const report = renderReport(sections, chromium);
writeFileSync('BENCHMARKS.md', report);
console.log(report);
const missed = sections.flatMap((section) => section.rows.filter((row) => row.pass === false).map((row) => `${section.title}: ${row.metric}`));
if (missed.length) console.log(`\nTargets missed:\n- ${missed.join('\n- ')}`);
