import { CodedMatcher } from '../core/knowledge/coded/matcher';
import { loadCodedPacks } from '../core/knowledge/coded/packs';
import { loadCorpora } from './corpora';
import { median, type BenchSection } from './report';

/**
 * Coded-language matcher speed: real posts from ../shared/corpora (Chinese and
 * English), each third one carrying a pack example sentence, about 8 MB of UTF-8.
 * Reports normalisation plus matching, and matching alone on text normalised
 * beforehand, so the cost of undoing the tricks is visible.
 */
export async function benchCoded(): Promise<BenchSection> {
  const packs = loadCodedPacks();
  const entries = packs.flatMap((pack) => pack.entries);
  const real = loadCorpora().map((post) => post.text);
  const examples = entries.map((entry) => entry.example);
  const filler = real.length > 0 ? real : ['今天天气不错，我们去公园散步了。', 'Had a great weekend hiking with friends.'];
  const posts: string[] = [];
  let bytes = 0;
  for (let index = 0; bytes < 8 * 1024 * 1024; index++) {
    const post = index % 3 === 0 ? `${filler[index % filler.length]} ${examples[index % examples.length]}` : filler[index % filler.length]!;
    posts.push(post);
    bytes += Buffer.byteLength(post);
  }
  const megabytes = bytes / 2 ** 20;

  const builds: number[] = [];
  let matcher: CodedMatcher | undefined;
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    matcher = new CodedMatcher(entries);
    builds.push(performance.now() - started);
  }
  const kept = matcher!;
  // Warm the lazily built tables (character classes, homophone keys) outside the timed runs.
  kept.match('warm 微❤️信 s3x');

  // CPU time of this process, as well as wall time: on a shared machine the wall clock also counts other processes' turns.
  const cpuSeconds = (since: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1e6;
  };
  const full: number[] = [];
  const fullWall: number[] = [];
  const normaliseOnly: number[] = [];
  const matchOnly: number[] = [];
  let hits = 0;
  for (let run = 0; run < 5; run++) {
    let cpu = process.cpuUsage();
    const wall = performance.now();
    hits = 0;
    for (const post of posts) hits += kept.match(post).length;
    full.push(megabytes / cpuSeconds(cpu));
    fullWall.push(megabytes / ((performance.now() - wall) / 1000));

    cpu = process.cpuUsage();
    const normalised = posts.map((post) => kept.normalise(post));
    normaliseOnly.push(megabytes / cpuSeconds(cpu));

    cpu = process.cpuUsage();
    for (let index = 0; index < posts.length; index++) kept.matchNormalised(posts[index]!, normalised[index]!);
    matchOnly.push(megabytes / cpuSeconds(cpu));
  }
  const throughput = median(full);
  return {
    title: 'Coded-language matcher',
    method: `Node, \`bench/coded.bench.ts\`, both coded packs (${entries.length} entries, ${kept.patternCount} patterns incl. homophone keys). Corpus: ${posts.length} real posts from \`../shared/corpora\` (COLDataset, TweetEval; read in place), every third with a pack example appended, ${megabytes.toFixed(1)} MB of UTF-8; median of 5 runs. Throughput is per second of this process's CPU time (wall time in its own row: the machine is shared). "Without normalisation" matches text normalised beforehand.`,
    rows: [
      { metric: 'Throughput, normalisation + matching + precision rules', value: `${throughput.toFixed(1)} MB/s`, target: '≥ 20 MB/s', pass: throughput >= 20 },
      { metric: 'Throughput, normalisation + matching, wall clock', value: `${median(fullWall).toFixed(1)} MB/s` },
      { metric: 'Throughput, matching without normalisation', value: `${median(matchOnly).toFixed(1)} MB/s` },
      { metric: 'Throughput, normalisation alone', value: `${median(normaliseOnly).toFixed(1)} MB/s` },
      { metric: 'Matches found (one run)', value: String(hits) },
      { metric: 'Build time of the matcher (median)', value: `${median(builds).toFixed(1)} ms` },
    ],
  };
}

if (process.argv[1]?.endsWith('coded.bench.ts')) console.log(JSON.stringify(await benchCoded(), null, 1));
