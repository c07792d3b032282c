/** English for the Chinese lines of moderation-note.html (the moderator-mode E2E). */
export const MODERATION_PHRASES: Record<string, string> = {
  '留学生出国前必看｜这些雷千万别踩': 'Must-read before studying abroad | Pitfalls to avoid',
  '在国内用VPN翻墙上Instagram会被罚吗？评论区有人问，统一回复一下。': 'Can you be fined for using a VPN to get over the wall to Instagram in China? People asked in the comments, so here is one answer for all.',
  '阿姆斯特丹街头到处是卖大麻的咖啡店，好奇也别碰！': "Amsterdam's streets are full of coffee shops selling cannabis. Even if you're curious, don't touch it!",
  '还有同学网赌输了十几万，千万别信“稳赚”': 'A classmate lost over 100,000 yuan gambling online. Never believe "guaranteed wins"',
  '#留学': '#留学',
  '我是广州人，早茶推荐陶陶居，虾饺和肠粉都很地道': "I'm from Guangzhou: for dim sum try Tao Tao Ju, the har gow and rice rolls are the real thing",
  '私信我低价出售高仿包，质量超好，包邮到家': 'DM me for cheap high-grade replica bags, great quality, free delivery',
  '私信我低价出售高仿包，质量超好，包邮到家！': 'DM me for cheap high-grade replica bags, great quality, free delivery!',
};
