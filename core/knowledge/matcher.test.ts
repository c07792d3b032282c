import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Converter } from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { KnowledgeMatcher } from './matcher';
import { normalizeText } from './normalize';
import { knowledgeEntrySchema, knowledgePackSchema, type KnowledgeEntry } from './schema';

function loadEntries(): KnowledgeEntry[] {
  const dir = path.resolve('data');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .flatMap((file) => knowledgePackSchema.parse(JSON.parse(readFileSync(path.join(dir, file), 'utf8'))).entries);
}

const entry = (partial: Partial<KnowledgeEntry> & Pick<KnowledgeEntry, 'id' | 'patterns'>): KnowledgeEntry =>
  knowledgeEntrySchema.parse({
    kind: 'slang',
    language: 'zh',
    audience: ['foreign-reader'],
    title: { en: partial.id, 'zh-Hans': partial.id },
    explanation: { en: 'test entry', 'zh-Hans': '测试' },
    examples: { positive: [`例如${partial.patterns[0]}`], negative: ['无关'] },
    sources: [{ title: 'test source' }],
    confidence: 'high',
    lastReviewed: '2026-11-24',
    ...partial,
  });

describe('normalizeText', () => {
  it('keeps one unit per unit so offsets map back to the original', () => {
    for (const text of ['種草了嗎？', 'ＹＹＤＳ真好吃', 'No Cap!!', '👋🏽 emoji', 'a\u0000b', '\ud800 lone surrogate']) {
      expect(normalizeText(text)).toHaveLength(text.length);
    }
  });

  it('folds Traditional to Simplified, full-width to half-width and case', () => {
    expect(normalizeText('種草 臺灣 髮型')).toBe('种草 台湾 发型');
    expect(normalizeText('ＹＹＤＳ')).toBe('yyds');
    expect(normalizeText('No CAP')).toBe('no cap');
  });
});

describe('KnowledgeMatcher precision rules', () => {
  const matcher = new KnowledgeMatcher([
    entry({ id: 'zhong-cao', patterns: ['种草'] }),
    entry({ id: 'dun', patterns: ['蹲'], notInside: ['深蹲', '蹲下'] }),
    entry({ id: 'emo', patterns: ['emo'], language: 'en' }),
    entry({ id: 'po-fang', patterns: ['破防'] }),
    entry({ id: 'po-da-fang', patterns: ['破大防'] }),
    entry({ id: 'sweet-potato', patterns: ['🍠'] }),
    knowledgeEntrySchema.parse({
      ...entry({ id: 'policy-cannabis', patterns: ['weed', '大麻'] }),
      kind: 'policy',
      topic: 'drugs',
      context: { requireAny: ['smoke', '抽', 'edible', '420'], excludeAny: ['garden', 'lawn', '除草'] },
      regions: Object.fromEntries(
        ['CN', 'HK', 'US', 'EU', 'UK'].map((region) => [
          region,
          { level: 'varies', rule: { en: 'rule', 'zh-Hans': '规则' }, citation: { law: 'test law' }, asOf: '2026-01-01', confidence: 'high' },
        ]),
      ),
    }),
  ]);
  const ids = (text: string) => matcher.match(text).map((match) => match.entryId);

  it('finds Traditional and full-width spellings and reports the original span', () => {
    const [match] = matcher.match('我被種草了');
    expect(match).toMatchObject({ entryId: 'zhong-cao', start: 2, end: 4, text: '種草' });
  });

  it('keeps Latin patterns to whole words, even next to CJK', () => {
    expect(ids('feeling emo today')).toEqual(['emo']);
    expect(ids('今天好emo啊')).toEqual(['emo']);
    expect(ids('watch the demo')).toEqual([]);
    expect(ids('emotional damage')).toEqual([]);
  });

  it('ignores a CJK pattern inside a longer unrelated word', () => {
    expect(ids('蹲一个链接')).toEqual(['dun']);
    expect(ids('今天练了深蹲')).toEqual([]);
    expect(ids('他蹲下系鞋带')).toEqual([]);
  });

  it('prefers the longest match where matches nest', () => {
    expect(ids('这次真的破大防了')).toEqual(['po-da-fang']);
    expect(ids('看完破防了')).toEqual(['po-fang']);
  });

  it('matches emoji', () => {
    expect(ids('在🍠上看到的')).toEqual(['sweet-potato']);
  });

  it('needs context for policy topics and drops them on excluded context', () => {
    expect(ids('smoking weed on 420')).toEqual(['policy-cannabis']);
    expect(ids('time to weed the garden')).toEqual([]);
    expect(ids('pulled weed all morning')).toEqual([]);
    expect(ids('他们在抽大麻')).toEqual(['policy-cannabis']);
  });

  it('reports each entry once per text', () => {
    expect(ids('种草种草种草')).toEqual(['zhong-cao']);
  });
});

