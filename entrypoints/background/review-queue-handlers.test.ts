import { describe, expect, it } from 'vitest';
import { ReviewQueueStore } from '@/core/moderation/review-queue-store';
import { createReviewQueueHandlers } from './review-queue-handlers';

let counter = 0;
const SITE_TAB = { id: 'x', url: 'https://www.xiaohongshu.com/explore/6762c3d4000000000104d5e6', tab: { id: 3 } };
const item = {
  site: 'xiaohongshu',
  postId: 'c1',
  url: 'https://www.xiaohongshu.com/explore/6762c3d4000000000104d5e6',
  excerpt: "I'm from Texas",
  topics: [],
  signals: [],
};

describe('review queue handlers', () => {
  const handlers = () => createReviewQueueHandlers(new ReviewQueueStore(`ferry-review-handlers-${++counter}`));

  it('adds from the site tab, lists, and keeps a decision when the post is seen again', async () => {
    const queue = handlers();
    await queue.reviewQueueAdd(item, SITE_TAB);
    await queue.reviewQueueDecide({ key: 'xiaohongshu:c1', status: 'dismissed', note: 'travel post' }, {});
    await queue.reviewQueueAdd({ ...item, translation: "I'm from Texas" }, SITE_TAB);
    const { items, writeError } = await queue.reviewQueueList({}, {});
    expect(writeError).toBeUndefined();
    expect(items).toMatchObject([{ key: 'xiaohongshu:c1', status: 'dismissed', note: 'travel post', translation: "I'm from Texas" }]);
    // Other text under the same id is decided again.
    await queue.reviewQueueAdd({ ...item, excerpt: "I'm from Texas!" }, SITE_TAB);
    expect((await queue.reviewQueueList({}, {})).items).toMatchObject([{ key: 'xiaohongshu:c1', status: 'new', note: 'travel post', excerpt: "I'm from Texas!" }]);
  });

  it('a tab may not file another site\'s posts or posts from another host', async () => {
    const queue = handlers();
    await expect(queue.reviewQueueAdd({ ...item, site: 'weibo' }, SITE_TAB)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(queue.reviewQueueAdd({ ...item, url: 'https://evil.example/explore/1' }, SITE_TAB)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(queue.reviewQueueAdd(item, { ...SITE_TAB, url: 'https://evil.example/' })).rejects.toMatchObject({ code: 'forbidden' });
    expect((await queue.reviewQueueList({}, {})).items).toEqual([]);
  });

  it('nothing from a private window is written to disk', async () => {
    const queue = handlers();
    await expect(queue.reviewQueueAdd(item, { ...SITE_TAB, tab: { id: 3, incognito: true } })).rejects.toMatchObject({ code: 'forbidden' });
    expect((await queue.reviewQueueList({}, {})).items).toEqual([]);
  });

  it('a failed write is reported to the tab and to the side panel until a later write succeeds', async () => {
    const store = new ReviewQueueStore(`ferry-review-handlers-${++counter}`);
    const original = store.upsert.bind(store);
    let full = true;
    store.upsert = async (input) => {
      if (full) throw new DOMException('quota', 'QuotaExceededError');
      return original(input);
    };
    const queue = createReviewQueueHandlers(store);
    await expect(queue.reviewQueueAdd(item, SITE_TAB)).rejects.toThrow();
    expect((await queue.reviewQueueList({}, {})).writeError).toMatchObject({ code: 'storage-full' });
    full = false;
    await queue.reviewQueueAdd(item, SITE_TAB);
    expect((await queue.reviewQueueList({}, {})).writeError).toBeUndefined();
  });
});
