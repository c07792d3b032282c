import { describe, expect, it } from 'vitest';
import { filterChoices, filterItems, NO_FILTERS } from './review-filters';
import { reviewItemSchema, type ReviewItem } from './review-item';

const make = (postId: string, extra: Partial<ReviewItem>): ReviewItem =>
  reviewItemSchema.parse({
    key: `xiaohongshu:${postId}`,
    site: 'xiaohongshu',
    postId,
    url: 'https://www.xiaohongshu.com/explore/1',
    excerpt: 'text',
    topics: [],
    signals: [],
    status: 'new',
    note: '',
    firstSeenAt: 1,
    lastSeenAt: 1,
    ...extra,
  });
const cannabis = { id: 'policy-cannabis', title: 'Cannabis', regions: [{ region: 'CN', level: 'prohibited', citation: { title: 'a' } }, { region: 'US', level: 'varies', citation: { title: 'b' } }] } as const;
const vpn = { id: 'policy-vpn', title: 'VPN', regions: [{ region: 'CN', level: 'restricted', citation: { title: 'c' } }, { region: 'US', level: 'allowed', citation: { title: 'd' } }] } as const;
const items = [
  make('a', { topics: [{ ...cannabis, regions: [...cannabis.regions], platformRules: [], matched: [] }] }),
  make('b', { topics: [{ ...vpn, regions: [...vpn.regions], platformRules: [], matched: [] }], status: 'reviewed' }),
  make('c', { site: 'weibo', key: 'weibo:c', signals: [{ kind: 'duplicate-text', accounts: 3, authors: [] }] }),
];
const ids = (filters: Partial<typeof NO_FILTERS>) => filterItems(items, { ...NO_FILTERS, ...filters }).map((item) => item.postId);

describe('review queue filters', () => {
  it('no filter shows everything', () => expect(ids({})).toEqual(['a', 'b', 'c']));
  it('by topic, site and status', () => {
    expect(ids({ topic: 'policy-vpn' })).toEqual(['b']);
    expect(ids({ site: 'weibo' })).toEqual(['c']);
    expect(ids({ status: 'reviewed' })).toEqual(['b']);
  });
  it('region and level apply to the same row', () => {
    expect(ids({ region: 'CN' })).toEqual(['a', 'b']);
    expect(ids({ level: 'prohibited' })).toEqual(['a']);
    expect(ids({ region: 'US', level: 'prohibited' })).toEqual([]);
    expect(ids({ region: 'US', level: 'allowed' })).toEqual(['b']);
  });
  it('choices list what the queue holds', () => {
    expect(filterChoices(items)).toEqual({
      topics: [{ id: 'policy-cannabis', title: 'Cannabis' }, { id: 'policy-vpn', title: 'VPN' }],
      regions: ['CN', 'US'],
      levels: ['prohibited', 'restricted', 'varies', 'allowed'],
      sites: ['weibo', 'xiaohongshu'],
      coded: [],
    });
  });
});

describe('coded-language filter', () => {
  const base = { site: 'xiaohongshu', url: 'https://www.xiaohongshu.com/explore/1', excerpt: 'x', topics: [], signals: [], status: 'new' as const, note: '', firstSeenAt: 1, lastSeenAt: 1 };
  const coded: ReviewItem[] = [
    { ...base, postId: 'a', key: 'xiaohongshu:a', coded: [{ id: 'zh-feiyezi', written: '飞叶子', meaning: 'smoke cannabis', topic: 'cannabis' }] },
    { ...base, postId: 'b', key: 'xiaohongshu:b', coded: [{ id: 'zh-weixin', written: '薇信', meaning: 'WeChat', topic: 'off-platform-contact' }] },
    { ...base, postId: 'c', key: 'xiaohongshu:c' },
  ];
  it('keeps posts with coded language of the chosen topic, or of any topic', () => {
    expect(filterItems(coded, { ...NO_FILTERS, coded: 'cannabis' }).map((item) => item.postId)).toEqual(['a']);
    expect(filterItems(coded, { ...NO_FILTERS, coded: 'any' }).map((item) => item.postId)).toEqual(['a', 'b']);
    expect(filterChoices(coded).coded).toEqual(['cannabis', 'off-platform-contact']);
  });
});
