/**
 * A small gazetteer for account signals: countries, US states, Chinese
 * province-level regions and a few large cities, with their English and
 * Chinese names and demonyms. Places nest (Guangzhou is in Guangdong, which is
 * in China), so a claim and a displayed label agree when one contains the other.
 */
export type PlaceKind = 'country' | 'us-state' | 'cn-province' | 'city';
export type Script = 'Latin' | 'Han' | 'Kana' | 'Hangul' | 'Cyrillic' | 'Arabic' | 'Thai' | 'other';

export interface Place {
  id: string;
  kind: PlaceKind;
  /** English names first, then Chinese; all matched case-insensitively. */
  names: string[];
  /** "American", "Texan", "美国人"... */
  demonyms?: string[];
  parent?: string;
  /** Scripts most people there write in; only set on countries. */
  scripts?: Script[];
}

type Row = [id: string, names: string, demonyms?: string, scripts?: string];

// Compact rows: names and demonyms are "|"-separated.
const COUNTRIES: Row[] = [
  ['US', 'United States|US|USA|U.S.|U.S.A.|America|the States|美国|美國', 'American|Americans|美国人|美國人', 'Latin'],
  ['CN', 'China|mainland China|PRC|中国|中國|中国大陆|大陆|内地', 'Chinese|中国人|中國人', 'Han'],
  ['HK', 'Hong Kong|香港|中国香港', 'Hongkonger|Hong Konger|香港人', 'Han|Latin'],
  ['TW', 'Taiwan|台湾|台灣|中国台湾', 'Taiwanese|台湾人|台灣人', 'Han'],
  ['MO', 'Macau|Macao|澳门|澳門|中国澳门', 'Macanese|澳门人', 'Han|Latin'],
  ['GB', 'United Kingdom|UK|Britain|Great Britain|England|Scotland|Wales|英国|英國', 'British|Brit|Scottish|Welsh|英国人|英國人', 'Latin'],
  ['CA', 'Canada|加拿大', 'Canadian|加拿大人', 'Latin'],
  ['AU', 'Australia|澳大利亚|澳洲', 'Australian|Aussie|澳大利亚人|澳洲人', 'Latin'],
  ['NZ', 'New Zealand|新西兰', 'New Zealander|Kiwi|新西兰人', 'Latin'],
  ['IE', 'Ireland|爱尔兰', 'Irish|爱尔兰人', 'Latin'],
  ['DE', 'Germany|德国|德國', 'German|德国人', 'Latin'],
  ['FR', 'France|法国|法國', 'French|法国人', 'Latin'],
  ['ES', 'Spain|西班牙', 'Spanish|Spaniard|西班牙人', 'Latin'],
  ['IT', 'Italy|意大利', 'Italian|意大利人', 'Latin'],
  ['NL', 'Netherlands|Holland|荷兰|荷蘭', 'Dutch|荷兰人', 'Latin'],
  ['MX', 'Mexico|墨西哥', 'Mexican|墨西哥人', 'Latin'],
  ['BR', 'Brazil|巴西', 'Brazilian|巴西人', 'Latin'],
  ['JP', 'Japan|日本', 'Japanese|日本人', 'Han|Kana'],
  ['KR', 'South Korea|Korea|韩国|韓國', 'Korean|韩国人|韓國人', 'Hangul'],
  ['SG', 'Singapore|新加坡', 'Singaporean|新加坡人', 'Latin|Han'],
  ['MY', 'Malaysia|马来西亚', 'Malaysian|马来西亚人', 'Latin|Han'],
  ['IN', 'India|印度', 'Indian|印度人', 'Latin|other'],
  ['RU', 'Russia|俄罗斯|俄羅斯', 'Russian|俄罗斯人', 'Cyrillic'],
  ['TH', 'Thailand|泰国', 'Thai|泰国人', 'Thai'],
  ['VN', 'Vietnam|越南', 'Vietnamese|越南人', 'Latin'],
  ['PH', 'Philippines|菲律宾', 'Filipino|Filipina|菲律宾人', 'Latin'],
];

