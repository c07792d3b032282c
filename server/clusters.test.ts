import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clustersResponseSchema, teamItemSchema } from '../core/team/schema';
import type { Db } from './db';
import { appFor, bearer, freshDatabase, sampleItem, setUpTeams } from './test-support';

/**
 * Coordinated-behaviour clusters on real text. Ordinary posts are real ones read at test time from the
 * shared corpora (never copied into the repository): COLDataset (thu-coai/COLDataset, commit a0c55a9,
 * cold/train.csv) and TweetEval (cardiffnlp/tweeteval, commit 4fbd22c, hate-train.txt). The coordinated
 * set is one more real tweet (TweetEval irony-train.txt) posted 30 times from 12 accounts with the small
 * edits copy-paste campaigns make (a prefix, a hashtag, a flag, changed punctuation).
 */
// `../shared` beside the repository, as in CI; one level further up from a git worktree.
const corpora = ['../shared/corpora/', '../../shared/corpora/']
  .map((relative) => fileURLToPath(new URL(relative, new URL('../', import.meta.url))))
  .find((dir) => existsSync(dir)) ?? fileURLToPath(new URL('../shared/corpora/', new URL('../', import.meta.url)));

function ordinaryTexts(): string[] {
  const cold = readFileSync(`${corpora}cold/train.csv`, 'utf8').split('\n').slice(1)
    .map((line) => line.split(',').slice(4).join(',').trim())
    .filter((text) => text.length >= 20);
  const tweets = readFileSync(`${corpora}tweeteval/hate-train.txt`, 'utf8').split('\n').map((line) => line.trim()).filter((text) => text.length >= 20);
  return [...new Set([...cold.slice(0, 1000), ...tweets.slice(0, 1000)])].slice(0, 2000);
}

function campaignBase(): string {
  const irony = readFileSync(`${corpora}tweeteval/irony-train.txt`, 'utf8').split('\n').map((line) => line.trim());
  return irony.find((text) => text.length >= 90 && !text.startsWith('@'))!;
}

function campaignVariants(base: string): string[] {
  const prefixes = ['', 'Repost: ', 'So true. '];
  const suffixes = ['', ' #truth', ' 🇺🇸', '!!', ' — share this'];
  const bodies = [base, base.toUpperCase(), base.replace(/ /g, '  ')];
  const out: string[] = [];
  for (const body of bodies) for (const prefix of prefixes) for (const suffix of suffixes) out.push(`${prefix}${body}${suffix}`);
  return [...new Set(out)].slice(0, 30);
}

let db: Db;
let drop: () => Promise<void>;
let app: ReturnType<typeof appFor>;
let token: string;
const campaignIds = new Set<string>();
const ordinaryIds = new Set<string>();

async function fileAll(requests: Array<{ postId: string; author: string; excerpt: string; label: string; campaign: boolean }>) {
  const queue = [...requests];
  await Promise.all(Array.from({ length: 8 }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const claim = next.campaign ? [{ kind: 'location-mismatch' as const, label: next.label, labelPlace: 'CN-GD', claim: "I'm from Texas", claimPlace: 'US-TX' }] : [];
      const response = await app.inject({
        method: 'POST',
        url: '/v1/items',
        headers: bearer(token),
        payload: { idempotencyKey: randomUUID(), item: sampleItem(next.postId, { site: 'x', url: 'https://x.com/i/status/1', author: next.author, excerpt: next.excerpt, locationLabel: next.label, topics: [], signals: claim }), jurisdiction: { profile: 'us-platform', regions: ['US'] } },
      });
      expect(response.statusCode).toBe(201);
      (next.campaign ? campaignIds : ordinaryIds).add(teamItemSchema.parse(response.json()).id);
    }
  }));
}

beforeAll(async () => {
  ({ db, drop } = await freshDatabase());
  token = (await setUpTeams(db)).alphaMod.token;
  app = appFor(db);
  await app.ready();
  const ordinary = ordinaryTexts();
  const variants = campaignVariants(campaignBase());
  expect(ordinary).toHaveLength(2000);
  expect(variants).toHaveLength(30);
  const requests = ordinary.map((excerpt, index) => ({ postId: `o${index}`, author: `reader${index % 1700}`, excerpt, label: index % 3 ? '' : 'United States', campaign: false }));
  const labels = ['IP属地：广东', 'IP属地：广东', 'IP属地：福建', 'United States'];
  variants.forEach((excerpt, index) => requests.splice((index * 67) % requests.length, 0, { postId: `c${index}`, author: `texas_patriot_${index % 12}`, excerpt, label: labels[index % labels.length]!, campaign: true }));
  await fileAll(requests);
  // What autovacuum does after a bulk load: without statistics the planner would not use the trigram index.
  await db.query('ANALYZE items');
}, 300_000);
afterAll(async () => {
  await app.close();
  await drop();
});

describe('coordinated-behaviour clusters', () => {
  it('groups the 30 near-identical posts from 12 accounts, and no ordinary post with them', async () => {
    const response = await app.inject({ method: 'GET', url: '/v1/clusters', headers: bearer(token) });
    expect(response.statusCode).toBe(200);
    const { clusters } = clustersResponseSchema.parse(response.json());
    const campaign = clusters.filter((cluster) => cluster.itemIds.some((id) => campaignIds.has(id)));
    expect(campaign).toHaveLength(1);
    const cluster = campaign[0]!;
    expect(new Set(cluster.itemIds)).toEqual(campaignIds);
    expect(cluster.itemIds.some((id) => ordinaryIds.has(id))).toBe(false);
    expect(cluster.accountCount).toBe(12);
    expect(cluster.displayedLocations).toEqual([
      { label: 'IP属地：广东', count: 16 },
      { label: 'IP属地：福建', count: 7 },
      { label: 'United States', count: 7 },
    ]);
    expect(cluster.claimedPlaces).toEqual([{ place: 'US-TX', count: 30 }]);
    expect(Date.parse(cluster.firstSeenAt)).toBeLessThanOrEqual(Date.parse(cluster.lastSeenAt));
    // Any other group is made of ordinary posts alone (the corpora hold some reposted text of their own).
    for (const other of clusters.filter((entry) => entry !== cluster)) expect(other.itemIds.every((id) => ordinaryIds.has(id))).toBe(true);
  }, 120_000);
});
