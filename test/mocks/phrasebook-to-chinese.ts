/**
 * What the loopback engine answers, in Simplified and Traditional Chinese,
 * for the English fixture texts of X, Reddit and YouTube (whole texts, as
 * the adapters extract them), so screenshots show realistic translations.
 */
type Chinese = { 'zh-Hans': string; 'zh-Hant': string };

const both = (hans: string, hant: string): Chinese => ({ 'zh-Hans': hans, 'zh-Hant': hant });

export const TO_CHINESE_SITES: Record<string, Chinese> = {
  // X home timeline
  'Just shipped our first open-source release 🎉 Huge thanks to @mira_dev for the reviews!\n\nRelease notes: https://ferry.example/release-notes… #opensource #TypeScript': both(
    '我们的第一个开源版本刚刚发布 🎉 非常感谢 @mira_dev 的审阅！\n\n发布说明：https://ferry.example/release-notes… #opensource #TypeScript',
    '我們的第一個開源版本剛剛發布 🎉 非常感謝 @mira_dev 的審閱！\n\n發布說明：https://ferry.example/release-notes… #opensource #TypeScript',
  ),
  'This is the best explanation of event loops I have read all year 👇': both('这是我今年读到的对事件循环最好的解释 👇', '這是我今年讀到的對事件循環最好的解釋 👇'),
  'Thread: how the browser event loop actually schedules your callbacks, with diagrams 🧵': both(
    '长文：浏览器事件循环究竟如何调度你的回调，附图解 🧵',
    '長文：瀏覽器事件循環究竟如何調度你的回調，附圖解 🧵',
  ),
  'Day 3 on the Pacific Crest Trail. We woke up to frost on the tent and a sky full of stars ✨ The climb to the pass took six hours…': both(
    '太平洋山脊步道第 3 天。醒来时帐篷上结了霜，满天繁星 ✨ 爬到垭口花了六个小时…',
    '太平洋山脊步道第 3 天。醒來時帳篷上結了霜，滿天繁星 ✨ 爬到埡口花了六個小時…',
  ),
  'Day 3 on the Pacific Crest Trail. We woke up to frost on the tent and a sky full of stars ✨ The climb to the pass took six hours, and every switchback was worth it.\n\nTomorrow we head down to the lake and finally get a proper meal. #PCT2025 #hiking': both(
    '太平洋山脊步道第 3 天。醒来时帐篷上结了霜，满天繁星 ✨ 爬到垭口花了六个小时，每一段之字形山路都值得。\n\n明天我们下山去湖边，终于可以好好吃一顿了。#PCT2025 #hiking',
    '太平洋山脊步道第 3 天。醒來時帳篷上結了霜，滿天繁星 ✨ 爬到埡口花了六個小時，每一段之字形山路都值得。\n\n明天我們下山去湖邊，終於可以好好吃一頓了。#PCT2025 #hiking',
  ),
  'Where do you get the best dumplings in New York? Drop your favorite spot below 🥟': both(
    '纽约哪里的饺子最好吃？在下面留下你最爱的店 🥟',
    '紐約哪裡的餃子最好吃？在下面留下你最愛的店 🥟',
  ),
  'Heavy rain expected across the Bay Area tonight. Stay safe and check local alerts ☔': both(
    '今晚湾区预计有大雨。注意安全，留意当地预警 ☔',
    '今晚灣區預計有大雨。注意安全，留意當地預警 ☔',
  ),
  'Finished my first watercolor of the Golden Gate Bridge today 🌉 Still learning, but I am proud of this one.': both(
    '今天完成了我的第一幅金门大桥水彩画 🌉 还在学习中，但我为这幅感到骄傲。',
    '今天完成了我的第一幅金門大橋水彩畫 🌉 還在學習中，但我為這幅感到驕傲。',
  ),
  'Ran my first half marathon this morning! 2:05, legs are jelly 🏃': both('今天早上跑完了我的第一个半程马拉松！2:05，腿都软了 🏃', '今天早上跑完了我的第一個半程馬拉松！2:05，腿都軟了 🏃'),
};
