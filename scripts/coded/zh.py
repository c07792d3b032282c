# The Chinese coded-language pack: python3 scripts/coded/zh.py writes data/coded/zh.json.
from common import entry as E, write

S = {
 'cdt': {'title': 'China Digital Times, Grass-Mud Horse Lexicon (netizen coded language)', 'url': 'https://chinadigitaltimes.net/china/grass-mud-horse/'},
 'pri': {'title': 'PRI, "Censorship cards": Chinese netizen euphemisms (river crab, grass-mud horse)', 'url': 'https://cdn2.pri.org/embeds/censorship-cards.html'},
 'languagelog': {'title': 'Language Log, "Grass Mud Horse and other homophonic puns threatened" (Weibo homophone crackdown, 2022)', 'url': 'https://languagelog.ldc.upenn.edu/nll/?p=55310'},
 'berkman': {'title': 'Berkman Klein Center, "The Chinese Language as a Weapon: How China\'s Netizens Fight Censorship"', 'url': 'https://medium.com/berkman-klein-center/the-chinese-language-as-a-weapon-how-chinas-netizens-fight-censorship-8389516ed1a6'},
 'row-puns': {'title': 'Rest of World, "How Chinese citizens use puns to get past internet censors" (2022), via NextDraft', 'url': 'https://nextdraft.com/archives/n20221012/chinese-fake-out/'},
 'xhs-diversion': {'title': 'Xiaohongshu, 交易导流违规管理细则 (rules on diverting users off-platform), NetEase report', 'url': 'https://www.163.com/dy/article/JQFFOIMB05568V7Z.html'},
 'xhs-diversion-types': {'title': 'Xiaohongshu diversion rules: contact details "direct, disguised or embedded" (违规类型)', 'url': 'https://www.webziv.com/archives/95002.html'},
 'cold': {'title': 'Deng et al., COLD: A Benchmark for Chinese Offensive Language Detection (EMNLP 2022)', 'url': 'https://arxiv.org/abs/2201.06025'},
 'toxicn': {'title': 'Lu et al., ToxiCN and its insult lexicon (ACL 2023)', 'url': 'https://github.com/DUT-lujunyu/ToxiCN'},
 'wiki-slang': {'title': 'Wikipedia, Chinese Internet slang', 'url': 'https://en.wikipedia.org/wiki/Chinese_Internet_slang'},
 'esports-bocai': {'title': 'Report on esports betting, "电竞菠菜" as the soft name for betting (kzwr.com reprint)', 'url': 'https://kzwr.com/article/418204'},
 'bocai-ph': {'title': 'Report on Chinese online-gambling firms in Manila: "圈内把博彩称为菠菜"', 'url': 'https://rrshu8.com/zazhi/53141.html'},
 'drug-slang': {'title': 'Article on drug dealers\' code words (货, 料子, 冰, K粉)', 'url': 'http://bjltu.cn/40126.html'},
 'feiyezi': {'title': 'First-person account: "飞叶子" for smoking cannabis among Chengdu students', 'url': 'https://posts.careerengine.us/p/5bc704c0b6081362cd99adc0'},
 'yuesi': {'title': 'Report on volunteers countering "约死群" suicide-pact groups and their code words', 'url': 'https://www.dcwnkz.com/new/ed8c618847634985a2f8114bf92d615a'},
 'wenweipo': {'title': 'Wen Wei Po column: "隊草" (smoking cannabis; 草 = cannabis) in Hong Kong slang', 'url': 'http://paper.wenweipo.com/2012/09/17/CF1209170004.htm'},
}

C = ['加', '私', '联系', '号', '找我', '滴', '戳', '扫', '进', '拉']
DRUG = ['吸', '抽', '嗨', '货', '买', '卖', '有没有', '来点', '溜', '飞', '上头', '瘾', '克', '出']
SEX = ['资源', '看', '求', '发', '私', '车', '片', '网盘', '链接', '福利', '群']

R = []
def add(*a, **k): R.append(E(*a, **k))

# Off-platform contact and scams
add('zh-weixin', '微信|薇信|威信|徽信|wei信|v信|vx|wx|weixin|绿泡泡|🛰️', 'WeChat (an off-platform contact)', '微信（站外联系方式）', 'off-platform-contact', 'xhs-diversion-types', '有需要的加薇信聊', requireAny=C + ['我', '聊', '私聊'], excludeAny=['威信县', '威信高'], homophones=True, ordinary=['他在村里很有威信', '微信支付很方便'])
add('zh-jia-v', '加v|+v|➕v|加vx|加wx|加卫星|加🛰️', 'add me on WeChat', '加我微信', 'off-platform-contact', 'xhs-diversion-types', '想要同款的加v详聊', ordinary=['加油', '加vip会员'])
add('zh-kouqiu', '扣扣|球球|企鹅号|🐧号|扣1', 'QQ (an off-platform contact)', 'QQ（站外联系方式）', 'off-platform-contact', 'xhs-diversion-types', '具体的加扣扣问我', requireAny=C + ['问', '聊'], notInside=['扣扣子', '球球赛'])
add('zh-telegram', '纸飞机|小飞机|飞机号|tg号|电报群', 'Telegram (an off-platform contact, common in scams)', 'Telegram（站外联系方式，诈骗常用）', 'off-platform-contact', 'xhs-diversion-types', '详情上纸飞机找我', requireAny=C + ['上', '下载', '聊', '问'], excludeAny=['折纸飞机', '叠纸飞机'])
add('zh-sixin', '私我|戳我|滴滴我|dd我|t我|踢我|私戳', 'DM me (move the talk to private messages)', '私信我（把对话引到私聊）', 'off-platform-contact', 'xhs-diversion', '想要资料的私我', ordinary=['私人空间'])
add('zh-kan-zhuye', '看主页|主页有|看简介|简介有|主页见', 'see my profile (contact details hidden there)', '看主页（联系方式藏在主页或简介）', 'off-platform-contact', 'xhs-diversion-types', '渠道在哪里？看主页', excludeAny=['官网主页'])
add('zh-mou-bao', '某宝|tb|🍑宝|淘✨宝', 'Taobao, named around link filters', '淘宝（避开站外链接过滤）', 'off-platform-contact', 'xhs-diversion-types', '同款某宝就能搜到', requireAny=['搜', '买', '链接', '店', '同款', '下单'])
add('zh-xianyu', '小黄鱼|咸鱼号|🐟号', 'Xianyu (second-hand marketplace) account', '闲鱼账号', 'off-platform-contact', 'xhs-diversion-types', '不要了的可以去小黄鱼出', ordinary=['黄鱼面'])
add('zh-mou-yin', '某音|🎵音|抖yin|dy号', 'Douyin, named around platform filters', '抖音（避开平台过滤）', 'off-platform-contact', 'xhs-diversion-types', '完整版在某音上', notInside=['某音乐'])
add('zh-jinqun', '进裙|拉裙|加裙|裙号|q群', 'join a chat group (off-platform)', '进群（站外群聊）', 'off-platform-contact', 'xhs-diversion-types', '想一起学习的进裙', ordinary=['这条裙子'])
add('zh-shuadan', '刷单|刷dan|sd兼职|点赞兼职', 'order-brushing "part-time job", a common fraud lure', '刷单兼职（常见诈骗引子）', 'off-platform-contact', 'bocai-ph', '在家刷单日结三百', ordinary=['刷单词'], notInside=['刷单词'])
add('zh-rijie', '兼职日结|日结兼职|手机兼职|宝妈兼职|躺赚', 'easy-money job lure (often a scam)', '轻松赚钱的兼职（常为诈骗）', 'off-platform-contact', 'bocai-ph', '宝妈兼职，一部手机就能做')
add('zh-shazhupan', '杀猪盘|杀🐷盘|sz盘', '"pig butchering" romance-investment scam', '杀猪盘（婚恋投资诈骗）', 'off-platform-contact', 'bocai-ph', '小心，这是典型的杀猪盘')
add('zh-daidan', '带单|老师带单|导师带单|带你上岸', 'someone offering to "lead" your trades (investment scam)', '带单（投资诈骗）', 'off-platform-contact', 'bocai-ph', '进群老师带单稳赚', ordinary=['带单词本'], notInside=['带单词'])
add('zh-paofen', '跑分|跑分平台|刷流水', '"running points": laundering money through personal accounts', '跑分（用个人账户洗钱）', 'off-platform-contact', 'bocai-ph', '招人跑分，一天几百')
add('zh-shou-u', '收u|出u|u商|黑u|泰达币', 'buying or selling USDT, often for laundering or scams', '买卖USDT（常涉洗钱或诈骗）', 'off-platform-contact', 'bocai-ph', '高价收U，私聊', requireAny=['价', '私', '聊', '收', '出', '换'])
add('zh-jiema', '接码|接码平台|卖号|收号', 'renting phone numbers or accounts for fraud', '接码、买卖账号（用于诈骗）', 'off-platform-contact', 'xhs-diversion-types', '长期收号，价格好说')
add('zh-kayou', '两卡|收卡|借卡|出卡', 'renting out bank cards or SIM cards ("two cards" fraud)', '出租银行卡、电话卡（两卡犯罪）', 'off-platform-contact', 'bocai-ph', '高价收卡，一张八百', requireAny=['价', '张', '银行', '手机', '收', '出', '元'])
add('zh-guoshu', '果聊|luo聊|裸liao', 'nude video chat (often sextortion)', '裸聊（常见敲诈）', 'sexual-content', 'xhs-diversion-types', '陌生人约你果聊千万别去')
add('zh-zhuli', '助力砍一刀|帮砍一刀|点个助力', 'referral chain requests ("help me cut the price")', '拉人助力', 'none', 'wiki-slang', '帮砍一刀，谢谢姐妹')
add('zh-yinliu', '引流|导流|私域', 'drawing users off the platform to private channels', '把用户引到站外私域', 'off-platform-contact', 'xhs-diversion', '教你怎么从小红书引流到私域')

