import { ENGLISH_SITES_TO_CHINESE } from './phrasebook-english-sites';
import { TO_CHINESE_SITES } from './phrasebook-to-chinese';
import { MODERATION_PHRASES } from './phrasebook-moderation';
import { SUBTITLES_TO_CHINESE, SUBTITLES_TO_ENGLISH } from './phrasebook-subtitles';

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
  // Weibo, Douyin and Bilibili fixtures.
  '今天终于吃到了传说中的冒菜🌶️ 分量超足，老板还送了冰粉！': 'Finally had the legendary mao cai today 🌶️ Huge portions, and the owner threw in free ice jelly!',
  '#成都美食# 感谢 @辣妹子探店 的推荐': '#成都美食# Thanks to @辣妹子探店 for the tip',
  '加班到十一点，地铁上看到一位大爷在写毛笔字，写的是“路漫漫其修远兮”。': 'Worked overtime till eleven. On the subway an old man was writing calligraphy: "The road ahead is long and far."',
  '突然觉得自己也没那么累了...': "Suddenly I didn't feel so tired...",
  '突然觉得自己也没那么累了。': "Suddenly I didn't feel so tired.",
  '明天继续加油💪': 'Keep going tomorrow 💪',
  '早茶三件套：虾饺、烧卖、叉烧包😋 你们最爱哪个？#广州早茶#': 'The dim sum trio: har gow, siu mai, char siu bao 😋 Which is your favourite? #广州早茶#',
  '西湖边的桂花开了，整条路都是香的🌼': 'The osmanthus by West Lake is in bloom; the whole road smells sweet 🌼',
  '周末约起来#杭州#': "Let's meet up this weekend #杭州#",
  '同款加班人，看完莫名被治愈了': 'Fellow overtime worker here; somehow this healed me',
  '回复@夜归人小林:一起加油，早点下班🙏': 'Reply to @夜归人小林: hang in there, hope we both get off early 🙏',
  '大爷的字写得真好，这句出自屈原的#离骚#': "The old man's handwriting is beautiful; the line is from Qu Yuan's #离骚#",
  '抱抱楼主，记得吃夜宵🍜': 'Hugs to the poster, remember to grab a late-night snack 🍜',
  '洪崖洞的夜景真的像千与千寻一样✨': 'The Hongya Cave night view really looks like Spirited Away ✨',
  '轻轨穿楼也看到了 #重庆旅游# @山城吃货': 'Saw the train run through the building too #重庆旅游# @山城吃货',
  '晚上去人好多，建议早点去占位置😂': 'It gets packed at night; go early to grab a spot 😂',
  '收藏了，五一就去 @重庆山城漫游 求攻略': 'Saved! Going over the May Day holiday. @重庆山城漫游, any tips?',
  '轻轨穿楼太酷了': 'The train through the building is so cool',
  '重庆8D魔幻城市，导航都迷路了🤯 #重庆 #旅行vlog @山城小导游': 'Chongqing, the 8D magic city where even the GPS gets lost 🤯 #重庆 #旅行vlog @山城小导游',
  '第一次来重庆真的被导航整懵了😂': 'First time in Chongqing and the navigation totally baffled me 😂',
  '哈哈哈下次跟着我走就不会迷路': "Hahaha, follow me next time and you won't get lost",
  '李子坝轻轨穿楼必打卡 @山城小导游 带带我': 'The Liziba train-through-a-building is a must-see. @山城小导游 take me along',
  '来重庆不吃火锅等于白来🔥': 'Coming to Chongqing without eating hotpot is a wasted trip 🔥',
  '南山一棵树看夜景绝了': 'The night view from Nanshan is incredible',
  '在洱海边开了一家小咖啡馆☕ 每天看日落 #大理 #慢生活': 'Opened a little café by Erhai Lake ☕ Watching the sunset every day #大理 #慢生活',
  '【4K】用一天走遍重庆：洪崖洞、李子坝和山城步道': '[4K] Chongqing in one day: Hongya Cave, Liziba and the mountain-city trails',
  '这个视频剪得太好了吧！BGM一响我直接起鸡皮疙瘩': 'This video is edited so well! The moment the BGM kicked in I got goosebumps',
  '回复 @星河入梦 :同感，尤其是最后那段😭': 'Reply to @星河入梦: same, especially the last part 😭',
  '@阿伟在学习 快来看，你要的教程来了': '@阿伟在学习 come look, the tutorial you wanted is here',
  '回复 @吃瓜群众小王 :你也是老粉啊': "Reply to @吃瓜群众小王: you're an old fan too, huh",
  '第一次刷到，已三连支持！': 'First time seeing this: liked, coined and faved!',
  '改一下：BGM是哪首？': 'Edit: which song is the BGM?',
  '新视频来啦！这次带大家走遍重庆的山城步道 #重庆旅行#': "New video is up! This time I take you along Chongqing's mountain-city trails #重庆旅行#",
  '周末直播通宵打新游戏，@阿伟在学习 记得来捧场！': 'Streaming the new game all night this weekend. @阿伟在学习 be sure to drop by!',
  '陶陶居、点都德、广州酒家，本地人最常去的三家早茶店都在这里了👍': 'Tao Tao Ju, Dian Dou De and Guangzhou Restaurant: the three dim sum places locals go to most, all in one list 👍',
  ...MODERATION_PHRASES,
  ...SUBTITLES_TO_ENGLISH,
};

/** English sentences the options page's Test button sends, for Chinese targets. */
const TO_CHINESE: Record<string, Record<string, string>> = {
  'Hello, world!': { 'zh-Hans': '你好，世界！', 'zh-Hant': '你好，世界！' },
  ...TO_CHINESE_SITES,
  ...ENGLISH_SITES_TO_CHINESE,
  ...SUBTITLES_TO_CHINESE,
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
