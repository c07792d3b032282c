import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import { I18nRoot } from '@/components/i18n-root';
import { useSettings } from '@/components/use-settings';
import { sendMessage } from '@/core/messaging/client';
import type { ResponseOf } from '@/core/messaging/protocol';
import { exportCsv, exportJson, plainTextReport } from '@/core/moderation/review-export';
import { filterChoices, filterItems, NO_FILTERS, type ReviewFilters } from '@/core/moderation/review-filters';
import type { ReviewItem, ReviewStatus } from '@/core/moderation/review-item';
import { queueChangedSchema } from '@/core/messaging/protocol';
import type { TeamStatusResponse } from '@/core/team/messages';
import { TEAM_TABS, TeamView, type TeamTab } from './team-view';

export function App() {
  const [settings] = useSettings();
  return <I18nRoot settings={settings}>{settings ? <Panel /> : null}</I18nRoot>;
}

/** The local queue, and the team's queue in tabs of its own when a team server is connected. */
function Panel() {
  const { t } = useTranslation(['ui']);
  const [team, setTeam] = useState<TeamStatusResponse>();
  const [tab, setTab] = useState<'local' | TeamTab>('local');
  useEffect(() => {
    sendMessage('teamStatus', {}).then(setTeam, () => undefined);
  }, []);
  if (!team?.configured) return <ReviewQueue />;
  return (
    <>
      <nav className="team-tabs" role="tablist" aria-label={t('team.heading')}>
        {(['local', ...TEAM_TABS] as const).map((name) => (
          <button key={name} type="button" role="tab" aria-selected={tab === name} data-testid={`team-tab-${name}`} onClick={() => setTab(name)}>
            {t(`team.panel.tabs.${name}`)}
          </button>
        ))}
      </nav>
      {tab === 'local' ? (
        <ReviewQueue />
      ) : (
        <main className="queue">
          <h1>{t(`team.panel.tabs.${tab}`)}</h1>
          <TeamView key={tab} tab={tab} status={team} onStatus={setTeam} />
        </main>
      )}
    </>
  );
}

type Listing = ResponseOf<'reviewQueueList'>;

/** Saves text as a file through a temporary link: nothing leaves the machine. */
function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