# Gambling
add('zh-bocai', '菠菜|bc|🥬|博采', 'online gambling (菠菜 "spinach" sounds like 博彩)', '博彩、网络赌博（菠菜谐音博彩）', 'gambling', 'bocai-ph', '做菠菜的都赚翻了', notInside=['菠菜汤', '菠菜面', '炒菠菜', '菠菜炒', '拌菠菜', '菠菜叶'], requireAny=['做', '玩', '平台', '赚', '输', '赢', '网', '圈', '电竞', '种', '出款', '充值', '下注'], ordinary=['今天晚饭吃炒菠菜'])
add('zh-zhong-bocai', '种菠菜|出国种菜|种菜工作', 'working for an overseas online-gambling operation', '去境外博彩公司工作', 'gambling', 'bocai-ph', '中介邀我去柬埔寨种菠菜')
add('zh-dianjing-bocai', '电竞菠菜|电竞竞猜|饰品竞猜|开箱网站', 'esports and skin betting', '电竞博彩、饰品竞猜', 'gambling', 'esports-bocai', '他玩电竞菠菜输了七万')
add('zh-shangfen', '上分|下分|上下分', 'buying or cashing out gambling credit', '赌博充值、提现', 'gambling', 'bocai-ph', '群里随时上下分', requireAny=['群', '提现', '充', '元', '块', '下分', '上下分', '庄'], ordinary=['今天排位上分了'])
add('zh-bjl', 'bjl|百家了|百家le', 'baccarat, written around filters', '百家乐（避开过滤）', 'gambling', 'bocai-ph', '晚上一起玩bjl吗')
add('zh-liuhe', '六盒彩|码报|特码|六hc|lhc', 'underground Mark Six lottery', '地下六合彩', 'gambling', 'bocai-ph', '今晚特码是多少')
add('zh-ssc', 'ssc|时时cai|北京sai车|pk10', 'fast illegal lottery games (时时彩, 北京赛车)', '时时彩、北京赛车等非法快彩', 'gambling', 'bocai-ph', '宿舍都在玩ssc')
add('zh-chukuan', '出款|秒出款|提款秒到|不出款', 'payouts from a gambling site', '赌博网站出款', 'gambling', 'bocai-ph', '这个平台秒出款，放心玩')
add('zh-dugou', '赌狗|du狗|毒狗', 'compulsive gambler (self-deprecating)', '沉迷赌博的人（自嘲）', 'gambling', 'esports-bocai', '我就是个赌狗，又输光了', notInside=['缉毒狗'])
add('zh-zhenren', '真人视讯|真人荷官|在线发牌', 'live-dealer online casino', '真人荷官网络赌场', 'gambling', 'bocai-ph', '真人荷官在线发牌')
add('zh-daiying', '稳赚不赔|包赢|带你赢|必中计划', 'guaranteed-win betting "plans" (scam)', '稳赚、包赢的下注计划（诈骗）', 'gambling', 'bocai-ph', '跟着计划稳赚不赔')
add('zh-jieduba', '戒赌吧|上岸', 'quitting gambling; 上岸 = got out of gambling debt', '戒赌；上岸指脱离赌债', 'gambling', 'esports-bocai', '在戒赌吧发帖求助', notInside=['上岸了吗'], requireAny=['戒赌', '赌', '网贷', '输'])
add('zh-qipai', '棋牌充值|棋牌上分|捕鱼上分|老虎ji', 'gambling disguised as card or fishing games', '以棋牌、捕鱼游戏为名的赌博', 'gambling', 'bocai-ph', '棋牌上分找我')

# Cannabis
add('zh-feiyezi', '飞叶子|飞叶|飞个叶子|飞ye子', 'smoke cannabis (literally "fly leaves")', '吸食大麻（字面“飞叶子”）', 'cannabis', 'feiyezi', '你也飞叶子吧？', ordinary=['秋风吹得叶子飞'])
add('zh-yezi', '叶子', 'cannabis ("leaves")', '大麻（叶子）', 'cannabis', 'feiyezi', '今晚有叶子吗，想嗨一下', requireAny=['嗨', '抽', '飞', '卷', '溜', '有没有', '买', '卖', '克'], notInside=['叶子戒指', '枫叶子', '树叶子', '茶叶子', '叶子楣'], ordinary=['树上的叶子黄了'])
add('zh-cao', '草|哈草|溜草|隊草|队草', 'cannabis ("grass"); 哈草 = smoke it', '大麻（草）；哈草指吸食', 'cannabis', 'wenweipo', '楼上有人在哈草', requireAny=['哈草', '溜草', '隊草', '队草', '抽草', '吸草', '卷草', '买草', '卖草'], notInside=['草莓', '草原', '草稿', '草地', '草率', '草坪', '花草', '青草', '甘草', '通草'])
add('zh-dama-emoji', '🍃|🌿|🥦', 'cannabis emoji', '代指大麻的表情符号', 'cannabis', 'drug-slang', '有🍃吗，来点', requireAny=['有', '来点', '抽', '嗨', '卖', '买', '克', '飞'])
add('zh-420', '420|四二零', 'cannabis (420 culture)', '大麻（420 文化）', 'cannabis', 'feiyezi', '今晚420一起飞', requireAny=['飞', '嗨', '抽', '叶子', '🍃', '大麻'])
add('zh-maoye', '麻叶|dm|dama|da麻|大ma', 'cannabis, written around filters', '大麻（避开过滤）', 'cannabis', 'feiyezi', '哪里能买到da麻', requireAny=['买', '卖', '抽', '吸', '嗨', '飞', '有'], notInside=['芝麻叶', '麻叶子饼'])
add('zh-yanguo', '电子烟油|上头烟油|上头电子烟|太空油', 'e-liquid laced with synthetic cannabinoids ("space oil")', '添加合成大麻素的烟油（太空油）', 'cannabis', 'drug-slang', '那个上头电子烟千万别碰')

