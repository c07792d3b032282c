import type { ReviewItem } from './review-item';

/** The side panel's filters; an empty string means "all". */
export interface ReviewFilters {
  topic: string;
  region: string;
  level: string;
  site: string;
  status: string;
  /** A coded-language topic ("hard-drugs"), or "any" for every post with coded language. */
  coded?: string;
}

export const NO_FILTERS: ReviewFilters = { topic: '', region: '', level: '', site: '', status: '' };

/** Region and level filter the same row: "CN + prohibited" means prohibited in CN, not prohibited somewhere and about CN. */
export function matchesFilters(item: ReviewItem, filters: ReviewFilters): boolean {
  if (filters.site && item.site !== filters.site) return false;
  if (filters.status && item.status !== filters.status) return false;
  if (filters.coded && !(item.coded ?? []).some((line) => filters.coded === 'any' || line.topic === filters.coded)) return false;
  const topics = filters.topic ? item.topics.filter((topic) => topic.id === filters.topic) : item.topics;
  if (filters.topic && topics.length === 0) return false;
  if (!filters.region && !filters.level) return true;
  return topics.some((topic) => topic.regions.some((row) => (!filters.region || row.region === filters.region) && (!filters.level || row.level === filters.level)));
}

export function filterItems(items: ReviewItem[], filters: ReviewFilters): ReviewItem[] {
  return items.filter((item) => matchesFilters(item, filters));
}

/** The values present in the queue, for the filter menus. */
export function filterChoices(items: ReviewItem[]) {
  const topics = new Map<string, string>();
  const regions = new Set<string>();
  const levels = new Set<string>();
  const sites = new Set<string>();
  const coded = new Set<string>();
  for (const item of items) {
    sites.add(item.site);
    for (const line of item.coded ?? []) coded.add(line.topic);
    for (const topic of item.topics) {
      topics.set(topic.id, topic.title);
      for (const row of topic.regions) {
        regions.add(row.region);
        levels.add(row.level);
      }
    }
  }
  return {
    topics: [...topics].map(([id, title]) => ({ id, title })).sort((a, b) => a.title.localeCompare(b.title)),
    regions: [...regions].sort(),
    levels: ['prohibited', 'restricted', 'varies', 'allowed'].filter((level) => levels.has(level)),
    sites: [...sites].sort(),
    coded: [...coded].sort(),
  };
}
