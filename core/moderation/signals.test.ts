import { describe, expect, it } from 'vitest';
import { accountSignals, dominantScript, duplicateTextSignals, findLocationClaims, parseLocationLabel, placesAgree } from './signals';
import { lookupPlace } from './gazetteer';

const place = (name: string) => lookupPlace(name)!;

describe('displayed location labels', () => {
  it.each([
    ['IP属地：广东', 'CN-GD'],
    ['IP属地:四川', 'CN-SC'],
    ['发布于 北京', 'CN-BJ'],
    ['·四川', 'CN-SC'],
    ['来自上海', 'CN-SH'],
    ['美国', 'US'],
    ['中国香港', 'HK'],
    ['United States', 'US'],
  ])('%s is %s', (label, id) => {
    expect(parseLocationLabel(label)?.id).toBe(id);
  });

  it('unknown or empty labels give no place', () => {
    expect(parseLocationLabel('IP属地：火星')).toBeUndefined();
    expect(parseLocationLabel('')).toBeUndefined();
    expect(parseLocationLabel(undefined)).toBeUndefined();
  });
});

describe('location claims in post text', () => {
  it.each([
    ["I'm from Texas, real American here", 'US-TX'],
    ['I am from California and I love this app', 'US-CA'],
    ['as an American I find this wild', 'US'],
    ['real American here, no bots', 'US'],
    ['I grew up in Ohio', 'US-OH'],
    ['我是美国人，第一次用小红书', 'US'],
    ['美国人，来学中文', 'US'],
    ['我来自加州', 'US-CA'],
    ['来自加州的问候', 'US-CA'],
    ['作为一个广州人必须推荐', 'CN-GD-GZ'],
    ['坐标成都，求推荐火锅', 'CN-SC-CD'],
  ])('%s claims %s', (text, id) => {
    expect(findLocationClaims(text).map((claim) => claim.place.id)).toContain(id);
  });

  it.each([
    'Texas BBQ recipe: low and slow for 12 hours',
    'My favourite American football team lost again',
    "I'm not from around here",
    '这款包来自意大利，质感很好',
    '美国的物价太高了',
    "I'm in la la land today",
    'Watching a show about New York',
  ])('%s makes no claim', (text) => {
    expect(findLocationClaims(text)).toEqual([]);
  });

  it('keeps the words of the claim as written', () => {
    expect(findLocationClaims("Honestly I'm from Texas lol")[0]?.phrase).toBe("I'm from Texas");
  });
});

describe('places agree when one contains the other', () => {
  it('a city and its province, a state and its country', () => {
    expect(placesAgree(place('Guangzhou'), place('广东'))).toBe(true);
    expect(placesAgree(place('美国'), place('Texas'))).toBe(true);
    expect(placesAgree(place('Houston'), place('US'))).toBe(true);
  });
  it('different provinces or countries do not', () => {
    expect(placesAgree(place('Texas'), place('广东'))).toBe(false);
    expect(placesAgree(place('北京'), place('上海'))).toBe(false);
    expect(placesAgree(place('Texas'), place('California'))).toBe(false);
  });
  it('a Chinese claim fits a Hong Kong or Taiwan label', () => {
    expect(placesAgree(place('中国人'), place('中国香港'))).toBe(true);
    expect(placesAgree(place('台湾人'), place('中国'))).toBe(true);
  });
});

describe('account signals', () => {
  it('an IP label of 广东 against "I\'m from Texas" is a location mismatch, reported with both as written', () => {
    const signals = accountSignals({ text: "I'm from Texas, real American here. This app is great!", locationLabel: '广东' });
    expect(signals).toEqual([{ kind: 'location-mismatch', label: '广东', labelPlace: 'CN-GD', claim: "I'm from Texas", claimPlace: 'US-TX' }]);
  });

  it('a Chinese post by an account labelled 广东 claiming to be from Guangzhou is consistent', () => {
    expect(accountSignals({ text: '我是广州人，这家早茶真的地道，推荐虾饺和肠粉', locationLabel: 'IP属地：广东' })).toEqual([]);
  });

  it('a US label and a Texas claim in English are consistent', () => {
    expect(accountSignals({ text: "I'm from Texas and this brisket is the real deal", locationLabel: '美国' })).toEqual([]);
  });

  it('no claim, no signal, whatever the label', () => {
    expect(accountSignals({ text: 'Texas BBQ recipe: low and slow', locationLabel: '广东' })).toEqual([]);
  });

  it('a long Chinese post claiming to be American is a script signal; short texts say too little', () => {
    const signals = accountSignals({ text: '作为美国人我真心觉得这里的生活比老家方便太多了，大家怎么看', locationLabel: undefined });
    expect(signals).toEqual([{ kind: 'script-mismatch', script: 'Han', claim: '作为美国人', claimPlace: 'US', expected: ['Latin'] }]);
    expect(accountSignals({ text: '我是美国人', locationLabel: undefined })).toEqual([]);
  });

  it('one agreeing claim among several is enough', () => {
    expect(accountSignals({ text: "I'm from Texas but I live in Shenzhen now", locationLabel: 'IP属地：广东' }).map((signal) => signal.kind)).not.toContain('location-mismatch');
  });
});

describe('dominant script', () => {
  it('counts letters, not links or tags', () => {
    expect(dominantScript('今天天气很好 https://example.com #travel').script).toBe('Han');
    expect(dominantScript('What a lovely day').script).toBe('Latin');
    expect(dominantScript('🙂🙂').script).toBeUndefined();
  });
});

describe('duplicate text on a page', () => {
  const entries = [
    { key: 'a', author: 'alice', text: 'Best VPN deal, DM me for a code!!!' },
    { key: 'b', author: 'bob', text: 'best vpn deal — DM me for a code' },
    { key: 'c', author: 'carol', text: 'Best VPN deals, DM me for a code' },
    { key: 'd', author: 'dan', text: 'I went hiking on Sunday and it rained' },
    { key: 'e', author: 'alice', text: 'I went hiking on Sunday and it rained' },
  ];

  it('the same or near-same text by several accounts is a signal on each', () => {
    const signals = duplicateTextSignals(entries);
    expect(signals.get('a')).toEqual({ kind: 'duplicate-text', accounts: 3, authors: ['alice', 'bob', 'carol'] });
    expect(signals.get('b')?.kind).toBe('duplicate-text');
    expect(signals.get('c')?.kind).toBe('duplicate-text');
  });

  it('two different accounts with the same sentence count, one account repeating itself does not', () => {
    const signals = duplicateTextSignals(entries);
    expect(signals.get('d')).toEqual({ kind: 'duplicate-text', accounts: 2, authors: ['dan', 'alice'] });
    expect(duplicateTextSignals([entries[3]!, { ...entries[3]!, key: 'f' }]).size).toBe(0);
  });

  it('short texts ("lol", "好看") are never duplicates', () => {
    expect(duplicateTextSignals([
      { key: '1', author: 'a', text: 'lol' },
      { key: '2', author: 'b', text: 'lol' },
      { key: '3', author: 'c', text: '好看' },
      { key: '4', author: 'd', text: '好看！' },
    ]).size).toBe(0);
  });

  it('different texts of similar length are not duplicates', () => {
    expect(duplicateTextSignals([
      { key: '1', author: 'a', text: 'The hotel breakfast was great' },
      { key: '2', author: 'b', text: 'The metro was late this morning' },
    ]).size).toBe(0);
  });
});