describe('CJK word boundaries (Intl.Segmenter)', () => {
  const matcher = new KnowledgeMatcher([
    entry({ id: 'jia-jiao', patterns: ['家教'] }),
    entry({ id: 'geng', patterns: ['梗'] }),
    entry({ id: 'zi-suffix', patterns: ['子'], subword: true }),
  ]);
  const ids = (text: string) => matcher.match(text).map((match) => match.entryId);

  it('drops a match that takes a piece of two words', () => {
    expect(ids('国家教育部发布了新政策')).toEqual([]);
    expect(ids('请了个家教补课')).toEqual(['jia-jiao']);
  });

  it('drops a match inside one word', () => {
    expect(ids('今天看到一个桔梗花')).toEqual([]);
    expect(ids('这个梗我没看懂')).toEqual(['geng']);
  });

  it("counts a Chinese entry's Latin and emoji forms only in text with CJK in it", () => {
    const zh = new KnowledgeMatcher([entry({ id: 'sha-bi', patterns: ['傻逼', 'sb'] }), entry({ id: 'smile', patterns: ['🙂'] })]);
    expect(zh.match('你个sb').map((match) => match.entryId)).toEqual(['sha-bi']);
    expect(zh.match('微笑🙂').map((match) => match.entryId)).toEqual(['smile']);
    expect(zh.match('Vote for SB 35 today')).toEqual([]);
    expect(zh.match('all good 🙂')).toEqual([]);
  });

  it('keeps sub-word matches for entries that allow them', () => {
    expect(ids('这个桌子')).toEqual(['zi-suffix']);
  });

  describe('with the real packs', () => {
    const packs = new KnowledgeMatcher(loadEntries());
    const found = (text: string) => packs.match(text).map((match) => match.entryId);
    it.each([
      ['国家教育部发布了新政策，北京的学校要落实', 'policy-private-tutoring'],
      ['在个人设置里可以改头像', 'ren-she'],
      ['超过年龄限制就不能报名了', 'culture-spring-festival'],
      ['获取经验的最快方法是做任务', 'culture-journey-to-the-west'],
      ['农村超市的东西也很便宜', 'culture-village-sports'],
    ])('%s is not %s', (text, id) => {
      expect(found(text)).not.toContain(id);
    });
    it.each([
      ['请了个家教补课，北京的价格太高了', 'policy-private-tutoring'],
      ['他的人设崩了', 'ren-she'],
      ['回老家过年', 'culture-spring-festival'],
      ['西天取经', 'culture-journey-to-the-west'],
      ['去贵州看村超', 'culture-village-sports'],
    ])('%s is %s', (text, id) => {
      expect(found(text)).toContain(id);
    });
  });
});

