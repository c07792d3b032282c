import { afterEach, describe, expect, it, vi } from 'vitest';
import { FerryError } from '../messaging/errors';
import type { ReviewItemInput } from './review-item';
import { ReviewQueueStore } from './review-queue-store';

let counter = 0;
const freshName = () => `ferry-review-queue-test-${++counter}`;

const input = (postId: string, extra: Partial<ReviewItemInput> = {}): ReviewItemInput => ({
  site: 'xiaohongshu',
  postId,
  url: 'https://www.xiaohongshu.com/explore/6762c3d4000000000104d5e6',
  author: 'tex',
  locationLabel: '广东',
  excerpt: "I'm from Texas, real American here",
  topics: [],
  signals: [{ kind: 'location-mismatch', label: '广东', labelPlace: 'CN-GD', claim: "I'm from Texas", claimPlace: 'US-TX' }],
  ...extra,
});

afterEach(() => vi.restoreAllMocks());

describe('review queue store', () => {
  it('de-duplicates by site and post id: seeing a post again refreshes it and keeps the decision and note', async () => {
    let now = 1_000;
    const store = new ReviewQueueStore(freshName(), () => now);
    await store.upsert(input('c1'));
    await store.decide('xiaohongshu:c1', { status: 'escalated', note: 'check the account' });
    now = 2_000;
    await store.upsert(input('c1', { translation: "I'm from Texas, a real American" }));
    await store.upsert(input('c1', { site: 'weibo', url: 'https://weibo.com/1/abc' }));
    const items = await store.list();
    expect(items).toHaveLength(2);
    const item = items.find((entry) => entry.key === 'xiaohongshu:c1')!;
    expect(item).toMatchObject({ status: 'escalated', note: 'check the account', firstSeenAt: 1_000, lastSeenAt: 2_000, decidedAt: 1_000 });
    expect(item.translation).toBe("I'm from Texas, a real American");
  });

  it('a decided item whose text changes is new again: a page cannot revive a dismissed id with other text', async () => {
    let now = 1_000;
    const store = new ReviewQueueStore(freshName(), () => now);
    await store.upsert(input('c1'));
    await store.decide('xiaohongshu:c1', { status: 'dismissed', note: 'harmless' });
    now = 2_000;
    // The same text again keeps the decision.
    expect(await store.upsert(input('c1'))).toMatchObject({ status: 'dismissed', decidedAt: 1_000 });
    // A page stamps the dismissed post's id on another comment (or edits it): the moderator decides again.
    const revived = await store.upsert(input('c1', { excerpt: 'Buy followers here, DM me' }));
    expect(revived).toMatchObject({ status: 'new', excerpt: 'Buy followers here, DM me', note: 'harmless' });
    expect(revived.decidedAt).toBeUndefined();
  });

  it('survives a new store on the same database (a restarted service worker)', async () => {
    const name = freshName();
    const first = new ReviewQueueStore(name);
    await first.upsert(input('c1'));
    await first.decide('xiaohongshu:c1', { status: 'reviewed' });
    first.close();
    const second = new ReviewQueueStore(name);
    expect(await second.list()).toMatchObject([{ key: 'xiaohongshu:c1', status: 'reviewed' }]);
  });

  it('lists newest first and removes and clears', async () => {
    let now = 1;
    const store = new ReviewQueueStore(freshName(), () => now++);
    for (const id of ['a', 'b', 'c']) await store.upsert(input(id));
    expect((await store.list()).map((item) => item.postId)).toEqual(['c', 'b', 'a']);
    await store.remove(['xiaohongshu:b']);
    expect((await store.list()).map((item) => item.postId)).toEqual(['c', 'a']);
    await store.clear();
    expect(await store.list()).toEqual([]);
  });

  it('rejects invalid input before touching the database', async () => {
    const store = new ReviewQueueStore(freshName());
    await expect(store.upsert(input('c1', { url: 'javascript:alert(1)' }))).rejects.toThrow();
    await expect(store.upsert(input('', {}))).rejects.toThrow();
    await expect(store.upsert(input('c2', { excerpt: 'x'.repeat(2_001) }))).rejects.toThrow();
    expect(await store.list()).toEqual([]);
  });

  it('a full disk rejects with storage-full and leaves the stored item as it was', async () => {
    const store = new ReviewQueueStore(freshName());
    await store.upsert(input('c1'));
    await store.decide('xiaohongshu:c1', { note: 'kept' });
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('quota exceeded', 'QuotaExceededError');
    });
    const failure = await store.upsert(input('c1', { excerpt: 'changed' })).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(FerryError);
    expect((failure as FerryError).code).toBe('storage-full');
    await expect(store.upsert(input('c9'))).rejects.toMatchObject({ code: 'storage-full' });
    put.mockRestore();
    expect(await store.list()).toMatchObject([{ key: 'xiaohongshu:c1', excerpt: "I'm from Texas, real American here", note: 'kept' }]);
  });

  it('marking an item that is not there is an error, not a new item', async () => {
    const store = new ReviewQueueStore(freshName());
    await expect(store.decide('xiaohongshu:nope', { status: 'dismissed' })).rejects.toMatchObject({ code: 'invalid-message' });
    expect(await store.list()).toEqual([]);
  });
});
