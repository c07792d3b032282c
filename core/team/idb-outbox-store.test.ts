import { afterEach, describe, expect, it } from 'vitest';
import { IdbOutboxStore } from './idb-outbox-store';
import { TeamOutbox } from './outbox';
import type { ReviewItemInput } from '../moderation/review-item';

const item: ReviewItemInput = { site: 'weibo', postId: 'p1', url: 'https://weibo.com/1/p1', excerpt: 'text', topics: [], signals: [] };

describe('IdbOutboxStore', () => {
  let store: IdbOutboxStore;
  afterEach(async () => {
    await store.close();
    await new Promise((resolve) => {
      const request = indexedDB.deleteDatabase('outbox-test');
      request.onsuccess = request.onerror = resolve;
    });
  });

  it('keeps entries oldest first across a reopen (a restarted worker) and deletes by key', async () => {
    store = new IdbOutboxStore('outbox-test');
    let clock = 1000;
    const outbox = new TeamOutbox(store, () => clock--);
    await outbox.enqueueFile('key-aaaaaaaa', { item, jurisdiction: { profile: 'cn-platform', regions: ['CN'] } });
    await outbox.enqueueDecision('key-bbbbbbbb', '00000000-0000-4000-8000-000000000000', { status: 'reviewed', note: '', baseVersion: 1 });
    await store.close();
    store = new IdbOutboxStore('outbox-test');
    const entries = await store.all();
    expect(entries.map((entry) => entry.key)).toEqual(['key-bbbbbbbb', 'key-aaaaaaaa']);
    expect(entries[1]).toMatchObject({ kind: 'file', request: { idempotencyKey: 'key-aaaaaaaa' } });
    await store.delete('key-bbbbbbbb');
    expect((await store.all()).map((entry) => entry.key)).toEqual(['key-aaaaaaaa']);
  });
});
