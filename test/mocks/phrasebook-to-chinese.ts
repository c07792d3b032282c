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
  // Reddit (new and old share the thread)
  'Where do you get the best soup dumplings in Manhattan?': both('曼哈顿哪里的小笼包最好吃？', '曼哈頓哪裡的小籠包最好吃？'),
  'Visiting from Toronto next week and I want proper xiao long bao 🥟\nSo far I have this list but it is from 2019. Tips from r/FoodNYC regulars welcome too!': both(
    '下周从多伦多过来，想吃正宗的小笼包 🥟\n目前我有这份清单，但它是 2019 年的。也欢迎 r/FoodNYC 的常客推荐！',
    '下週從多倫多過來，想吃正宗的小籠包 🥟\n目前我有這份清單，但它是 2019 年的。也歡迎 r/FoodNYC 的常客推薦！',
  ),
  'Visiting from Toronto next week and I want proper xiao long bao 🥟\n\nSo far I have this list but it is from 2019. Tips from r/FoodNYC regulars welcome too!': both(
    '下周从多伦多过来，想吃正宗的小笼包 🥟\n\n目前我有这份清单，但它是 2019 年的。也欢迎 r/FoodNYC 的常客推荐！',
    '下週從多倫多過來，想吃正宗的小籠包 🥟\n\n目前我有這份清單，但它是 2019 年的。也歡迎 r/FoodNYC 的常客推薦！',
  ),
  "Joe's Shanghai on Pell St is the classic, but go early on weekdays. The line gets long by noon 😅": both(
    '佩尔街的 Joe\'s Shanghai 是经典之选，但工作日要早点去。到中午队就排很长了 😅',
    '佩爾街的 Joe\'s Shanghai 是經典之選，但工作日要早點去。到中午隊就排很長了 😅',
  ),
  'Thanks! Is it cash only?': both('谢谢！只收现金吗？', '謝謝！只收現金嗎？'),
  'Cards are fine now. Ask for the crab and pork ones 🦀': both('现在可以刷卡了。点蟹肉猪肉馅的 🦀', '現在可以刷卡了。點蟹肉豬肉餡的 🦀'),
  'Deleted my old answer, the place closed. Try Dim Sum Go Go instead!': both('删掉了我之前的回答，那家店关了。改去 Dim Sum Go Go 吧！', '刪掉了我之前的回答，那家店關了。改去 Dim Sum Go Go 吧！'),
  'Check out the map from u/dumpling_data, it is updated every month:\ndumplings.example/nyc\nAlso ask in r/FoodNYC': both(
    '看看 u/dumpling_data 做的地图，每月更新：\ndumplings.example/nyc\n也可以去 r/FoodNYC 问问',
    '看看 u/dumpling_data 做的地圖，每月更新：\ndumplings.example/nyc\n也可以去 r/FoodNYC 問問',
  ),
  'Check out the map from u/dumpling_data, it is updated every month:\n\ndumplings.example/nyc\n\nAlso ask in r/FoodNYC': both(
    '看看 u/dumpling_data 做的地图，每月更新：\n\ndumplings.example/nyc\n\n也可以去 r/FoodNYC 问问',
    '看看 u/dumpling_data 做的地圖，每月更新：\n\ndumplings.example/nyc\n\n也可以去 r/FoodNYC 問問',
  ),
  'Nan Xiang in Flushing is worth the 7 train ride 🚇': both('法拉盛的南翔值得坐 7 号线过去 🚇', '法拉盛的南翔值得坐 7 號線過去 🚇'),
  '+1 for Nan Xiang, get the spicy wontons too': both('南翔 +1，也点一份红油抄手', '南翔 +1，也點一份紅油抄手'),
  // YouTube
  'How I cook perfect rice without a rice cooker 🍚 | Easy kitchen tips': both('不用电饭煲也能煮出完美米饭 🍚 | 简单厨房技巧', '不用電飯煲也能煮出完美米飯 🍚 | 簡單廚房技巧'),
  'Three methods, one pot, zero stress.\nRecipe card: kitchenwithmaya.example/rice\n#cooking #rice': both(
    '三种方法，一口锅，零压力。\n食谱卡：kitchenwithmaya.example/rice\n#cooking #rice',
    '三種方法，一口鍋，零壓力。\n食譜卡：kitchenwithmaya.example/rice\n#cooking #rice',
  ),
  'Tried the absorption method tonight and it came out perfect. Thank you! 🙌': both('今晚试了焖煮法，效果完美。谢谢！🙌', '今晚試了燜煮法，效果完美。謝謝！🙌'),
  'Timestamps:\n0:45 rinsing\n2:10 water ratio\n5:30 resting': both('时间戳：\n0:45 淘米\n2:10 水量比例\n5:30 焖饭', '時間戳：\n0:45 淘米\n2:10 水量比例\n5:30 燜飯'),
  'I grew up in Manila and we always cooked rice in a pot like this. My grandmother measured the water with her finger, one knuckle above the rice, and it never failed.\nWatching this brought back so many memories of her kitchen: the smell of garlic fried rice on Sunday mornings, the sound of the lid rattling when the water boiled, and the little crispy layer at the bottom we used to fight over.\nThank you for making this video, and for explaining it so calmly. #cooking': both(
    '我在马尼拉长大，我们一直像这样用锅煮饭。我外婆用手指量水，高出米一个指节，从来没失手过。\n看这个视频让我想起了她厨房里的许多回忆：周日早上蒜香炒饭的味道，水开时锅盖咔嗒作响的声音，还有我们总是抢着吃的锅底那层锅巴。\n谢谢你做这个视频，也谢谢你讲解得这么从容。#cooking',
    '我在馬尼拉長大，我們一直像這樣用鍋煮飯。我外婆用手指量水，高出米一個指節，從來沒失手過。\n看這個影片讓我想起了她廚房裡的許多回憶：週日早上蒜香炒飯的味道，水開時鍋蓋咔嗒作響的聲音，還有我們總是搶著吃的鍋底那層鍋巴。\n謝謝你做這個影片，也謝謝你講解得這麼從容。#cooking',
  ),
  '@ben_cooks Same here, the first time it did not stick to the pot': both('@ben_cooks 我也是，第一次没有粘锅', '@ben_cooks 我也是，第一次沒有黏鍋'),
  'Did you rinse the rice first?': both('你先淘米了吗？', '你先淘米了嗎？'),
  'Street food tour in Taipei night markets 🌙': both('台北夜市街头美食之旅 🌙', '台北夜市街頭美食之旅 🌙'),
  'Five night markets in one evening.\nMap of every stall: roamingbites.example/taipei\n#taipei #streetfood': both(
    '一个晚上逛五个夜市。\n每个摊位的地图：roamingbites.example/taipei\n#taipei #streetfood',
    '一個晚上逛五個夜市。\n每個攤位的地圖：roamingbites.example/taipei\n#taipei #streetfood',
  ),
  'The pepper buns at Raohe are worth the queue every single time 🔥': both('饶河的胡椒饼每次都值得排队 🔥', '饒河的胡椒餅每次都值得排隊 🔥'),
  'Which night market would you pick for a first visit?': both('第一次去的话，你会选哪个夜市？', '第一次去的話，你會選哪個夜市？'),
};
