import { loadCorpora } from '../bench/corpora';
import { codedMatcher } from '../core/knowledge/coded/packs';

/**
 * Coded matches on real ordinary posts (../shared/corpora, read in place): the
 * rate per 1,000 posts per corpus, per entry, and a seeded random sample of
 * matches to judge by hand. `npx tsx scripts/coded-precision.ts [sample size]`.
 */
const size = Number(process.argv[2] ?? 160);
const matcher = codedMatcher();
const posts = loadCorpora();
const found: { file: string; line: number; id: string; written: string; context: string; language: string }[] = [];
const perCorpus = new Map<string, { posts: number; matches: number }>();
for (const post of posts) {
  const corpus = post.language === 'zh' ? 'COLDataset (zh)' : 'TweetEval (en)';
  const row = perCorpus.get(corpus) ?? { posts: 0, matches: 0 };
  row.posts++;
  for (const match of matcher.match(post.text)) {
    row.matches++;
    found.push({ file: post.file, line: post.line, id: match.entryId, written: match.text, context: post.text.slice(Math.max(0, match.start - 20), match.end + 20), language: post.language });
  }
  perCorpus.set(corpus, row);
}
for (const [corpus, row] of perCorpus) console.log(`${corpus}: ${row.posts} posts, ${row.matches} matches, ${((row.matches / row.posts) * 1000).toFixed(1)} per 1,000`);
const byEntry = new Map<string, number>();
for (const match of found) byEntry.set(match.id, (byEntry.get(match.id) ?? 0) + 1);
console.log('top entries:', [...byEntry].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([id, count]) => `${id} ${count}`).join(', '));
// Mulberry32: the same sample on every run.
let seed = 20261208;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let value = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
  return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
};
const sample = [...found].sort(() => random() - 0.5).slice(0, size);
sample.sort((a, b) => a.id.localeCompare(b.id));
for (const match of sample) console.log(`${match.file}:${match.line}\t${match.id}\t${match.written}\t${match.context.replace(/\s+/g, ' ')}`);
