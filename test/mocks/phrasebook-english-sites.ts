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
};