# Hard drugs
add('zh-liubing', '溜冰|溜冰冰|遛冰', 'smoke methamphetamine ("skating")', '吸食冰毒（溜冰）', 'hard-drugs', 'drug-slang', '那几个人在出租屋溜冰被抓了', requireAny=['被抓', '吸', '嗨', '上头', '货', '冰毒', '毒', '壶', '出租屋', '戒'], excludeAny=['溜冰场', '溜冰鞋', '旱冰'], ordinary=['周末带孩子去溜冰场'])
add('zh-bing', '冰妹|散冰|冰壶|打冰', 'methamphetamine ("ice") and its use', '冰毒（冰）及吸食', 'hard-drugs', 'drug-slang', '他身边总跟着冰妹', requireAny=['吸', '嗨', '货', '冰妹', '散冰', '打冰', '毒'], notInside=['冰壶比赛', '冰壶运动', '冰壶队'])
add('zh-kfen', 'k粉|k仔|打k|溜k|kf', 'ketamine', '氯胺酮（K粉）', 'hard-drugs', 'drug-slang', '他在酒吧打K被抓', requireAny=['粉', '吸', '嗨', '打', '溜', '毒', '麻古', 'k粉'], notInside=['打卡', 'kfc'])
add('zh-magu', '麻古|马古|麻果', 'yaba (methamphetamine tablets)', '麻古（甲基苯丙胺片剂）', 'hard-drugs', 'drug-slang', '麻古比冰更伤身', ordinary=['马古道'], notInside=['茶马古道', '马古道'])
add('zh-baifen', '白粉|四号|白面儿|海洛', 'heroin', '海洛因', 'hard-drugs', 'drug-slang', '他吸白粉好多年了', requireAny=['吸', '毒', '瘾', '打', '注射', '戒', '卖', '嗨'], notInside=['四号线', '四号楼'])
add('zh-huo', '来点货|有货吗|出货|拿货|料子', 'drugs ("goods", "material")', '毒品（货、料子）', 'hard-drugs', 'drug-slang', '你那批新到的料子怎么样，有货吗', requireAny=['嗨', '克', '料子', '溜', '吸', '纯', '新到'])
add('zh-yaotouwan', '摇头丸|摇头|嗑药|嗑嗨|磕药', 'ecstasy, taking pills', '摇头丸、嗑药', 'hard-drugs', 'drug-slang', '夜店里有人嗑药', notInside=['摇头晃脑', '摇头叹气', '摇摇头', '摇了摇头', '摇头说'])
add('zh-shenxianshui', '神仙水|听话水|迷药|迷奸水|失身水', 'sedative drugs used to spike drinks', '用于下药的镇静类毒品', 'hard-drugs', 'drug-slang', '酒吧里要小心神仙水', notInside=['sk2神仙水', 'SK-II神仙水', 'sk-ii神仙水', '神仙水面膜'], excludeAny=['sk2', 'sk-ii', '护肤', '精华', '化妆'])
add('zh-xiaoqi', '笑气|笑气弹|奶油气弹|打气球', 'nitrous oxide used recreationally', '吸食笑气（一氧化二氮）', 'hard-drugs', 'drug-slang', '年轻人吸笑气会瘫痪', requireAny=['吸', '嗨', '瘫', '上头', '笑气'])
add('zh-youpiao', '邮票|贴纸|lsd', 'LSD (blotter "stamps")', 'LSD（邮票）', 'hard-drugs', 'drug-slang', '他在派对上吃了一张邮票', requireAny=['吃', '舔', '嗨', '致幻', '派对', '舌头'], excludeAny=['集邮', '寄信', '邮局'])
add('zh-mogu', '毒蘑菇|魔菇|神奇蘑菇|致幻蘑菇', 'psilocybin ("magic") mushrooms', '裸盖菇素（致幻蘑菇）', 'hard-drugs', 'drug-slang', '他去国外吃了神奇蘑菇')
add('zh-kafeibao', '咖啡包|奶茶包|跳跳糖包|小树枝', 'new synthetic drugs disguised as drink sachets or candy', '伪装成饮品、糖果的新型毒品', 'hard-drugs', 'drug-slang', '警方查获一批咖啡包')
add('zh-daoyou', '道友|瘾君子|粉仔|冰友', 'drug user', '吸毒者', 'hard-drugs', 'drug-slang', '他以前是个道友，现在戒了', notInside=['道友们好'], requireAny=['吸', '戒', '毒', '嗨', '粉', '冰'])
add('zh-yaoyou', '溜一口|嗨一口|上头了|嗨大了', 'get high', '吸毒后上头', 'hard-drugs', 'drug-slang', '昨晚嗨大了，到现在还晕', requireAny=['嗨', '溜', '毒', '药'])
add('zh-fentanyl', '芬太尼|芬太|fen太尼', 'fentanyl', '芬太尼', 'hard-drugs', 'drug-slang', '芬太尼过量致死案例')
add('zh-zhitong', '止咳水|可待因|咳嗽水', 'codeine cough syrup misused as a drug', '被滥用的可待因止咳水', 'hard-drugs', 'drug-slang', '他一天喝好几瓶止咳水上瘾了', requireAny=['瘾', '嗨', '喝好几瓶', '上头', '戒'])

