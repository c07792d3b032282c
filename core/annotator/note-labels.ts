import type { i18n as I18n } from 'i18next';
import type { NoteLabels } from './note-chips';

/** The words on note chips and cards, in the UI language; shared by post cards and the selection card. */
/** Built once per i18n instance and language: a long feed would otherwise repeat dozens of lookups per card. */
const built = new WeakMap<I18n, { language: string; labels: NoteLabels }>();

export function noteLabelsFor(i18n: I18n): NoteLabels {
  const cached = built.get(i18n);
  if (cached?.language === i18n.language) return cached.labels;
  const labels = buildNoteLabels(i18n);
  built.set(i18n, { language: i18n.language, labels });
  return labels;
}

function buildNoteLabels(i18n: I18n): NoteLabels {
  // Keys are built from fixed tables below; the parity test guarantees each exists in every locale.
  const translate = i18n.t as unknown as (key: string, options?: Record<string, string>) => string;
  const t = (key: string, options?: Record<string, string>) => translate(`content:notes.${key}`, options);
  // Knowledge packs date entries as YYYY-MM-DD; readers get their own locale's date.
  // Made on first use (a card opened): the first DateTimeFormat of a page loads locale data, tens of milliseconds.
  let dates: Intl.DateTimeFormat | undefined;
  const localDate = (date: string) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
    dates ??= new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' });
    return dates.format(new Date(`${date}T00:00:00Z`));
  };
  const table = <K extends string>(group: string, keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, t(`${group}.${key}`)])) as Record<K, string>;
  return {
    kind: table('kind', ['slang', 'culture', 'policy']),
    level: table('level', ['prohibited', 'restricted', 'allowed', 'varies']),
    region: table('region', ['CN', 'HK', 'TW', 'US', 'EU', 'UK']),
    confidence: table('confidence', ['high', 'medium', 'low']),
    whyTitle: t('whyTitle'),
    why: (matched) => t('why', { matched }),
    sources: t('sources'),
    asOf: (date) => t('asOf', { date: localDate(date) }),
    reviewed: (date) => t('reviewed', { date: localDate(date) }),
    usStates: t('usStates'),
    platformRules: t('platformRules'),
    regionHeader: t('regionHeader'),
    ruleHeader: t('ruleHeader'),
    levelHeader: t('levelHeader'),
    citationHeader: t('citationHeader'),
  };
}