const US_STATES: Row[] = [
  ['US-AL', 'Alabama|阿拉巴马'], ['US-AK', 'Alaska|阿拉斯加', 'Alaskan'], ['US-AZ', 'Arizona|亚利桑那', 'Arizonan'],
  ['US-AR', 'Arkansas|阿肯色'], ['US-CA', 'California|Cali|加州|加利福尼亚', 'Californian'], ['US-CO', 'Colorado|科罗拉多'],
  ['US-CT', 'Connecticut|康涅狄格'], ['US-DE', 'Delaware|特拉华'], ['US-FL', 'Florida|佛罗里达|佛州', 'Floridian'],
  ['US-GA', 'Georgia|佐治亚'], ['US-HI', 'Hawaii|夏威夷'], ['US-ID', 'Idaho|爱达荷'], ['US-IL', 'Illinois|伊利诺伊'],
  ['US-IN', 'Indiana|印第安纳', 'Hoosier'], ['US-IA', 'Iowa|艾奥瓦'], ['US-KS', 'Kansas|堪萨斯'], ['US-KY', 'Kentucky|肯塔基'],
  ['US-LA', 'Louisiana|路易斯安那'], ['US-ME', 'Maine|缅因'], ['US-MD', 'Maryland|马里兰'], ['US-MA', 'Massachusetts|马萨诸塞|麻州'],
  ['US-MI', 'Michigan|密歇根'], ['US-MN', 'Minnesota|明尼苏达'], ['US-MS', 'Mississippi|密西西比'], ['US-MO', 'Missouri|密苏里'],
  ['US-MT', 'Montana|蒙大拿'], ['US-NE', 'Nebraska|内布拉斯加'], ['US-NV', 'Nevada|内华达'], ['US-NH', 'New Hampshire|新罕布什尔'],
  ['US-NJ', 'New Jersey|新泽西'], ['US-NM', 'New Mexico|新墨西哥'], ['US-NY', 'New York|纽约|紐約', 'New Yorker'],
  ['US-NC', 'North Carolina|北卡罗来纳|北卡'], ['US-ND', 'North Dakota|北达科他'], ['US-OH', 'Ohio|俄亥俄'], ['US-OK', 'Oklahoma|俄克拉何马'],
  ['US-OR', 'Oregon|俄勒冈'], ['US-PA', 'Pennsylvania|宾夕法尼亚|宾州'], ['US-RI', 'Rhode Island|罗德岛'], ['US-SC', 'South Carolina|南卡罗来纳|南卡'],
  ['US-SD', 'South Dakota|南达科他'], ['US-TN', 'Tennessee|田纳西'], ['US-TX', 'Texas|德州|德克萨斯|得克萨斯', 'Texan|Texans'],
  ['US-UT', 'Utah|犹他'], ['US-VT', 'Vermont|佛蒙特'], ['US-VA', 'Virginia|弗吉尼亚'], ['US-WA', 'Washington State|华盛顿州'],
  ['US-WV', 'West Virginia|西弗吉尼亚'], ['US-WI', 'Wisconsin|威斯康星'], ['US-WY', 'Wyoming|怀俄明'],
];

const CN_PROVINCES: Row[] = [
  ['CN-BJ', 'Beijing|北京', 'Beijinger|北京人'], ['CN-SH', 'Shanghai|上海', 'Shanghainese|上海人'], ['CN-TJ', 'Tianjin|天津', '天津人'],
  ['CN-CQ', 'Chongqing|重庆|重慶', '重庆人'], ['CN-GD', 'Guangdong|广东|廣東', 'Cantonese|广东人|廣東人'], ['CN-SC', 'Sichuan|四川', '四川人'],
  ['CN-ZJ', 'Zhejiang|浙江', '浙江人'], ['CN-JS', 'Jiangsu|江苏|江蘇', '江苏人'], ['CN-FJ', 'Fujian|福建', '福建人'],
  ['CN-HB', 'Hubei|湖北', '湖北人'], ['CN-HN', 'Hunan|湖南', '湖南人'], ['CN-HA', 'Henan|河南', '河南人'], ['CN-HE', 'Hebei|河北', '河北人'],
  ['CN-SD', 'Shandong|山东|山東', '山东人'], ['CN-SX', 'Shanxi|山西', '山西人'], ['CN-SN', 'Shaanxi|陕西|陝西', '陕西人'],
  ['CN-AH', 'Anhui|安徽', '安徽人'], ['CN-JX', 'Jiangxi|江西', '江西人'], ['CN-LN', 'Liaoning|辽宁', '辽宁人'], ['CN-JL', 'Jilin|吉林', '吉林人'],
  ['CN-HL', 'Heilongjiang|黑龙江', '黑龙江人'], ['CN-GX', 'Guangxi|广西', '广西人'], ['CN-YN', 'Yunnan|云南|雲南', '云南人'],
  ['CN-GZ', 'Guizhou|贵州', '贵州人'], ['CN-HI', 'Hainan|海南', '海南人'], ['CN-GS', 'Gansu|甘肃', '甘肃人'], ['CN-QH', 'Qinghai|青海', '青海人'],
  ['CN-NM', 'Inner Mongolia|内蒙古|內蒙古', '内蒙古人'], ['CN-NX', 'Ningxia|宁夏', '宁夏人'], ['CN-XJ', 'Xinjiang|新疆', '新疆人'],
  ['CN-XZ', 'Tibet|Xizang|西藏', '西藏人'],
];