# Sexual content
add('zh-kaiche', '开车|飙车|发车', 'posting sexual content ("driving")', '发布色情内容（开车）', 'sexual-content', 'wiki-slang', '又开车了，车牌在评论区', requireAny=['资源', '老司机', '车牌', '上车', '私信', '福利', '网盘'], ordinary=['明天开车去上班'])
add('zh-laosiji', '老司机|lsj', 'someone who knows where to find porn ("old driver")', '熟悉色情资源的人（老司机）', 'sexual-content', 'wiki-slang', '老司机带带我', requireAny=['资源', '车', '带带我', '种子', '网盘', '福利'])
add('zh-chepai', '车牌|车牌号|番号', 'porn video code ("licence plate")', '成人影片编号（车牌）', 'sexual-content', 'wiki-slang', '求这个车牌，谢谢', requireAny=['求', '老司机', '资源', '番号', '发'], excludeAny=['摇号', '上牌', '违章', '交警', '车管所'])
add('zh-ziyuan', '资源|ziyuan|zy', 'pirated porn ("resources")', '色情资源', 'sexual-content', 'wiki-slang', '有资源的网盘发我', requireAny=['懂的都懂', '老司机', '福利', '网盘', '种子', '磁力', '车牌', '🔞'])
add('zh-fuliji', '福利姬|福利ji|fl姬|福利号', 'adult-content seller ("welfare girl")', '售卖色情内容的账号（福利姬）', 'sexual-content', 'wiki-slang', '这种福利姬账号都是卖片的')
add('zh-yuepao', '约炮|约p|yp|约泡|月炮', 'hook-up for sex', '约炮（一夜情）', 'sexual-content', 'wiki-slang', '同城约p吗', requireAny=['同城', '私', '约', '今晚', '附近'], notInside=['yps'])
add('zh-papapa', '啪啪啪|ppp|啪啪', 'sex (onomatopoeia)', '性行为（拟声）', 'sexual-content', 'wiki-slang', '他们昨晚啪啪啪', notInside=['啪啪响', '啪啪打脸', '打脸啪啪', '啪啪鼓掌'])
add('zh-sese', '涩涩|色色|瑟瑟|搞颜色|搞黄色|ghs', 'sexual, lewd', '色情的、搞黄色', 'sexual-content', 'wiki-slang', '又在搞颜色了是吧', ordinary=['瑟瑟发抖'], notInside=['瑟瑟发抖', '瑟瑟秋风', '色色俱全'])
add('zh-setu', '涩图|色图|sq图|本子|里番', 'porn images, hentai', '色情图片、色情漫画', 'sexual-content', 'wiki-slang', '求涩图', notInside=['记本子', '笔记本子', '本子上', '作业本子'], requireAny=['求', '涩', '色', '里番', '发', '看', '资源'])
add('zh-huangpian', '黄片|毛片|小电影|h片|av片|成人片', 'porn films', '色情影片', 'sexual-content', 'wiki-slang', '他电脑里全是小电影', notInside=['毛片儿'])
add('zh-cili', '磁力链|磁链|种子|bt种', 'torrent links, often for porn', '种子、磁力链接（常用于色情）', 'sexual-content', 'wiki-slang', '求种子，发一下', requireAny=['求', '老司机', '资源', '车牌', '发'], notInside=['种子选手', '播种子', '种子发芽'])
add('zh-wenai', '文爱|wa|语c', 'sexting ("text love")', '文字性爱（文爱）', 'sexual-content', 'wiki-slang', '有人想文爱吗', requireAny=['文爱', '想', '找', '私'], notInside=['wap', 'way', 'wan', 'wake'])
add('zh-loufeng', '楼凤|外围|外围女|援交|大保健|莞式|特殊服务|上门服务', 'prostitution (escort, "massage", "special service")', '卖淫嫖娼（外围、大保健、特殊服务）', 'sexual-content', 'wiki-slang', '这家店有特殊服务', ordinary=['家政上门服务', '外围赛'], excludeAny=['家政', '维修', '保洁', '外围赛', '搬家'])
add('zh-baoyang', '包养|求包养|干爹|金主', 'sugar-dating arrangement', '包养关系', 'sexual-content', 'wiki-slang', '大学生求包养', notInside=['干爹干妈'], requireAny=['包养', '求', '学生', '月', '零花'])
add('zh-yeqing', '一夜情|yyq|419|四一九', 'one-night stand (419 = "for one night")', '一夜情（419）', 'sexual-content', 'wiki-slang', '今晚419有人吗', requireAny=['今晚', '有人', '约', '同城', '一夜情'])
add('zh-cabian', '擦边|擦边球|打擦边|擦边视频', 'borderline sexual content', '擦边（打色情擦边球）', 'sexual-content', 'xhs-diversion', '这种擦边视频为什么还不封')
add('zh-huiyuan', '会所嫩模|会所|洗浴中心', 'sex work venues, by euphemism', '色情场所（委婉说法）', 'sexual-content', 'wiki-slang', '要么读书，要么会所嫩模', requireAny=['嫩模', '特殊', '技师', '服务'])
add('zh-18jin', '🔞|十八禁|18禁|r18', 'adults-only (porn)', '成人限制级（色情）', 'sexual-content', 'wiki-slang', '这部是18禁的，慎入')
add('zh-mijian', '迷奸|捡尸', 'drugging or taking advantage of an incapacitated person for sex', '迷奸、“捡尸”（对失去意识者实施性侵）', 'sexual-content', 'wiki-slang', '酒吧门口有人捡尸')
add('zh-luoliao', '裸聊|luo聊|裸贷', 'nude chat or nude-photo loans (extortion)', '裸聊、裸贷（敲诈）', 'sexual-content', 'wiki-slang', '裸贷害了很多学生')
add('zh-jiaoyou', '交友软件|同城交友|附近约', 'local hook-up apps', '同城约会软件', 'sexual-content', 'wiki-slang', '下载这个同城交友，附近约', requireAny=['约', '同城', '私'])
add('zh-dayangma', '大洋马|洋马', 'vulgar term for white women', '对白人女性的低俗称呼', 'hate', 'toxicn', '他满嘴大洋马，真恶心')

# Self-harm
add('zh-zisha', '紫砂|自鲨|自沙|自刹|自sha|zisha', 'suicide (紫砂 "purple clay" sounds like 自杀)', '自杀（紫砂谐音）', 'self-harm', 'yuesi', '真的好累，想紫砂', notInside=['紫砂壶', '紫砂杯', '紫砂锅', '紫砂茶'], requireAny=['想', '去', '要', '累', '活', '死', '算了', '不如'], ordinary=['这把紫砂壶真好看'])
add('zh-xiangshu', '想鼠|想s|去s|鼠了算了|想4', '"want to die" (鼠 shǔ ~ 死 sǐ)', '想死（鼠谐音死）', 'self-harm', 'yuesi', '今天又想鼠了', notInside=['想起', '想说'])
add('zh-yuesi', '约死|约死群|一起走吧|成团走', 'suicide pact', '相约自杀（约死）', 'self-harm', 'yuesi', '有人在群里约死')
add('zh-chongkai', '重开|重开人生|重开一局', '"restart" (suicide, as if life were a game)', '重开（把自杀说成游戏重来）', 'self-harm', 'yuesi', '活着没意思，想重开', requireAny=['活着', '人生', '不想活', '没意思', '想重开', '投胎'], ordinary=['这局游戏输了，重开一局'])
add('zh-buxianghuo', '不想活了|活不下去|不想活', 'not wanting to live', '不想活了', 'self-harm', 'yuesi', '我真的不想活了', excludeAny=['笑死', '哈哈', '笑不活'])
add('zh-jietuo', '解脱', 'release (suicide as escape)', '解脱（把自杀称为解脱）', 'self-harm', 'yuesi', '死了就解脱了', requireAny=['死', '不想活', '走了', '结束'])
add('zh-zican', '自残|自ca|zc|划手|割手', 'self-harm (cutting)', '自残（自伤）', 'self-harm', 'yuesi', '她又自残了，胳膊上全是伤', requireAny=['伤', '疼', '又', '想', '忍不住', '胳膊', '手腕', '血'])
add('zh-guozi', '结果子|果子', '"fruit" (a death in suicide groups)', '“果子”（约死群里指已死亡者）', 'self-harm', 'yuesi', '怂恿者说昨天又结了几个果子', requireAny=['结', '约死', '群', '怂恿'], notInside=['果子酱', '煎饼果子', '果子狸'])

