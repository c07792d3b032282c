/**
 * A deterministic 500-post Xiaohongshu-like feed: titles, bodies and comments
 * built from phrases, with the repetition real feeds have (the same short
 * comment under many posts).
 */
const OPENERS = ['姐妹们', '家人们', '宝子们', '集美们', '大家好', '救命', '真的绝了', '谁懂啊'];
const TOPICS = ['成都火锅', '上海咖啡店', '北京胡同', '杭州西湖', '广州早茶', '重庆夜景', '西安肉夹馍', '厦门鼓浪屿', '长沙臭豆腐', '苏州园林', '大理洱海', '青岛啤酒'];
const COMMENTS = ['蹲一个链接', '已经种草了', '求店名', '哈哈哈哈哈', '好想去啊', '收藏了', '绝绝子', '太好看了吧', '救命好馋', '下次一起去'];
const ENDINGS = ['真的值得去！', '排队一小时也值', '性价比超高', '拍照特别出片', '本地人都推荐', '周末人有点多', '建议工作日去', '强烈推荐给大家'];

function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FeedPost {
  id: string;
  texts: string[];
}

export function makeFeed(posts = 500, seed = 42): FeedPost[] {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  return Array.from({ length: posts }, (_, index) => {
    const topic = pick(TOPICS);
    const texts = [
      `${pick(OPENERS)}！${topic}第${index + 1}弹`,
      `${pick(OPENERS)}，这次去了${topic}，${pick(ENDINGS)}（第${index + 1}篇）`,
      pick(COMMENTS),
    ];
    return { id: `post-${index}`, texts };
  });
}
