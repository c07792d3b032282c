import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { KnowledgeMatcher } from '../core/knowledge/matcher';
import { knowledgePackSchema, type KnowledgeEntry } from '../core/knowledge/schema';
import { corporaDir, parseCsv } from '../scripts/knowledge-precision/corpora';
import { median, type BenchSection } from './report';

function loadEntries(): KnowledgeEntry[] {
  const dir = path.resolve('data');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .flatMap((file) => knowledgePackSchema.parse(JSON.parse(readFileSync(path.join(dir, file), 'utf8'))).entries);
}

/** Mixed Chinese and English posts, about 8 MB in UTF-8, built from the packs' own examples and filler. */
function corpus(entries: KnowledgeEntry[]): string[] {
  const examples = entries.flatMap((entry) => [...entry.examples.positive, ...entry.examples.negative]);
  const filler = ['今天天气不错，我们去公园散步了。', 'Had a great weekend hiking with friends and family.', '这家店的咖啡真的很好喝，环境也安静。', 'The train was late again this morning, so I read a book.'];
  const posts: string[] = [];
  let bytes = 0;
  for (let index = 0; bytes < 8 * 1024 * 1024; index++) {
    const post = `${filler[index % filler.length]} ${examples[index % examples.length]} ${filler[(index * 7) % filler.length]}`;
    posts.push(post);
    bytes += Buffer.byteLength(post);
  }
  return posts;
}

/** Real Chinese posts from the shared corpora (COLDataset), when present next to the repository; never copied into it. */
function realChinesePosts(): string[] {
  const dir = corporaDir();
  if (!dir) return [];
  return parseCsv(readFileSync(path.join(dir, 'cold/dev.csv'), 'utf8'))
    .slice(1)
    .map((row) => row[4] ?? '')
    .filter(Boolean);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What a matcher without a multi-pattern automaton does: one regular expression per pattern, per post. */
function naiveMatcher(entries: KnowledgeEntry[]) {
  const regexes = entries.flatMap((entry) => entry.patterns.map((pattern) => ({ id: entry.id, regex: new RegExp(/^[\w]/.test(pattern) ? `\\b${escape(pattern)}\\b` : escape(pattern), 'iu') })));
  return (text: string) => regexes.filter(({ regex }) => regex.test(text)).map(({ id }) => id);
}

export async function benchMatcher(): Promise<BenchSection> {
  const entries = loadEntries();
  const posts = corpus(entries);
  const megabytes = posts.reduce((sum, post) => sum + Buffer.byteLength(post), 0) / 2 ** 20;

  const builds: number[] = [];
  let matcher: KnowledgeMatcher | undefined;
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    matcher = new KnowledgeMatcher(entries);
    builds.push(performance.now() - started);
  }
  global.gc?.();
  const heapAfter = process.memoryUsage().heapUsed;
  const kept = matcher!;

  const throughputs: number[] = [];
  let hits = 0;
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    hits = 0;
    for (const post of posts) hits += kept.match(post).length;
    throughputs.push(megabytes / ((performance.now() - started) / 1000));
  }

  // What CJK word segmentation costs per post: the same packs with every entry allowed to match inside words skip it.
  const unsegmented = new KnowledgeMatcher(entries.map((entry) => ({ ...entry, subword: true })));
  const perPost = (subject: KnowledgeMatcher, texts: string[]) => {
    const runs: number[] = [];
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      for (const text of texts) subject.match(text);
      runs.push(((performance.now() - started) * 1000) / texts.length);
    }
    return median(runs);
  };
  const segmentedUs = perPost(kept, posts);
  const unsegmentedUs = perPost(unsegmented, posts);
  const cold = realChinesePosts();
  const coldSegmentedUs = cold.length ? perPost(kept, cold) : undefined;
  const coldUnsegmentedUs = cold.length ? perPost(unsegmented, cold) : undefined;

  const naive = naiveMatcher(entries);
  const sample = posts.slice(0, Math.ceil(posts.length / 20));
  const sampleMb = sample.reduce((sum, post) => sum + Buffer.byteLength(post), 0) / 2 ** 20;
  const naiveStarted = performance.now();
  for (const post of sample) naive(post);
  const naiveThroughput = sampleMb / ((performance.now() - naiveStarted) / 1000);

  const throughput = median(throughputs);
  const memoryMb = (heapAfter - heapBefore) / 2 ** 20;
  return {
    title: 'Knowledge matcher',
    method: `Node, \`bench/matcher.bench.ts\`, all packs loaded (${entries.length} entries, ${kept.patternCount} patterns, ${kept.nodeCount} automaton states). Corpus: ${posts.length} mixed Chinese/English posts, ${megabytes.toFixed(1)} MB of UTF-8, each a pack example sentence between ordinary sentences; median of 5 runs. The naive baseline runs one regular expression per pattern over a 5% sample. Time per post compares the packs as shipped with the same packs marked sub-word (no segmentation), on the same posts and, when \`../shared/corpora\` is present, on the real Chinese posts of COLDataset's dev split. Memory is heap growth after building 5 matchers and keeping one, measured with \`--expose-gc\` when available.`,
    rows: [
      { metric: 'Throughput (all packs, normalise + match + precision rules)', value: `${throughput.toFixed(1)} MB/s`, target: '≥ 20 MB/s', pass: throughput >= 20 },
      { metric: 'Time per post, with CJK word segmentation', value: `${segmentedUs.toFixed(2)} µs` },
      { metric: 'Time per post, without segmentation (every entry sub-word)', value: `${unsegmentedUs.toFixed(2)} µs` },
      { metric: 'Segmentation cost per post', value: `${(segmentedUs - unsegmentedUs).toFixed(2)} µs` },
      ...(coldSegmentedUs !== undefined && coldUnsegmentedUs !== undefined
        ? [
            { metric: `Real Chinese posts (COLDataset, ${cold.length}): time per post with / without segmentation`, value: `${coldSegmentedUs.toFixed(2)} / ${coldUnsegmentedUs.toFixed(2)} µs` },
            { metric: 'Real Chinese posts: segmentation cost per post', value: `${(coldSegmentedUs - coldUnsegmentedUs).toFixed(2)} µs` },
          ]
        : []),
      { metric: 'Naive regex loop throughput', value: `${naiveThroughput.toFixed(2)} MB/s` },
      { metric: 'Speed-up over the naive loop', value: `${(throughput / naiveThroughput).toFixed(0)}×` },
      { metric: 'Matches found (one run)', value: String(hits) },
      { metric: 'Build time of the compiled matcher (median)', value: `${median(builds).toFixed(1)} ms` },
      { metric: 'Heap held by the compiled matcher', value: `${memoryMb.toFixed(1)} MB`, target: '≤ 10 MB', pass: memoryMb <= 10 },
    ],
  };
}