# Hate and slurs (COLD / ToxiCN)
add('zh-nmsl', 'nmsl|尼玛死了|你马死了|🐴死了', '"your mother is dead" (insult)', '你妈死了（辱骂）', 'hate', 'toxicn', '说不过就nmsl')
add('zh-cnm', 'cnm|草泥马|操你妈|艹你妈|cao你妈|c你m', '"f*** your mother" (insult)', '操你妈（辱骂）', 'hate', 'cdt', '气死了cnm', ordinary=['草泥马是一种羊驼'])
add('zh-sb', 'sb|傻逼|煞笔|沙比|傻b|shabi|烧饼', '"stupid c***" (insult)', '傻逼（辱骂）', 'hate', 'toxicn', '你是不是sb', notInside=['sbs', 'sbi', 'usb'], requireAny=['你', '他', '她', '真', '是', '个', '群', '这'], excludeAny=['芝麻烧饼', '烧饼铺', '吃烧饼', '烧饼夹'])
add('zh-nmb', 'nmb|mlgb|马勒戈壁|尼玛币|wcnm|nnd', 'vulgar insults about one\'s mother', '涉及母亲的粗口', 'hate', 'cdt', 'mlgb，又堵车了')
add('zh-ni-ma', '你🐴|你妈的|你马的|泥马', '"your mother" (insult)', '你妈（辱骂）', 'hate', 'toxicn', '你🐴的，烦不烦')
add('zh-zhizhang', '智障|zz|弱智|rz|脑残|nc', '"retard" (ableist insult)', '智障、弱智、脑残（侮辱残障的辱骂）', 'hate', 'toxicn', '楼上是不是智障', requireAny=['你', '楼上', '他', '她', '是', '真', '个'], notInside=['zzz', 'ncp'])
add('zh-heigui', '黑鬼|尼哥|尼格|黑蛆|嘿鬼|黑🐒|nige', 'racist slur for Black people', '针对黑人的种族歧视称呼', 'hate', 'cold', '又是一群黑蛆', notInside=['尼格尔', '尼哥拉'])
add('zh-mo', '默|小黑|黑叔叔|黑哥哥', 'coded term for Black people, often derogatory (默 from 黑 with 犬 "dog")', '对黑人的隐晦称呼，常含贬义（默=黑+犬）', 'hate', 'cold', '小区里的默越来越多了', requireAny=['黑人', '非洲', '留学生', '越来越多', '滚', '遣返', '艾滋'], notInside=['默默', '沉默', '默认', '默契', '幽默', '默写', '默念', '默哀', '缄默', '静默', '默许', '默然'])
add('zh-lvlv', '绿绿|绿教|绿色和平教|穆蛆|绿蛆', 'derogatory coded term for Muslims', '对穆斯林的贬称', 'hate', 'cold', '又是绿绿在闹事', notInside=['绿绿的', '绿绿草'])
add('zh-xiaoriben', '小日本|鬼子|日杂|倭寇|霓虹猪', 'slurs for Japanese people', '对日本人的蔑称', 'hate', 'cold', '小日本又在搞事', notInside=['日本鬼子片', '鬼子母', '鬼子姜', '假洋鬼子', '洋鬼子'], ordinary=['我去日本旅游'])
add('zh-bangzi', '棒子|高丽棒子|南棒|泡菜人', 'slurs for Koreans', '对韩国人的蔑称', 'hate', 'cold', '高丽棒子又偷我们文化', requireAny=['韩国', '高丽', '南棒', '偷', '泡菜', '整容', '朝鲜'], notInside=['玉米棒子', '棒子面', '棒子骨', '大棒子'])
add('zh-asan', '阿三|阿三哥|三哥|印度阿三', 'slur for Indians', '对印度人的蔑称', 'hate', 'cold', '阿三又在吹牛了', notInside=['阿三姐'], requireAny=['印度', '又', '咖喱', '恒河', '吹', '阿三'])
add('zh-baipizhu', '白皮猪|白皮|洋垃圾|白左', 'slurs for white Westerners; 白左 "white left" for liberals', '对白人的蔑称；白左指西方自由派', 'hate', 'cold', '洋垃圾滚出中国', notInside=['白皮书', '白皮肤', '白皮松'], requireAny=['滚', '垃圾', '白皮猪', '白左', '西方', '圣母'])
add('zh-heinan', '河南人偷井盖|井盖|偷井盖', 'regional slur stereotype about Henan people', '针对河南人的地域黑', 'hate', 'cold', '河南人偷井盖又不是新闻', requireAny=['河南', '偷'])
add('zh-diyuhei', '地域黑|东北银|东北人都|广东人吃|上海人都', 'regional prejudice framing', '地域歧视', 'hate', 'cold', '又在搞地域黑', requireAny=['黑', '歧视', '都是', '都', '吃'])
add('zh-guonan', '蝈蝻|国男|蝻|龟男|普信男|田园男', 'misandrist slurs for Chinese men', '针对中国男性的贬称', 'hate', 'toxicn', '蝈蝻又在发癫', notInside=['国男足', '男子'], requireAny=['蝻', '蝈', '龟男', '普信', '田园', '发癫', '又', '滚'])
add('zh-nvquan', '女拳|田园女权|打拳|拳师|女拳师|仙女|小仙女', 'misogynistic slurs for feminists or women', '对女权主义者或女性的贬称', 'hate', 'toxicn', '女拳又在打拳了', notInside=['打拳击', '拳击', '太极拳', '打拳皇', '仙女棒', '仙女座', '仙女下凡'], requireAny=['女权', '拳', '又', '田园', '极端', '滚', '小仙女'])
add('zh-jilao', '基佬|死基佬|娘炮|gay里gay气|txl|同志?|搅屎棍', 'derogatory terms for gay men', '对男同性恋的贬称', 'hate', 'toxicn', '那个娘炮真恶心', requireAny=['恶心', '死', '滚', '娘', '真', '变态', '病'])
add('zh-renyao', '人妖|不男不女|变态佬', 'transphobic slurs', '对跨性别者的侮辱称呼', 'hate', 'toxicn', '那个不男不女的人妖', requireAny=['恶心', '滚', '那个', '变态', '不男不女'])
add('zh-zhina', '支那|支纳|zn人|支那猪', 'ethnic slur for Chinese people', '对中国人的蔑称', 'hate', 'cold', '他在外网骂支那', notInside=['支那些'])
add('zh-huangchong', '蝗虫|大陆蝗虫|强国人|蝗', 'slur for mainland Chinese visitors (Hong Kong, Taiwan)', '对大陆游客的蔑称（港台网络）', 'hate', 'cold', '又一群大陆蝗虫来扫货', requireAny=['大陆', '扫货', '滚', '强国', '游客', '一群'], notInside=['蝗虫灾', '蝗灾', '灭蝗'])
add('zh-daiwan', '呆湾|湾湾|台巴子|绿蛆|1450', 'slurs for Taiwanese people (1450 for paid online commenters)', '对台湾人的蔑称（1450 指网军）', 'hate', 'cold', '呆湾人又在吹', requireAny=['呆湾', '台巴子', '绿蛆', '1450', '湾湾又', '台湾'])
add('zh-gangdu', '废青|曱甴|黄尸|蓝尸', 'slurs for Hong Kong protesters or their opponents', '香港政治对立中的侮辱称呼', 'hate', 'cold', '那群废青又出来了', notInside=['曱甴药'])
add('zh-xiaozi', '孝子|孝子贤孙|孝孙', '"filial son": mocking someone as a servile fan or patriot', '讽刺他人盲目追随（孝子）', 'none', 'toxicn', '一群孝子又来洗地了', requireAny=['洗地', '又来', '一群', '跪', '舔'])
add('zh-tiangou', '舔狗|舔|跪舔|跪族', 'simp; servile admirer', '舔狗（卑微讨好者）', 'none', 'wiki-slang', '他就是个舔狗', notInside=['舔舐', '舔手指'], requireAny=['狗', '跪'])
add('zh-diaosi', '屌丝|diao丝|ds', '"loser" (self-deprecating)', '屌丝（自嘲的“失败者”）', 'none', 'wiki-slang', '我这种屌丝买不起')
add('zh-juying', '巨婴|妈宝男|妈宝', 'adult who behaves like a baby; mama\'s boy', '巨婴、妈宝', 'none', 'toxicn', '他就是个妈宝男')
add('zh-heihu', '黑户|偷渡|蛇头', 'undocumented migrant; people smuggler', '黑户、偷渡、蛇头', 'none', 'wiki-slang', '蛇头收了钱就跑了', requireAny=['偷渡', '蛇头', '出境'])

