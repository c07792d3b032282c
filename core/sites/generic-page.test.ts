// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { genericPage, textId } from './generic-page';

const ARTICLE = readFileSync(path.resolve('test/fixtures/sites/generic-page/article.html'), 'utf8');

describe('generic page adapter', () => {
  beforeEach(() => {
    document.documentElement.innerHTML = new DOMParser().parseFromString(ARTICLE, 'text/html').documentElement.innerHTML;
  });

  const texts = () => genericPage.findPosts(document, new URL('http://127.0.0.1/article.html')).map((post) => post.parts[0]!.text);

  it('finds the article prose: headings, paragraphs, list items, quotes, captions and definitions', () => {
    expect(texts()).toEqual([
      '春运回家指南：抢票、行李和年夜饭',
      '每年春节前后，几亿人同时踏上回家的路，这就是“春运”。对第一次在中国过年的朋友来说，场面可能有点震撼。',
      '怎么买到火车票',
      '火车票一般提前十五天开售，热门线路几分钟就卖光了。很多人会定好闹钟，准点在手机上抢票。',
      '提前在官方应用里完成实名认证。',
      '准备好几个备选车次和日期。',
      '如果抢不到，可以试试候补购票，经常会有人退票。',
      '带什么回家',
      '行李箱里通常装满了给家人的礼物：当地特产、给长辈的保健品，还有给小孩子的红包。',
      '“有钱没钱，回家过年。”这句老话说出了大家的心情。',
      '除夕夜的年夜饭，一桌子都是寓意吉祥的菜。',
      '年夜饭上一定有鱼，因为“鱼”和“余”同音，象征年年有余。',
      '中央电视台的春节联欢晚会，很多家庭边吃年夜饭边看。',
    ]);
  });

  it('leaves out navigation, forms, asides, footers, code, hidden, no-translate, editable and too-short blocks', () => {
    const found = texts().join('\n');
    for (const excluded of ['首页', '输入你想去的城市', '相关阅读', '版权所有', 'buy(', '隐藏起来', '不需要翻译', '正在写的内容']) expect(found).not.toContain(excluded);
    expect(texts()).not.toContain('OK');
  });

  it('keys each block by its text, so a re-rendered paragraph keeps its id and a changed one gets a new id', () => {
    const first = genericPage.findPosts(document, new URL('http://127.0.0.1/'))[1]!;
    const paragraph = first.parts[0]!.source;
    paragraph.replaceWith(paragraph.cloneNode(true));
    expect(genericPage.findPosts(document, new URL('http://127.0.0.1/'))[1]!.id).toBe(first.id);
    expect(textId('年年有余')).not.toBe(textId('年年有鱼'));
    expect(textId('年年有余')).toBe(textId('年年有余'));
  });

  it('never reads Ferry’s own annotations as page text', () => {
    const paragraph = document.querySelector('article > p')!;
    const annotation = document.createElement('ferry-annotation');
    annotation.setAttribute('data-ferry', 'annotation');
    const inner = document.createElement('p');
    inner.textContent = 'Every year around the Spring Festival, hundreds of millions head home.';
    annotation.append(inner);
    paragraph.after(annotation);
    expect(texts()).not.toContain(inner.textContent);
  });
});