describe('patterns that are ordinary words in other contexts', () => {
  const packs = new KnowledgeMatcher(loadEntries());
  const found = (text: string) => packs.match(text).map((match) => match.entryId);
  it.each([
    ['这件外套555元包邮', '555'],
    ['我老公是厨房快手，二十分钟做好三个菜', 'kuai-shou'],
    ['好人一生平安，积德行善自有福报', 'fu-bao'],
    ['梨山的高冷蔬菜今年收成不错', 'gao-leng'],
    ['连日暴雨，村里好几户塌房了', 'ta-fang'],
    ['警方通报：一名智障男子走失三天后被找到', 'nao-can'],
    ['JK Rowling announced a new book.', 'en-jk'],
    ['新买的JK制服到了', 'en-jk'],
    ['Los niños juegan con sus amigos en el parque.', 'en-sus'],
    ['Stan is coming over for dinner.', 'en-stan'],
    ["I'll be out of pocket until Monday, email me after that.", 'en-out-of-pocket'],
    ["We ate at my mother's on Sunday.", 'en-ate'],
    ['IRL v ENG kicks off at 3pm in the Six Nations.', 'en-irl'],
    ['Boomer the dog loves the beach.', 'en-ok-boomer'],
    ["Let's meet on May the fourth at noon.", 'culture-may-the-fourth'],
    ['Walked along the prom to the pier.', 'culture-prom'],
    ['Lahore Qalandars won the PSL final by five wickets.', 'culture-pumpkin-spice'],
    ['The marching band played a great halftime show at the college football game.', 'culture-super-bowl'],
  ])('%s is not %s', (text, id) => {
    expect(found(text)).not.toContain(id);
  });
  it.each([
    ['又没抢到票555', '555'],
    ['他在快手上直播卖水果', 'kuai-shou'],
    ['天天加班，这就是福报吗', 'fu-bao'],
    ['他看起来很高冷，其实很好相处', 'gao-leng'],
    ['我喜欢的爱豆又塌房了', 'ta-fang'],
    ['这操作太智障了', 'nao-can'],
    ["I'm quitting school jk", 'en-jk'],
    ['He deleted all his tweets, kinda sus.', 'en-sus'],
    ['I stan this queen forever.', 'en-stan'],
    ['That joke at the funeral was out of pocket.', 'en-out-of-pocket'],
    ['The choreography? She ate and left no crumbs.', 'en-ate'],
    ['We finally met IRL after two years of gaming.', 'en-irl'],
    ['My dad is such a boomer about phones.', 'en-ok-boomer'],
    ['May the 4th be with you!', 'culture-may-the-fourth'],
    ['Found the perfect prom dress!', 'culture-prom'],
    ['PSL season is back! ☕', 'culture-pumpkin-spice'],
    ["Who's watching the Super Bowl halftime show tonight?", 'culture-super-bowl'],
  ])('%s is %s', (text, id) => {
    expect(found(text)).toContain(id);
  });
});

describe('every example sentence in the knowledge packs', () => {
  const entries = loadEntries();
  const matcher = new KnowledgeMatcher(entries);

  it('loads every pack', () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  it('finds each entry in its positive examples', () => {
    const misses = entries.flatMap((e) => e.examples.positive.filter((example) => !matcher.match(example).some((m) => m.entryId === e.id)).map((example) => `${e.id}: ${example}`));
    expect(misses).toEqual([]);
  });

  it('finds each entry in its positive examples written in Traditional characters (opencc-js), full-width and upper case', () => {
    const toTraditional = Converter({ from: 'cn', to: 'tw' });
    const toFullWidth = (text: string) => text.replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
    const variants = (example: string) => [toTraditional(example), toFullWidth(example.toUpperCase())];
    const misses = entries.flatMap((e) =>
      e.examples.positive.flatMap((example) => variants(example).filter((variant) => !matcher.match(variant).some((m) => m.entryId === e.id)).map((variant) => `${e.id}: ${variant}`)),
    );
    expect(misses).toEqual([]);
    // Thousands of variants, each converted by opencc-js and segmented: allow for a loaded machine.
  }, 60_000);

  it('does not show an entry on its negative examples', () => {
    const falseHits = entries.flatMap((e) => e.examples.negative.filter((example) => matcher.match(example).some((m) => m.entryId === e.id)).map((example) => `${e.id}: ${example}`));
    expect(falseHits).toEqual([]);
  });
});
