/**
 * What the loopback engine answers, in Chinese, for the English fixture texts
 * of TikTok, Instagram and Threads (whole texts, as the adapters send them).
 */
export const ENGLISH_SITES_TO_CHINESE: Record<string, Record<string, string>> = {
  // tiktok/video-page.html
  'One-pot ramen at 3,000 m when your hands are frozen 🥶🍜 stove tip from @gearcheck.sam #camping #backpacking #trailfood': {
    'zh-Hans': '海拔 3000 米、手都冻僵时的一锅拉面 🥶🍜 炉子小技巧来自 @gearcheck.sam #camping #backpacking #trailfood',
    'zh-Hant': '海拔 3000 公尺、手都凍僵時的一鍋拉麵 🥶🍜 爐子小技巧來自 @gearcheck.sam #camping #backpacking #trailfood',
  },
  'Okay but how is the broth this rich with zero fridge 😭': { 'zh-Hans': '不是，没有冰箱汤底怎么还能这么浓 😭' },
  'Miso paste in a tiny jar! It keeps for weeks 🙌': { 'zh-Hans': '用小罐子装味噌酱！能放好几周 🙌' },
  '@jo.hikes same question, mine always tastes like dishwater': { 'zh-Hans': '@jo.hikes 同问，我煮的总像刷锅水' },
  '@trailcook.mia what stove is that? Looks super light': { 'zh-Hans': '@trailcook.mia 这是什么炉子？看起来超轻' },
  'The wind at 0:14 made me feel cold through the screen': { 'zh-Hans': '0:14 的风声让我隔着屏幕都觉得冷' },
  'Saving this for my Dolomites trip next month 📌': { 'zh-Hans': '收藏了，下个月去多洛米蒂徒步用 📌' },
  'Which noodles are those? The thick ones look amazing': { 'zh-Hans': '那是什么面？粗的那种看起来太香了' },
  'Rush hour in Amsterdam is just bikes, bikes and more bikes 🚲 #amsterdam #cycling': { 'zh-Hans': '阿姆斯特丹的早高峰：自行车、自行车，还是自行车 🚲 #amsterdam #cycling' },
  'This is literally my commute every morning lol': { 'zh-Hans': '这就是我每天早上的通勤，哈哈' },
  'The bike garage at Centraal is insane': { 'zh-Hans': '中央车站的自行车库太夸张了' },
  'Zero helmets and zero stress, love it 😂': { 'zh-Hans': '没人戴头盔也没人焦虑，爱了 😂' },
  // instagram/post-page.html
  'First batch of sourdough after moving into the new flat 🍞✨ The oven runs hot, so 20 minutes at 230°C was plenty. Recipe from @flourwater.nyc\n#sourdough #homebaking': {
    'zh-Hans': '搬进新公寓后的第一炉酸面包 🍞✨ 烤箱偏热，230°C 烤 20 分钟就够了。配方来自 @flourwater.nyc\n#sourdough #homebaking',
  },
  'That oven spring is unreal 😍 what hydration?': { 'zh-Hans': '这个烤箱膨胀也太夸张了 😍 含水量多少？' },
  '@daily.crumb 75%, nothing fancy!': { 'zh-Hans': '@daily.crumb 75%，没什么特别的！' },
  'Same question, mine always comes out flat 😅': { 'zh-Hans': '同问，我的总是塌的 😅' },
  'Crumb shot please!! 📸 #sourdough': { 'zh-Hans': '求切面图！！📸 #sourdough' },
  'Welcome to the neighborhood, the bakery on Court St is great too': { 'zh-Hans': '欢迎来到这一带，Court 街那家面包店也很棒' },
  'Saving this for the weekend': { 'zh-Hans': '收藏了，周末试试' },
  '230°C is hot for a Dutch oven, nice result though': { 'zh-Hans': '用铸铁锅的话 230°C 有点高，不过效果很好' },
  "Cinnamon rolls for the building's first potluck 🥐 #baking": { 'zh-Hans': '为楼里第一次百乐餐做的肉桂卷 🥐 #baking' },
  'These disappeared in five minutes, thank you!!': { 'zh-Hans': '五分钟就被抢光了，谢谢你！！' },
  'Please make these every Sunday 🙏': { 'zh-Hans': '求每个周日都做 🙏' },
  // instagram/home-feed.html
  'Rainy afternoon in Alfama, sketching from a café window ☔️🖌️ Watercolor on 300gsm cold press, about 40 minutes, and the waiter kept my coffee warm the whole time\n#urbansketchers #watercolor': {
    'zh-Hans': '阿尔法玛的雨天午后，在咖啡馆窗边写生 ☔️🖌️ 300g 冷压水彩纸，大约 40 分钟，服务员一直帮我把咖啡保温\n#urbansketchers #watercolor',
  },
  'New 10K personal best this morning! 41:52 🏃‍♂️ Legs are done for the week, thanks @trackclub.oak': {
    'zh-Hans': '今早 10 公里跑出个人最好成绩！41:52 🏃‍♂️ 这周腿已经废了，谢谢 @trackclub.oak',
  },
  'Repotted the monstera and found three new roots 🌱 Spring is finally here': { 'zh-Hans': '给龟背竹换了盆，发现三条新根 🌱 春天终于来了' },
  'I think I know that café, the one by the tram stop? ☕': { 'zh-Hans': '我应该知道那家咖啡馆，是电车站旁边那家吗？☕' },
  'The reflections on the wet street are perfect': { 'zh-Hans': '湿漉漉街面上的倒影画得太好了' },
  'Proud of you, see you at Saturday intervals': { 'zh-Hans': '为你骄傲，周六间歇跑见' },
  // threads/post-page.html
  'Hot take: the best code review comment is a question, not a command.\n"Why did we pick this?" teaches more than "Change this." 🧵 Agree, @devon.builds? #codereview': {
    'zh-Hans': '暴论：最好的代码评审意见是提问，而不是命令。\n“我们为什么选这个？”比“改掉这个。”更能教人 🧵 同意吗，@devon.builds？#codereview',
    'zh-Hant': '暴論：最好的程式碼審查意見是提問，而不是命令。\n「我們為什麼選這個？」比「改掉這個。」更能教人 🧵 同意嗎，@devon.builds？#codereview',
  },
  'Agree 100%. Questions invite the author to explain, commands invite them to get defensive 😅': {
    'zh-Hans': '百分百同意。提问让作者愿意解释，命令只会让人防御 😅',
    'zh-Hant': '百分百同意。提問讓作者願意解釋，命令只會讓人防禦 😅',
  },
  "Saving this for my team's onboarding doc": { 'zh-Hans': '收藏了，放进我们团队的入职文档' },
  'Counterpoint: sometimes you just need the nit fixed 🙃': { 'zh-Hans': '反方观点：有时候你就是需要把那个小问题改掉 🙃' },
  'This changed how I mentor juniors': { 'zh-Hans': '这改变了我带新人的方式' },
  '@devon.builds exactly, and it keeps the tone friendly': { 'zh-Hans': '@devon.builds 没错，而且语气也更友好' },
  'Finished my first quilt after 3 months of evenings ✂️🧵 Every seam is a little crooked and I love it': {
    'zh-Hans': '花了三个月的晚上，终于做完了我的第一床拼布被 ✂️🧵 每条缝都有点歪，但我很喜欢',
  },
  'Took the night train from Vienna to Venice and woke up to the Alps at sunrise. Nobody warned me that the dining car serves the best apple strudel on the continent, or that the conductor would knock at 5 am just so we could see the mountains turn pink. 10/10 would miss sleep again 🚆🏔️': {
    'zh-Hans': '坐夜车从维也纳到威尼斯，醒来正赶上阿尔卑斯山的日出。没人告诉我餐车有全欧洲最好吃的苹果卷，也没人说列车员会在早上 5 点敲门，只为让我们看群山变成粉色。10 分满分，愿意再少睡一次 🚆🏔️',
  },
};
