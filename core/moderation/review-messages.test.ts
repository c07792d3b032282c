import { describe, expect, it, vi } from 'vitest';
import { protocol, type MessageType } from '../messaging/protocol';
import { routeMessage, type Handlers, type MessageSender, type RouterOptions } from '../messaging/router';

const ID = 'ferryextensionidaaaaaaaaaaaaaaaa';
const OPTIONS: RouterOptions = { extensionId: ID, extensionOrigin: `chrome-extension://${ID}/`, isSupportedSite: (url) => url.startsWith('https://www.xiaohongshu.com/') };
const SITE_TAB: MessageSender = { id: ID, url: 'https://www.xiaohongshu.com/explore/6762c3d4000000000104d5e6', tab: { id: 3 } };
const OTHER_TAB: MessageSender = { id: ID, url: 'https://evil.example/page', tab: { id: 4 } };
const SIDE_PANEL: MessageSender = { id: ID, url: `chrome-extension://${ID}/sidepanel.html` };
const SIDE_PANEL_IN_TAB: MessageSender = { id: ID, url: `chrome-extension://${ID}/sidepanel.html`, tab: { id: 5 } };

const item = {
  site: 'xiaohongshu',
  postId: 'c1',
  url: 'https://www.xiaohongshu.com/explore/6762c3d4000000000104d5e6',
  excerpt: "I'm from Texas",
  topics: [],
  signals: [{ kind: 'location-mismatch', label: '广东', labelPlace: 'CN-GD', claim: "I'm from Texas", claimPlace: 'US-TX' }],
};
const stored = { ...item, key: 'xiaohongshu:c1', status: 'new', note: '', firstSeenAt: 1, lastSeenAt: 1 };

function handlers(): Handlers {
  const answers: Partial<Record<MessageType, unknown>> = {
    reviewQueueAdd: { key: 'xiaohongshu:c1', status: 'new' },
    reviewQueueList: { items: [stored] },
    reviewQueueDecide: { item: { ...stored, status: 'reviewed', decidedAt: 2 } },
    reviewQueueRemove: { removed: 1 },
    reviewQueueJump: { opened: 'existing-tab' },
  };
  return Object.fromEntries((Object.keys(protocol) as MessageType[]).map((type) => [type, vi.fn(async () => answers[type] ?? {})])) as unknown as Handlers;
}

const send = (type: MessageType, payload: unknown, sender: MessageSender, use = handlers()) => routeMessage({ channel: 'ferry', type, payload }, sender, use, OPTIONS);

describe('review queue messages', () => {
  it('adding an item is accepted from a supported site\'s content script', async () => {
    const use = handlers();
    expect(await send('reviewQueueAdd', item, SITE_TAB, use)).toEqual({ ok: true, data: { key: 'xiaohongshu:c1', status: 'new' } });
    expect(use.reviewQueueAdd).toHaveBeenCalledOnce();
  });

  it.each([
    ['another web page', OTHER_TAB],
    ['the side panel', SIDE_PANEL],
    ['an extension page in a tab', SIDE_PANEL_IN_TAB],
    ['a sender without a URL', { id: ID, tab: { id: 9 } }],
  ])('adding an item is refused from %s', async (_name, sender) => {
    const use = handlers();
    expect(await send('reviewQueueAdd', item, sender as MessageSender, use)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(use.reviewQueueAdd).not.toHaveBeenCalled();
  });

  it('a router without the site check refuses site-content messages altogether', async () => {
    const reply = await routeMessage({ channel: 'ferry', type: 'reviewQueueAdd', payload: item }, SITE_TAB, handlers(), { extensionId: ID, extensionOrigin: OPTIONS.extensionOrigin });
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it.each([
    ['a script URL', { ...item, url: 'javascript:alert(1)' }],
    ['an empty excerpt', { ...item, excerpt: '' }],
    ['an unknown signal', { ...item, signals: [{ kind: 'verdict', guilty: true }] }],
    ['a made-up level', { ...item, topics: [{ id: 'x', title: 'x', regions: [{ region: 'CN', level: 'illegal', citation: { title: 'x' } }] }] }],
  ])('an item with %s is invalid', async (_name, payload) => {
    expect(await send('reviewQueueAdd', payload, SITE_TAB)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
  });

  it.each(['reviewQueueList', 'reviewQueueDecide', 'reviewQueueRemove', 'reviewQueueJump'] as const)('%s is accepted from the side panel and refused from a tab', async (type) => {
    const payloads = { reviewQueueList: {}, reviewQueueDecide: { key: 'xiaohongshu:c1', status: 'reviewed' }, reviewQueueRemove: { keys: ['xiaohongshu:c1'] }, reviewQueueJump: { key: 'xiaohongshu:c1' } };
    expect(await send(type, payloads[type], SIDE_PANEL)).toMatchObject({ ok: true });
    expect(await send(type, payloads[type], SITE_TAB)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('a decision must be a known status and a note of bounded length', async () => {
    expect(await send('reviewQueueDecide', { key: 'xiaohongshu:c1', status: 'guilty' }, SIDE_PANEL)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(await send('reviewQueueDecide', { key: 'xiaohongshu:c1', note: 'x'.repeat(2_001) }, SIDE_PANEL)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
  });
});
