import { ENGLISH_SITES_TO_CHINESE } from './phrasebook-english-sites';
import { TO_CHINESE_SITES } from './phrasebook-to-chinese';

/**
 * What the loopback engine answers for the fixture texts, line by line, so
 * screenshots show realistic translations. Unknown lines come back tagged.
 */
export const PHRASEBOOK: Record<string, string> = {
  '成都三天两晚火锅暴走🌶️｜本地人私藏的老火锅': 'A 3-day hotpot crawl in Chengdu 🌶️ | Old-school spots the locals keep to themselves',
  '姐妹们！这次在成都连吃三天火锅，终于把压箱底的清单整理出来了🔥': 'Sisters! I ate hotpot in Chengdu three days straight and finally wrote up my secret list 🔥',
  '第一家在玉林路附近，牛油锅底香到破防了😭 毛肚七上八下刚刚好，鸭肠脆得离谱':
    'The first place is near Yulin Road, and the beef-tallow broth smelled so good I broke down 😭 Tripe dipped "seven up, eight down" is just right, and the duck intestines are ridiculously crunchy',
  '第二家是 @辣妹子探店日记 推荐的，排队一小时但真的值！': 'The second one was recommended by @辣妹子探店日记: an hour in line, but totally worth it!',
  '人均 80 左右，微辣对外地人已经很够了（别逞强点特辣，我就是反面教材🥵）':
    'About 80 yuan per person. "Mild" is plenty for out-of-towners (don\'t be a hero and order extra hot; I\'m the cautionary tale 🥵)',
  '#成都美食 #成都火锅 #旅行攻略': '#成都美食 #成都火锅 #旅行攻略',
  '已经种草了！！下个月就去成都，蹲一个具体店名🙏': "Sold on it!! Going to Chengdu next month. Waiting for the exact restaurant name 🙏",
  '第二家我去过，牛油锅底yyds，毛肚绝绝子😍 就是排队排到破防了': "I've been to the second one: the beef-tallow broth is the GOAT and the tripe is unreal 😍 The line just about broke me though",
  '真的！我排了一个半小时😂 建议工作日下午三点前去': 'So true! I waited an hour and a half 😂 Go on a weekday before 3 pm',
  '看到要排两小时我直接拔草了🥲 谁顶得住啊': 'Saw the two-hour wait and instantly lost interest 🥲 Who can handle that',
  '蹲一个链接！第一家叫什么名字呀，求求了🥺': "Waiting for a link! What's the first place called? Pretty please 🥺",
  // note-policy-page.html
  '国庆黄金周荷兰旅行避坑🇳🇱｜这些东西千万别带回国': 'Golden Week in the Netherlands: pitfalls to avoid 🇳🇱 | Never bring these things home',
  '阿姆斯特丹街头到处是卖大麻的咖啡店，好奇也别碰！': "Amsterdam's streets are full of coffee shops selling cannabis. Even if you're curious, don't touch it!",
  '回国入境可能会被检测，在国外吸食也算违法😱': 'You may be tested when you re-enter China, and using it abroad still counts as breaking the law 😱',
  '另外纪念品店的弹簧刀、蝴蝶刀也别买，过安检直接没收': "Also don't buy the switchblades or butterfly knives in souvenir shops: security confiscates them on the spot",
  '#荷兰旅行 #出境游': '#荷兰旅行 #出境游',
  '周末带娃去农场种草莓🍓 比逛街有意思': 'Took the kids to a farm to plant strawberries this weekend 🍓 More fun than shopping',
  '已经种草荷兰了，这篇太有用了🙏': 'The Netherlands is on my list now, this post is so useful 🙏',
};

/** English sentences the options page's Test button sends, for Chinese targets. */
const TO_CHINESE: Record<string, Record<string, string>> = {
  'Hello, world!': { 'zh-Hans': '你好，世界！', 'zh-Hant': '你好，世界！' },
  ...TO_CHINESE_SITES,
  ...ENGLISH_SITES_TO_CHINESE,
};

export function phrasebookTranslate(text: string, target: string): string {
  const chinese = TO_CHINESE[text]?.[target];
  if (chinese) return chinese;
  if (!target.startsWith('en')) return `⟨${target}⟩ ${text}`;
  return text
    .split('\n')
    .map((line) => (line.trim() === '' ? line : (PHRASEBOOK[line.trim()] ?? `⟨en⟩ ${line}`)))
    .join('\n');
}