function ReviewQueue() {
  const { t, i18n } = useTranslation(['moderation', 'common']);
  const [listing, setListing] = useState<Listing>();
  const [filters, setFilters] = useState<ReviewFilters>(NO_FILTERS);
  const [selected, setSelected] = useState<string>();
  const [open, setOpen] = useState<string>();
  const [message, setMessage] = useState<{ text: string; alert?: boolean }>();

  const reload = useCallback(() => {
    sendMessage('reviewQueueList', {}).then(setListing, (error: { code?: string }) => setMessage({ text: t('panel.actionFailed', { reason: t(`common:errors.${error.code ?? 'internal'}` as 'common:errors.internal') }), alert: true }));
  }, [t]);

  useEffect(() => {
    reload();
    const onMessage = (raw: unknown, sender: { id?: string }) => {
      if (sender.id === browser.runtime.id && queueChangedSchema.safeParse(raw).success) reload();
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [reload]);

  const items = useMemo(() => listing?.items ?? [], [listing]);
  const shown = useMemo(() => filterItems(items, filters), [items, filters]);
  const choices = useMemo(() => filterChoices(items), [items]);

  const fail = useCallback((error: { code?: string }) => setMessage({ text: t('panel.actionFailed', { reason: t(`common:errors.${error.code ?? 'internal'}` as 'common:errors.internal') }), alert: true }), [t]);

  const decide = useCallback(
    (key: string, change: { status?: ReviewStatus; note?: string }) =>
      sendMessage('reviewQueueDecide', { key, ...change }).then(({ item }) => {
        setListing((current) => current && { ...current, items: current.items.map((entry) => (entry.key === item.key ? item : entry)) });
        if (change.note !== undefined && change.status === undefined) setMessage({ text: t('panel.noteSaved') });
      }, fail),
    [fail, t],
  );

  const exportAs = useCallback(
    (format: 'csv' | 'json') => {
      if (format === 'csv') download(`ferry-review-${stamp()}.csv`, 'text/csv;charset=utf-8', exportCsv(shown));
      else download(`ferry-review-${stamp()}.json`, 'application/json', exportJson(shown));
    },
    [shown],
  );

  // J / K (or arrows) move, Enter opens, R / E / D mark, C exports CSV; never while typing in a field.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target) || shown.length === 0) return;
      const index = shown.findIndex((item) => item.key === selected);
      const move = (step: number) => {
        const next = shown[index === -1 ? (step > 0 ? 0 : shown.length - 1) : Math.min(shown.length - 1, Math.max(0, index + step))]!;
        setSelected(next.key);
        document.querySelector(`[data-key="${CSS.escape(next.key)}"]`)?.scrollIntoView({ block: 'nearest' });
      };
      const key = event.key.toLowerCase();
      const current = shown[index];
      if (key === 'j' || key === 'arrowdown') move(1);
      else if (key === 'k' || key === 'arrowup') move(-1);
      else if (key === 'enter' && current) setOpen((value) => (value === current.key ? undefined : current.key));
      else if (key === 'r' && current) void decide(current.key, { status: 'reviewed' });
      else if (key === 'e' && current) void decide(current.key, { status: 'escalated' });
      else if (key === 'd' && current) void decide(current.key, { status: 'dismissed' });
      else if (key === 'c') exportAs('csv');
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [shown, selected, decide, exportAs]);

  const select = (name: keyof ReviewFilters, label: string, options: { value: string; label: string }[]) => (
    <label>
      <span>{label}</span>
      <select data-testid={`filter-${name}`} value={filters[name] ?? ''} onChange={(event) => {
        const value = event.target.value;
        setFilters((current) => ({ ...current, [name]: value }));
      }}>
        <option value="">{t('panel.all')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <main className="queue">
      <h1>{t('panel.title')}</h1>
      <p className="muted">{t('panel.localOnly')}</p>
      {listing?.writeError ? (
        <p role="alert" className="alert" data-testid="write-error">
          {t('panel.writeError', { reason: t(`common:errors.${listing.writeError.code}` as 'common:errors.internal') })}
        </p>
      ) : null}
      <div className="filters" role="group" aria-label={t('panel.filters')}>
        {select('topic', t('panel.topic'), choices.topics.map((topic) => ({ value: topic.id, label: topic.title })))}
        {select('region', t('panel.region'), choices.regions.map((region) => ({ value: region, label: t(`regions.${region}` as 'regions.CN') })))}
        {select('level', t('panel.level'), choices.levels.map((level) => ({ value: level, label: t(`levels.neutral.${level}` as 'levels.neutral.allowed') })))}
        {select('site', t('panel.site'), choices.sites.map((site) => ({ value: site, label: site })))}
        {select('status', t('panel.status'), (['new', 'reviewed', 'escalated', 'dismissed'] as const).map((status) => ({ value: status, label: t(`statuses.${status}`) })))}
        {select('coded', t('codedFilter.label'), [
          { value: 'any', label: t('codedFilter.any') },
          ...choices.coded.map((topic) => ({ value: topic, label: t(`coded.topics.${topic}` as 'coded.topics.none') })),
        ])}
      </div>
      <div className="toolbar">
        <span data-testid="queue-count">{t('panel.count', { shown: shown.length, total: items.length })}</span>
        <button type="button" className="secondary" data-testid="export-csv" disabled={shown.length === 0} onClick={() => exportAs('csv')}>
          {t('panel.exportCsv')}
        </button>
        <button type="button" className="secondary" data-testid="export-json" disabled={shown.length === 0} onClick={() => exportAs('json')}>
          {t('panel.exportJson')}
        </button>
      </div>
      <p className="muted">{t('panel.keyboard')}</p>
      {message ? (
        <p role={message.alert ? 'alert' : 'status'} className={message.alert ? 'alert' : 'muted'} data-testid="panel-message">
          {message.text}
        </p>
      ) : null}
      {listing && items.length === 0 ? <p data-testid="queue-empty">{t('panel.empty')}</p> : null}
      {items.length > 0 && shown.length === 0 ? <p>{t('panel.noMatch')}</p> : null}
      {shown.map((item) => (
        <Item
          key={item.key}
          item={item}
          selected={item.key === selected}
          open={item.key === open}
          locale={i18n.language}
          onSelect={() => setSelected(item.key)}
          onToggle={() => setOpen((value) => (value === item.key ? undefined : item.key))}
          onDecide={(change) => void decide(item.key, change)}
          onJump={() =>
            sendMessage('reviewQueueJump', { key: item.key }).then(({ opened }) => setMessage(opened === 'new-tab' ? { text: t('panel.jumpOpened') } : undefined), fail)
          }
          onCopy={() => navigator.clipboard.writeText(plainTextReport(item)).then(() => setMessage({ text: t('panel.copied') }), () => fail({ code: 'internal' }))}
        />
      ))}
    </main>
  );
}

interface ItemProps {
  item: ReviewItem;
  selected: boolean;
  open: boolean;
  locale: string;
  onSelect(): void;
  onToggle(): void;
  onDecide(change: { status?: ReviewStatus; note?: string }): void;
  onJump(): void;
  onCopy(): void;
}

function Item({ item, selected, open, locale, onSelect, onToggle, onDecide, onJump, onCopy }: ItemProps) {
  const { t } = useTranslation(['moderation', 'common']);
  const [note, setNote] = useState(item.note);
  // A note saved elsewhere (another panel, the keyboard) replaces the draft: adjust state during render, not in an effect.
  const [savedNote, setSavedNote] = useState(item.note);
  if (savedNote !== item.note) {
    setSavedNote(item.note);
    setNote(item.note);
  }
  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' }).format(item.lastSeenAt);
  return (
    <article className={`item ${selected ? 'is-selected' : ''}`} data-testid="review-item" data-key={item.key} data-status={item.status} aria-selected={selected} onClick={onSelect}>
      <div className="item-head" onClick={onToggle} role="button" tabIndex={0} aria-expanded={open} onKeyDown={(event) => event.key === ' ' && (event.preventDefault(), onToggle())}>
        <strong>
          {item.site} · {item.author ?? '—'}
        </strong>
        <span className="status" data-testid="item-status">
          {t(`statuses.${item.status}`)}
        </span>
      </div>
      <p className="excerpt">{open ? item.excerpt : item.excerpt.slice(0, 160)}</p>
      <div className="chips">
        {item.topics.map((topic) => (
          <span key={topic.id} className="chip" data-topic={topic.id}>
            {topic.title}
          </span>
        ))}
        {item.signals.map((signal) => (
          <span key={signal.kind} className="chip signal" data-signal={signal.kind}>
            {t(`signals.${signal.kind}`, signal.kind === 'duplicate-text' ? { accounts: signal.accounts } : signal.kind === 'location-mismatch' ? { label: signal.label, claim: signal.claim } : { script: t(`scripts.${signal.script}`), claim: signal.claim, expected: signal.expected.map((script) => t(`scripts.${script}`)).join(' / ') })}
          </span>
        ))}
      </div>
      <p className="muted">{t('panel.seen', { time })}</p>
      {open ? (
        <div className="details" data-testid="item-details">
          {item.locationLabel ? <p className="muted">{t('panel.location', { location: item.locationLabel })}</p> : null}
          {item.translation ? (
            <>
              <h3>{t('panel.translation')}</h3>
              <p className="excerpt">{item.translation}</p>
            </>
          ) : null}
          {item.topics.length ? (
            <>
              <h3>{t('panel.topics')}</h3>
              <table>
                <tbody>
                  {item.topics.flatMap((topic) =>
                    topic.regions.map((row) => (
                      <tr key={`${topic.id}-${row.region}`}>
                        <th>{topic.title}</th>
                        <td>{t(`regions.${row.region}`)}</td>
                        <td className={`level-${row.level}`}>{t(`levels.neutral.${row.level}`)}</td>
                        <td>{row.citation.url && /^https?:\/\//i.test(row.citation.url) ? <a href={row.citation.url} target="_blank" rel="noopener noreferrer">{row.citation.title}</a> : row.citation.title}</td>
                      </tr>
                    )),
                  )}
                </tbody>
              </table>
            </>
          ) : null}
          <label>
            <span>{t('panel.note')}</span>
            <textarea data-testid="item-note" value={note} maxLength={2000} onChange={(event) => setNote(event.target.value)} />
          </label>
        </div>
      ) : null}
      <div className="actions" onClick={(event) => event.stopPropagation()}>
        <button type="button" data-testid="jump" className="secondary" onClick={onJump}>
          {t('panel.jump')}
        </button>
        <button type="button" data-testid="mark-reviewed" onClick={() => onDecide({ status: 'reviewed', ...(open ? { note } : {}) })}>
          {t('panel.reviewed')}
        </button>
        <button type="button" data-testid="mark-escalated" onClick={() => onDecide({ status: 'escalated', ...(open ? { note } : {}) })}>
          {t('panel.escalate')}
        </button>
        <button type="button" data-testid="mark-dismissed" className="secondary" onClick={() => onDecide({ status: 'dismissed', ...(open ? { note } : {}) })}>
          {t('panel.dismiss')}
        </button>
        {open ? (
          <button type="button" data-testid="save-note" className="secondary" onClick={() => onDecide({ note })}>
            {t('panel.saveNote')}
          </button>
        ) : null}
        <button type="button" data-testid="copy-report" className="secondary" onClick={onCopy}>
          {t('panel.copy')}
        </button>
      </div>
    </article>
  );
}