# Political evasion (CDT lexicon)
add('zh-hexie', '河蟹|被河蟹|和谐了|被和谐|hx了', 'censored ("river crab" sounds like harmony)', '被审查删除（河蟹谐音和谐）', 'political-evasion', 'pri', '我的帖子又被河蟹了', notInside=['河蟹汤', '大闸蟹', '河蟹价格', '清蒸河蟹', '太和谐了'], requireAny=['被', '帖', '删', '又', '了'])
add('zh-caonima', '草泥马|草尼马|cnm神兽', '"grass-mud horse": mascot of censorship mockery (and a curse)', '草泥马（嘲讽审查的象征，谐音粗口）', 'political-evasion', 'cdt', '草泥马大战河蟹')
add('zh-535', '五月三十五日|5月35日|五月三十五号|535|八的平方|8平方|vi4|陆肆|六🐟', 'June 4 (1989 Tiananmen crackdown), written around filters', '六四（1989年天安门事件），避开审查的写法', 'political-evasion', 'cdt', '又到了五月三十五日', requireAny=['五月三十五', '5月35', '纪念', '又到了', '广场', '坦克', '蜡烛', '天安门', '35'], notInside=['5351', '5350'])
add('zh-tankman', '坦克人|大黄鸭|坦克车队', 'Tank Man (1989); the rubber duck image replaced the tanks', '坦克人（1989）；大黄鸭图片代替坦克', 'political-evasion', 'cdt', '那张大黄鸭的图被删了', requireAny=['删', '六四', '广场', '坦克', '天安门', '图', '被'], notInside=['大黄鸭展'])
add('zh-lazhu', '🕯️|🕯|点蜡|蜡烛', 'candle (mourning a banned figure or event)', '蜡烛（悼念被审查的人或事件）', 'political-evasion', 'berkman', '今天点蜡🕯️', requireAny=['点蜡', '纪念', '悼念', '六四', '五月三十五', '李', '刘', '🕯'])
add('zh-fanqiang', '翻墙|梯子|fq|科学上网|魔法上网|机场|vpn梯子', 'circumventing the firewall (VPN: "ladder", "airport")', '翻墙（梯子、机场指VPN）', 'political-evasion', 'cdt', '有没有好用的梯子，想科学上网', requireAny=['科学上网', '翻墙', '梯子', '墙', '外网', '谷歌', '油管', '推特', 'vpn', 'ins'], notInside=['机场大巴', '机场高速', '去机场', '飞机场', '机场接', '梯子上', '爬梯子', '梯子倒'])
add('zh-qiang', '墙国|墙内|墙外|gfw|防火长城|被墙', 'the Great Firewall; "walled country"', '防火长城（墙国、墙内外）', 'political-evasion', 'cdt', '这个网站又被墙了', notInside=['墙内开花'])
add('zh-baozi', '包子|习包子|庆丰|庆丰大帝|维尼|小熊维尼|🐻|包维尼', 'Xi Jinping (buns, Winnie the Pooh)', '习近平（包子、小熊维尼）', 'political-evasion', 'berkman', '包子又出访了', requireAny=['出访', '主席', '总书记', '连任', '修宪', '习', '大大', '领导', '讲话', '庆丰'], notInside=['包子铺', '肉包子', '菜包子', '小笼包子', '蒸包子', '包子皮', '包子馅'])
add('zh-dada', '大大|习大大|总加速师|加速师', 'Xi Jinping ("Big Daddy", "chief accelerator")', '习近平（大大、总加速师）', 'political-evasion', 'cdt', '总加速师又加速了', notInside=['大大咧咧', '大大的', '大大小小', '大大方方', '大大提高', '大大增加'], ordinary=['这不叫大大咧咧'])
add('zh-zhaojia', '赵家人|赵家|天朝|兲朝|tg|土共|党国', 'the ruling elite; the Party-state (sarcastic)', '统治阶层、党国（讽刺）', 'political-evasion', 'cdt', '这就是天朝特色', notInside=['赵家村', '天朝上国'], requireAny=['特色', '赵家', '天朝', '兲朝', '土共', '党', '又', '统治'])
add('zh-hecha', '喝茶|被喝茶|查水表|请喝茶', 'being summoned or visited by the police ("drink tea", "check the water meter")', '被警察约谈或上门（喝茶、查水表）', 'political-evasion', 'cdt', '发了那条帖子，第二天就被请喝茶', requireAny=['被', '警察', '帖', '国保', '派出所', '上门', '发了'], notInside=['喝茶叶', '喝茶水', '下午喝茶'])
add('zh-404', '404|被404|被消失', 'deleted or disappeared by censors', '被删除、被消失', 'political-evasion', 'cdt', '那个博主被404了', requireAny=['被', '删', '帖', '博主', '账号'], notInside=['404号'])
add('zh-minganci', '敏感词|mgc|和谐词|屏蔽词', 'filtered keyword', '敏感词（被过滤的关键词）', 'political-evasion', 'languagelog', '这条有敏感词发不出去')
add('zh-helan', '荷兰|荷兰人民|荷兰储户|郁金香', 'Henan (bank-deposit protests), written as "Netherlands"', '河南（村镇银行储户维权），写作荷兰', 'political-evasion', 'row-puns', '醒醒吧，荷兰储户', requireAny=['储户', '银行', '取不出', '维权', '红码', '郑州', '醒醒'])
add('zh-run', '润|润学|run学|润了', '"run": emigrate to escape (润 rùn sounds like run)', '润（移民出逃，谐音 run）', 'political-evasion', 'wiki-slang', '能润就润吧，润学研究一下', requireAny=['润学', '能润', '润了', '润出', '出国', '移民', '跑路'], notInside=['润滑', '滋润', '湿润', '利润', '红润', '润色', '润肤', '润唇', '温润', '圆润', '润喉', '润肺'])
add('zh-baizhi', '白纸运动|举白纸|a4纸|白纸革命', 'the 2022 "blank paper" protests', '2022年白纸运动', 'political-evasion', 'berkman', '他们举白纸站在街头', notInside=['a4纸打印'], excludeAny=['打印', '复印'])
add('zh-wumao', '五毛|五毛党|5毛|小粉红|粉红|美分|美分党|殖人|公知|带路党', 'political labels ("50-cent army", "little pinks", "public intellectuals")', '政治标签（五毛、小粉红、公知、殖人）', 'political-evasion', 'cdt', '五毛又来洗地了', notInside=['五毛钱', '粉红色', '粉红的', '公知识', '五毛一', '美分钟'], requireAny=['洗地', '又', '党', '滚', '一群', '爱国', '外网', '带节奏', '公知', '殖人', '小粉红'])
add('zh-hama', '膜蛤|长者|蛤|+1s|续一秒|蛤蛤', 'Jiang Zemin ("toad"), mock-worship subculture', '江泽民（“蛤”，膜蛤文化）', 'political-evasion', 'wiki-slang', '为长者续一秒', requireAny=['续', '膜', '长者', '蛤', '+1s', '江'], notInside=['蛤蜊', '蛤蟆', '文蛤', '花蛤', '长者风范'])
add('zh-shanghai-lockdown', '大白|封控|方舱|静默期|核酸', 'COVID lockdown terms (hazmat "big whites", quarantine camps)', '疫情封控用语（大白、方舱、静默）', 'political-evasion', 'row-puns', '大白又来封楼了', requireAny=['封', '隔离', '方舱', '静默', '核酸', '大白又'], notInside=['大白兔', '大白菜', '大白天', '大白鲨', '大白话'])
add('zh-xiangaiyi', '又双叒叕|叒叕', '"again and again" (repeated lockdown testing)', '又双叒叕（一次又一次，如反复核酸）', 'political-evasion', 'row-puns', '又双叒叕排队了')
add('zh-mianbaoche', '维稳|被维稳|截访|上访', 'stability maintenance, intercepting petitioners', '维稳、截访', 'political-evasion', 'cdt', '他去北京上访被截访了')
add('zh-liuxiaobo', '刘老师|王小波替身|空椅子', 'Liu Xiaobo (Nobel laureate) by allusion', '刘晓波（隐晦称呼）', 'political-evasion', 'berkman', '今天想起刘老师和那把空椅子', requireAny=['空椅子', '诺贝尔', '纪念', '想起'])
add('zh-fuwu', '为人民服务|人民币服务|为人民币服务', 'sarcasm on official corruption', '讽刺官员腐败（为人民币服务）', 'political-evasion', 'cdt', '他们只会为人民币服务')
add('zh-yinxing', '隐形贫困|被代表|被自愿|被就业', '"be-" passive sarcasm: decisions imposed in one\'s name', '“被”字讽刺（被代表、被自愿、被就业）', 'political-evasion', 'cdt', '我们这又被自愿捐款了')
add('zh-jianbao', '建丰同志|建丰|敬爱的|朝鲜化', 'sarcastic comparisons of leadership to North Korea or Chiang Ching-kuo', '以朝鲜、建丰等讽刺领导人', 'political-evasion', 'cdt', '建丰同志的理想实现了')