const CITIES: [id: string, names: string, parent: string, demonyms?: string][] = [
  ['CN-GD-GZ', 'Guangzhou|Canton|广州|廣州', 'CN-GD', '广州人'], ['CN-GD-SZ', 'Shenzhen|深圳', 'CN-GD', '深圳人'],
  ['CN-SC-CD', 'Chengdu|成都', 'CN-SC', '成都人'], ['CN-ZJ-HZ', 'Hangzhou|杭州', 'CN-ZJ', '杭州人'], ['CN-JS-NJ', 'Nanjing|南京', 'CN-JS', '南京人'],
  ['CN-HB-WH', 'Wuhan|武汉', 'CN-HB', '武汉人'], ['CN-SN-XA', "Xi'an|Xian|西安", 'CN-SN', '西安人'], ['CN-HN-CS', 'Changsha|长沙', 'CN-HN', '长沙人'],
  ['US-CA-LA', 'Los Angeles|LA|洛杉矶', 'US-CA'], ['US-CA-SF', 'San Francisco|SF|旧金山', 'US-CA'], ['US-NY-NYC', 'New York City|NYC|Brooklyn|Manhattan', 'US-NY'],
  ['US-TX-HOU', 'Houston|休斯顿', 'US-TX'], ['US-TX-DAL', 'Dallas|达拉斯', 'US-TX'], ['US-TX-AUS', 'Austin|奥斯汀', 'US-TX'],
  ['US-IL-CHI', 'Chicago|芝加哥', 'US-IL'], ['US-WA-SEA', 'Seattle|西雅图', 'US-WA'], ['US-FL-MIA', 'Miami|迈阿密', 'US-FL'],
];

const split = (value?: string) => (value ? value.split('|') : undefined);

export const PLACES: readonly Place[] = [
  ...COUNTRIES.map(([id, names, demonyms, scripts]): Place => ({ id, kind: 'country', names: split(names)!, demonyms: split(demonyms), scripts: split(scripts) as Script[] })),
  ...US_STATES.map(([id, names, demonyms]): Place => ({ id, kind: 'us-state', names: split(names)!, demonyms: split(demonyms), parent: 'US' })),
  ...CN_PROVINCES.map(([id, names, demonyms]): Place => ({ id, kind: 'cn-province', names: split(names)!, demonyms: split(demonyms), parent: 'CN' })),
  ...CITIES.map(([id, names, parent, demonyms]): Place => ({ id, kind: 'city', names: split(names)!, demonyms: split(demonyms), parent })),
];

const byId = new Map(PLACES.map((place) => [place.id, place]));

export function placeById(id: string): Place | undefined {
  return byId.get(id);
}

/** The place and everything it sits in, innermost first. */
export function placeChain(place: Place): Place[] {
  const chain: Place[] = [];
  for (let current: Place | undefined = place; current && chain.length < 5; current = current.parent ? byId.get(current.parent) : undefined) chain.push(current);
  return chain;
}

export function countryOf(place: Place): Place {
  return placeChain(place).at(-1)!;
}

const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Exact lookup of a name or demonym (case-insensitive). "LA" and "SF" are upper-case only, so "la" is not Los Angeles. */
const exact = new Map<string, Place>();
for (const place of PLACES) {
  for (const name of [...place.names, ...(place.demonyms ?? [])]) {
    const key = /^[A-Z]{2,3}$/.test(name) ? name : fold(name);
    if (!exact.has(key)) exact.set(key, place);
  }
}

export function lookupPlace(name: string): Place | undefined {
  const trimmed = name.trim();
  return exact.get(trimmed) ?? exact.get(fold(trimmed));
}

/** Every name and demonym, longest first, for building claim patterns. */
export function allPlaceNames(): { name: string; place: Place; demonym: boolean }[] {
  const names = PLACES.flatMap((place) => [
    ...place.names.map((name) => ({ name, place, demonym: false })),
    ...(place.demonyms ?? []).map((name) => ({ name, place, demonym: true })),
  ]);
  return names.sort((a, b) => b.name.length - a.name.length);
}
