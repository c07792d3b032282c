import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { benchCoded } from './coded.bench';
import { benchCacheInChromium, benchExtensionRoundTrip } from './chromium.bench';
import { benchFeedRuntime } from './feed-runtime.bench';
import { benchHostileInput } from './hostile-input.bench';
import { benchMatcher } from './matcher.bench';
import { benchPipeline } from './pipeline.bench';
import { mergeReport, renderReport, type BenchSection } from './report';
import { benchScroll } from './scroll.bench';
import { benchSubtitles } from './subtitles.bench';
import { benchTeamServer } from './team-server.bench';

// `npm run bench`: every benchmark, then BENCHMARKS.md.
// FERRY_BENCH_ONLY=scroll,hostile (names below) runs only those and replaces their sections in BENCHMARKS.md.
const only = process.env.FERRY_BENCH_ONLY?.split(',').map((name) => name.trim());
const wanted = (name: string) => !only || only.includes(name);
const sections: BenchSection[] = [];
let screenAtATime: string | undefined;
if (wanted('pipeline')) {
  const pipeline = await benchPipeline();
  screenAtATime = pipeline.rows.find((row) => row.metric === 'Average segments per request')?.value;
  sections.push(pipeline);
}
if (wanted('matcher')) sections.push(await benchMatcher());
if (wanted('coded')) sections.push(await benchCoded());
if (wanted('cache')) sections.push(await benchCacheInChromium());
if (wanted('roundtrip')) sections.push(await benchExtensionRoundTrip());
// Without a pipeline run, the screen-at-a-time figure comes from the last report.
if (!screenAtATime && existsSync('BENCHMARKS.md')) {
  screenAtATime = readFileSync('BENCHMARKS.md', 'utf8').match(/^\| Average segments per request \| ([^|]+) \|/m)?.[1]?.trim();
}
if (wanted('scroll')) sections.push(await benchScroll(screenAtATime));
if (wanted('feed')) sections.push(...(await benchFeedRuntime()));
if (wanted('hostile')) sections.push(await benchHostileInput());
if (wanted('subtitles')) sections.push(await benchSubtitles());
if (wanted('team')) sections.push(await benchTeamServer());

let chromium = 'Chromium not found';
try {
  chromium = execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
} catch {
  // Browser benchmarks report their own absence.
}
const report = only && existsSync('BENCHMARKS.md') ? mergeReport(readFileSync('BENCHMARKS.md', 'utf8'), sections, chromium) : renderReport(sections, chromium);
writeFileSync('BENCHMARKS.md', report);
console.log(renderReport(sections, chromium));
const missed = sections.flatMap((section) => section.rows.filter((row) => row.pass === false).map((row) => `${section.title}: ${row.metric}`));
if (missed.length) console.log(`\nTargets missed:\n- ${missed.join('\n- ')}`);