# More coded forms
add('zh-weibo-bot', '水军|刷评|控评|买热搜', 'paid commenters, bought trending topics', '水军、控评、买热搜', 'political-evasion', 'cdt', '这条热搜一看就是买热搜的', requireAny=['热搜', '评论', '水军', '控评', '一看就是'])
add('zh-ziganwu', '自干五|自带干粮', 'volunteer pro-government commenter ("self-funded fifty-center")', '自干五（自带干粮的五毛）', 'political-evasion', 'cdt', '他是个自干五')
add('zh-tianxia', '天下苦秦久矣|苦秦久矣', '"the people have long suffered under Qin" (veiled criticism of rulers)', '天下苦秦久矣（影射统治者）', 'political-evasion', 'cdt', '真是天下苦秦久矣')
add('zh-jiaojiao', '蛙蛙|青蛙|蟾蜍', '"frog/toad" allusions to Jiang Zemin', '以青蛙、蟾蜍影射江泽民', 'political-evasion', 'wiki-slang', '膜拜那只青蛙', requireAny=['长者', '蛤蛤', '续', '膜'])
add('zh-jiuren', '巨人|九人|jiu人', 'allusion to the Politburo Standing Committee ("nine people")', '影射政治局常委（九人）', 'political-evasion', 'row-puns', '九人又开会了', requireAny=['开会', '常委', '政治局', '又'], notInside=['巨人队', '进击的巨人', '九人制'])
add('zh-yizhong', '一尊|定于一尊', 'one-man rule ("one revered")', '定于一尊（个人集权）', 'political-evasion', 'cdt', '现在是定于一尊了')
add('zh-mao', '腊肉|太祖|毛太祖', 'Mao Zedong ("preserved meat", "great ancestor")', '毛泽东（腊肉、太祖）', 'political-evasion', 'cdt', '纪念堂里的腊肉', requireAny=['纪念堂', '太祖', '文革', '主席', '毛'], notInside=['腊肉饭', '腊肉炒', '烟熏腊肉'])
add('zh-shuibiao', '水表|查水表了', 'police visit ("check the water meter")', '警察上门（查水表）', 'political-evasion', 'cdt', '发完这条就有人来查水表了')
add('zh-lianjie', '链接在评论区|评论区见|置顶评论', 'link hidden in the comments (diverting traffic)', '链接藏在评论区（导流）', 'off-platform-contact', 'xhs-diversion-types', '想要的链接在评论区')
add('zh-erweima', '二维码|扫码|扫我|扫一扫', 'QR code for off-platform contact', '二维码（站外联系）', 'off-platform-contact', 'xhs-diversion-types', '扫码进群领资料', requireAny=['进群', '加', '领', '私', '好友', '资料'], excludeAny=['付款', '支付', '扫码点餐', '健康码'])
add('zh-dai', '代购|代拍|代下单', 'purchasing agent (unregulated cross-border selling)', '代购（未受监管的跨境销售）', 'none', 'xhs-diversion-types', '长期做日本代购')
add('zh-fengkou', '网贷|口子|下款|黑户下款|秒下款', 'online loan "openings", often predatory or fraudulent', '网贷“口子”（常为高利贷或诈骗）', 'off-platform-contact', 'bocai-ph', '黑户也能下款的口子', requireAny=['下款', '网贷', '额度', '黑户', '借'])
add('zh-qianzai', '卡盟|料商|四件套', 'underground market for stolen data or accounts', '黑产数据、账号交易', 'off-platform-contact', 'bocai-ph', '出四件套，价格私聊', requireAny=['出', '收', '价', '私'])
add('zh-nvyou', '陪玩|陪聊|陪睡', 'paid companionship (sometimes sexual)', '陪玩、陪聊（有时涉性）', 'sexual-content', 'wiki-slang', '找个陪睡的', requireAny=['陪睡', '付费', '价格', '找个', '私'])
add('zh-shuangfei', '双飞|一条龙|全套服务|快餐|包夜', 'sex-work service terms', '卖淫服务用语', 'sexual-content', 'wiki-slang', '全套服务，包夜另算', requireAny=['包夜', '全套', '服务', '价格', '技师', '一条龙'], notInside=['吃快餐', '快餐店', '快餐盒', '中式快餐', '一条龙服务中心'], excludeAny=['婚庆', '装修', '办证', '留学'])
add('zh-kaifang', '开房|开个房|约开房', 'getting a room (for sex)', '开房（发生性关系）', 'sexual-content', 'wiki-slang', '今晚一起开房吗', requireAny=['今晚', '一起', '约', '网友'])
add('zh-xiaomao', '黄网|黄色网站|成人网站|草榴|91', 'porn sites', '色情网站', 'sexual-content', 'wiki-slang', '他天天上黄网', requireAny=['黄网', '网站', '草榴', '上', '看'], notInside=['91年', '91岁', '1991', '911'])
add('zh-jiuba', '失足妇女|小姐|鸡', 'prostitute (euphemism or slur)', '卖淫女（委婉或侮辱说法）', 'sexual-content', 'wiki-slang', '那条街上都是失足妇女', requireAny=['失足', '卖淫', '嫖', '坐台', '站街', '多少钱一次'], notInside=['小姐姐', '空姐', '鸡蛋', '鸡肉', '炸鸡', '鸡翅', '火鸡', '鸡汤'])
add('zh-piao', '嫖娼|嫖|piao娼|找小姐|叫鸡', 'buying sex', '嫖娼', 'sexual-content', 'wiki-slang', '他因为找小姐被拘留')
add('zh-jiqing', '基情|搞基|gay蜜', 'gay romance (playful)', '男同情谊（调侃）', 'none', 'wiki-slang', '这两个人基情满满')
add('zh-xiaokeai', '小可爱|可可爱爱', 'cutie', '小可爱', 'none', 'wiki-slang', '你真是个小可爱')
add('zh-bailan', '摆烂|躺平|内卷', 'give up, lie flat, rat race', '摆烂、躺平、内卷', 'none', 'wiki-slang', '我决定摆烂了')
add('zh-sheniu', '社牛|社恐|社死', 'socially bold / anxious / mortified', '社交牛逼、社交恐惧、社会性死亡', 'none', 'wiki-slang', '今天在公司社死了')
add('zh-dagong', '打工人|干饭人|尾款人', 'worker, foodie, shopper (self-mocking)', '打工人、干饭人、尾款人', 'none', 'wiki-slang', '打工人又是元气满满的一天')
add('zh-pua', 'pua|PUA|精神控制', 'manipulative "pickup artist" control', 'PUA（精神操控）', 'none', 'toxicn', '你这是在pua我')
add('zh-xiaozhang', '凡尔赛|凡学', 'humble-bragging', '凡尔赛（假装谦虚的炫耀）', 'none', 'wiki-slang', '别凡尔赛了好吗')
add('zh-lvcha', '绿茶|绿茶婊|白莲花|心机婊', 'scheming woman (derogatory)', '绿茶婊、白莲花（贬称）', 'hate', 'toxicn', '她就是个绿茶婊', notInside=['绿茶饮料', '喝绿茶', '绿茶粉', '抹茶'], requireAny=['婊', '白莲花', '她', '心机'])
add('zh-biao', '婊子|biao子|表子|🐶逼', 'whore (insult)', '婊子（辱骂）', 'hate', 'toxicn', '那个婊子又在炫富', notInside=['表子女', '手表子'])
add('zh-gou', '狗东西|狗日的|gou东西', '"dog thing" (insult)', '狗东西（辱骂）', 'hate', 'toxicn', '你这个狗东西')
add('zh-laji', '人渣|垃圾人|败类|杂种|zazhong', 'scum, bastard (insult)', '人渣、杂种（辱骂）', 'hate', 'toxicn', '这种人渣就该封号')
add('zh-ruozhi-ba', '低能儿|低能|低能哥', '"moron" (ableist insult)', '低能儿（侮辱残障的辱骂）', 'hate', 'toxicn', '真是个低能儿', notInside=['弱智吧'])
add('zh-fuck-en', 'fxxk|f**k|法克|发克', '"fuck", disguised', '英文粗口（变形）', 'none', 'toxicn', '法克，又输了')
add('zh-diao', '屌|吊你|叼你', 'vulgar insult ("d***")', '粗口（屌）', 'hate', 'toxicn', '叼你老母', notInside=['吊灯', '吊车', '吊坠', '上吊', '吊带', '吊桥', '吊瓶'])

