/**
 * What the loopback engine answers for the subtitle lines built from
 * test/fixtures/subtitles (YouTube English ASR and uploaded tracks for a
 * Chinese reader; Bilibili's ai-zh track for an English reader).
 */
export const SUBTITLES_TO_CHINESE: Record<string, Record<string, string>> = {
  'so today we are making dumplings from scratch': { 'zh-Hans': '今天我们从零开始包饺子', 'zh-Hant': '今天我們從零開始包餃子' },
  'no cap this recipe is the best one I know': { 'zh-Hans': '不骗你，这个食谱是我知道最好的', 'zh-Hant': '不騙你，這個食譜是我知道最好的' },
  'first we mix the flour with warm water': { 'zh-Hans': '首先我们用温水和面', 'zh-Hant': '首先我們用溫水和麵' },
  'then we let the dough rest for an hour': { 'zh-Hans': '然后让面团醒一个小时', 'zh-Hant': '然後讓麵團醒一個小時' },
  'see you next time': { 'zh-Hans': '下次见', 'zh-Hant': '下次見' },
  'Welcome back to the night market, where every stall has a queue.': { 'zh-Hans': '欢迎回到夜市，每个摊位前都排着队。', 'zh-Hant': '歡迎回到夜市，每個攤位前都排著隊。' },
  'This stinky tofu is worth the wait.': { 'zh-Hans': '这份臭豆腐值得等。', 'zh-Hant': '這份臭豆腐值得等。' },
  'Next up: bubble tea.': { 'zh-Hans': '接下来：珍珠奶茶。', 'zh-Hant': '接下來：珍珠奶茶。' },
  'Thanks for watching!': { 'zh-Hans': '感谢观看！', 'zh-Hant': '感謝觀看！' },
};

export const SUBTITLES_TO_ENGLISH: Record<string, string> = {
  '大家好 今天带大家去成都吃火锅': "Hi everyone, today I'm taking you for hotpot in Chengdu",
  '这家店的牛油锅底真的yyds': "This place's beef-tallow broth is truly the GOAT",
  '毛肚七上八下刚刚好': 'Tripe dipped "seven up, eight down" is just right',
  '看完是不是已经被种草了': 'After watching, are you already sold on it?',
  '记得点赞投币收藏': 'Remember to like, coin and favourite',
  '我们下期再见': 'See you in the next episode',
};