# Harmless coded slang (pinyin initials, homophones): readers see these too.
H = [
 ('yyds', 'yyds|永远滴神|yyd s', 'the GOAT ("eternal god")', '永远的神'),
 ('xswl', 'xswl|笑死我了', 'LOL ("laughing to death")', '笑死我了'),
 ('awsl', 'awsl|阿伟死了', '"I\'m dying (of cuteness)"', '啊我死了（太可爱了）'),
 ('nsdd', 'nsdd', '"you\'re right"', '你说得对'),
 ('dbq', 'dbq|对8起|对不qi', 'sorry', '对不起'),
 ('bhys', 'bhys', '"no offence / sorry to say"', '不好意思'),
 ('zqsg', 'zqsg', 'heartfelt', '真情实感'),
 ('xjj', 'xjj|小姐jie', 'young woman ("little sister")', '小姐姐'),
 ('xgg', 'xgg|小哥ge', 'young man ("little brother")', '小哥哥'),
 ('plmm', 'plmm|漂酿mm', 'pretty girl', '漂亮妹妹'),
 ('gkd', 'gkd|搞快点', 'hurry up', '搞快点'),
 ('tql', 'tql|太强le', '"too strong" (amazing)', '太强了'),
 ('nbcs', 'nbcs', '"nobody cares"', '没人在乎（nobody cares）'),
 ('u1s1', 'u1s1|yysy', '"to be fair"', '有一说一'),
 ('bdjw', 'bdjw', '"I don\'t know what you mean"', '不懂就问'),
 ('ssfd', 'ssfd', '"shivering" (nervous)', '瑟瑟发抖'),
 ('zfb', 'zfb|支护宝', 'Alipay', '支付宝'),
 ('lanshou', '蓝瘦香菇|蓝瘦', '"feeling sad, want to cry"', '难受想哭'),
 ('jiangzi', '酱紫|酱婶', '"like this"', '这样子'),
 ('shenma', '神马|神马都是浮云', '"what" (whatever)', '什么'),
 ('zhongme', '肿么|肿么办|肿么了', '"how", "what\'s wrong"', '怎么'),
 ('youmuyou', '有木有|有没有木有', '"is there or not"', '有没有'),
 ('tongxie', '童鞋|童鞋们', 'classmate, buddy', '同学'),
 ('jidong', '鸡冻', 'excited', '激动'),
 ('beiju', '杯具|洗具|餐具了', 'tragedy (and comedy)', '悲剧（洗具=喜剧）'),
 ('meizhi', '妹纸|妹子们', 'girl', '妹子'),
 ('xifan', '稀饭你|好稀饭', '"like (you)"', '喜欢'),
 ('weibo', '围脖|围脖上', 'Weibo', '微博'),
 ('fakaixin', '伐开心|不开熏', '"unhappy"', '不开心'),
 ('chengxuyuan', '程序猿|攻城狮|射鸡师', 'programmer, engineer, designer (punning)', '程序员、工程师、设计师'),
 ('zundujiadu', '尊嘟假嘟|尊嘟', '"really or not?"', '真的假的'),
 ('zhuanjia', '砖家|叫兽|霉体', '"experts", "professors", "media" (mocking)', '专家、教授、媒体（讽刺）'),
 ('nimen', '泥萌|泥们', 'you (plural)', '你们'),
 ('omg', '我的天|偶买噶|哦买噶', '"oh my god"', '我的天'),
 ('jimei', '集美|集美们', '"sisters" (girls)', '姐妹'),
 ('baozi', '宝子|宝子们', '"babe", friendly address', '宝贝'),
 ('xiaohongshu', '小红薯|红薯|🍠', 'Xiaohongshu (the app) or its users', '小红书（或其用户）'),
 ('xdm', 'xdm|兄dei|胸弟', '"bros"', '兄弟们'),
 ('cpdd', 'cpdd', '"looking for a partner (in a game)"', '找CP，滴滴'),
 ('kdl', 'kdl|嗑到了', '"shipping them" (love this couple)', '嗑到了'),
 ('ykw', 'ykw|懂的都懂', '"those who know, know"', '懂的都懂'),
 ('dddd', 'dddd', '"those who know, know"', '懂的都懂'),
 ('srds', 'srds', '"although", "but still"', '虽然但是'),
 ('wsfw', 'wsfw|无事发生', '"nothing happened here"', '无事发生'),
 ('xsw', 'xsw|xs', '"I\'m laughing to death"', '笑死我'),
 ('xhs', 'xhs|xhs上', 'Xiaohongshu', '小红书'),
 ('bzd', 'bzd|不造|不造啊', '"don\'t know"', '不知道'),
 ('hhhh', 'hhhh|hhh|2333|23333', 'laughter', '哈哈哈（笑）'),
 ('yygq', 'yygq|阴阳怪气', 'sarcastic, passive-aggressive', '阴阳怪气'),
 ('dnmd', 'dnmd|大无语', '"speechless"', '无语'),
 ('mdzz', 'mdzz', '"f***ing idiot" (mild insult)', '妈的智障'),
 ('bgm', 'bgm|bgm响起', 'background music', '背景音乐'),
 ('dz', 'dz|大佬|dl', 'the boss, expert', '大佬'),
]
H_NOT = {'dz': ['女装大佬']}
H += [
 ('nbhs', '牛批|牛哔|nb|牛啤|🐂🍺', 'awesome (vulgar "cow c***")', '牛逼（厉害）'),
 ('qswl', 'qswl|气死我了', '"so angry"', '气死我了'),
 ('jjww', 'jjww|唧唧歪歪', 'whining', '唧唧歪歪（抱怨）'),
 ('pyq', 'pyq|朋友圈儿', 'WeChat Moments', '朋友圈'),
 ('gg', 'gg了|gg思密达', '"game over"', '完了（game over）'),
 ('zqxs', '芭比q|芭比Q了|g了|寄了', '"it\'s over, done for"', '完了、寄了'),
 ('ssr', '绝绝子|绝了子', '"absolutely amazing"', '绝了'),
 ('emo', 'emo了|我emo了', '"feeling low"', '情绪低落（emo）'),
 ('yyx', 'nbl|牛b了', '"awesome"', '牛逼了'),
 ('zn', 'zn男|渣男|zhanan', 'cad, player', '渣男'),
 ('kswl', 'kswl', '"shipping them hard"', '磕死我了'),
 ('wdnmd', 'wdnmd', 'vulgar exclamation', '粗口感叹'),
 ('tmd', 'tmd|特么的|他喵的|他🐴的', '"damn it" (vulgar)', '他妈的'),
 ('wc', 'wc|卧槽|我草|握草|我艹|woc', '"WTF" (vulgar exclamation)', '我操（感叹）'),
 ('rnm', 'rnm|rnmtq', 'vulgar insult ("pay me back")', '粗口辱骂'),
 ('ssmd', '神马东东|啥玩意儿', '"what the heck"', '什么东西'),
 ('mmp', 'mmp|麻麻批', 'vulgar curse', '妈卖批（粗口）'),
 ('djll', 'djll|大佬们', '"experts"', '大佬们'),
 ('yysb', 'yysb', '"I hear you (sarcastic)"', '有一说一（讽刺）'),
 ('zsbd', 'zsbd', '"I had to say it"', '真是不懂'),
 ('xfxy', 'xfxy', '"wish you happiness" (closing phrase)', '幸福喜悦'),
 ('wbk', 'wbk|我不k', '"I can\'t take it"', '我不可以'),
 ('zbc', 'zbc|真不错', '"pretty good"', '真不错'),
 ('cqy', '滑跪|滑轨', 'quick apology ("slide to one\'s knees")', '迅速道歉（滑跪）'),
 ('pdd', 'pdd|拼夕夕', 'Pinduoduo (shopping app)', '拼多多'),
 ('jd', '狗东|jd|京dong', 'JD.com', '京东'),
 ('mt', '美团|mt外卖|袋鼠', 'Meituan delivery (kangaroo mascot)', '美团外卖'),
]
for key, forms, en, zh in H:
    first = forms.split('|')[0]
    R.append(E('zh-slang-' + key, forms, en, zh, 'none', 'wiki-slang', f'{first}真的', **({'notInside': H_NOT[key]} if key in H_NOT else {})))

write('data/coded/zh.json', 'coded-zh', 'zh', S, R)
