import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendMessage } from '@/core/messaging/client';
import type { ResponseOf } from '@/core/messaging/protocol';
import type { TeamStatusResponse } from '@/core/team/messages';
import { TEAM_DECISIONS, type AuditEntry, type TeamCluster, type TeamDecision, type TeamItem } from '@/core/team/schema';

export const TEAM_TABS = ['unclaimed', 'mine', 'escalated', 'clusters'] as const;
export type TeamTab = (typeof TEAM_TABS)[number];
/** How often an open tab asks the server; an unchanged list costs one 304. */
const POLL_MS = 3000;

type Listing = ResponseOf<'teamList'>;

/**
 * One tab of the team's shared queue. Lists are polled with the server's ETag, so an unchanged
 * list is a 304 and nothing is redrawn; a decision that lost to a newer one shows what won.
 */
export function TeamView({ tab, status, onStatus }: { tab: TeamTab; status: TeamStatusResponse; onStatus: (status: TeamStatusResponse) => void }) {
  const { t } = useTranslation(['ui', 'moderation', 'common']);
  const [items, setItems] = useState<TeamItem[]>([]);
  const [clusters, setClusters] = useState<TeamCluster[]>([]);
  const [offline, setOffline] = useState(false);
  const [notice, setNotice] = useState<string>();
  const etag = useRef<string | undefined>(undefined);

  const refresh = useCallback(async () => {
    if (tab === 'clusters') {
      const result = await sendMessage('teamClusters', {});
      setOffline(result.offline);
      if (!result.offline) setClusters(result.clusters);
      return;
    }
    const result: Listing = await sendMessage('teamList', { view: tab, etag: etag.current });
    setOffline(result.offline);
    if (result.offline || result.notModified) return;
    etag.current = result.etag || undefined;
    setItems(result.items);
  }, [tab]);

  useEffect(() => {
    etag.current = undefined;
    let alive = true;
    const tick = () => {
      if (alive) void refresh().catch(() => alive && setOffline(true));
    };
    tick();
    const timer = setInterval(tick, POLL_MS);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [refresh]);

  const changed = useCallback(async () => {
    etag.current = undefined;
    await refresh();
    onStatus(await sendMessage('teamStatus', {}));
  }, [refresh, onStatus]);

  const meId = status.me?.moderator.id;
  return (
    <div data-testid={`team-${tab}`}>
      {status.lost.map((lost) => (
        <div key={`${lost.itemId}-${lost.at}`} role="alert" className="alert item" data-testid="team-lost">
          <p>
            {t('team.panel.lost', {
              status: t(`moderation:statuses.${lost.current.status}`),
              name: lost.current.decidedBy?.name ?? '',
            })}
          </p>
          <p className="excerpt">{lost.current.item.excerpt}</p>
          {lost.current.note ? <p>{t('team.panel.lostNote', { note: lost.current.note })}</p> : null}
          <button type="button" onClick={() => void sendMessage('teamDismissLost', { itemId: lost.itemId }).then(onStatus)}>
            {t('team.panel.dismiss')}
          </button>
        </div>
      ))}
      {offline ? (
        <p role="status" className="alert" data-testid="team-offline">
          {t('team.panel.offline')}
        </p>
      ) : null}
      {status.pending > 0 ? (
        <p role="status" className="muted" data-testid="team-pending">
          {t('team.pending', { count: status.pending })}
        </p>
      ) : null}
      {notice ? (
        <p role="status" className="muted">
          {notice}
        </p>
      ) : null}
      {tab === 'clusters' ? (
        <Clusters clusters={clusters} />
      ) : items.length === 0 ? (
        <p className="muted">{t('team.panel.empty')}</p>
      ) : (
        items.map((item) => <TeamCard key={item.id} item={item} meId={meId} onChanged={changed} onNotice={setNotice} />)
      )}
    </div>
  );
}

function TeamCard({ item, meId, onChanged, onNotice }: { item: TeamItem; meId?: string; onChanged: () => Promise<void>; onNotice: (text: string) => void }) {
  const { t, i18n } = useTranslation(['ui', 'moderation', 'common']);
  const [decision, setDecision] = useState<TeamDecision>('reviewed');
  const [note, setNote] = useState('');
  const [history, setHistory] = useState<AuditEntry[]>();
  const time = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));

  async function claim() {
    const result = await sendMessage('teamClaim', { itemId: item.id });
    if (result.problem) onNotice(t(`team.problems.${result.problem}`, { message: result.message ?? '' }));
    await onChanged();
  }

  async function decide() {
    const result = await sendMessage('teamDecide', { itemId: item.id, status: decision, note, baseVersion: item.version });
    if (result.outcome === 'queued') onNotice(t('team.panel.queued'));
    else if (result.outcome === 'refused') onNotice(t('team.problems.rejected', { message: result.message ?? '' }));
    else onNotice('');
    setNote('');
    await onChanged();
  }

  const mine = item.claimedBy?.id === meId;
  return (
    <article className="item" data-status={item.status} data-testid="team-item">
      <div className="item-head">
        <span className="status">{t(`moderation:statuses.${item.status}`)}</span>
        <span className="muted">
          {item.item.site} · {time(item.lastSeenAt)}
        </span>
      </div>
      <p className="excerpt">{item.item.excerpt}</p>
      {item.item.translation ? <p className="muted excerpt">{item.item.translation}</p> : null}
      <p className="muted">{t('team.panel.filedBy', { name: item.filedBy.name })}</p>
      {item.claimedBy ? <p className="muted" data-testid="team-claimed-by">{t('team.panel.claimedBy', { name: item.claimedBy.name })}</p> : null}
      {item.decidedBy && item.status !== 'new' ? (
        <p data-testid="team-decided-by">
          {t('team.panel.decidedBy', { status: t(`moderation:statuses.${item.status}`), name: item.decidedBy.name })}
          {item.note ? ` · ${item.note}` : ''}
        </p>
      ) : null}
      <div className="actions">
        {!mine && item.status === 'new' ? (
          <button type="button" onClick={() => void claim()} data-testid="team-claim">
            {t('team.panel.claim')}
          </button>
        ) : null}
        <button type="button" onClick={() => void sendMessage('teamHistory', { itemId: item.id }).then((result) => setHistory(result.entries))} data-testid="team-history">
          {t('team.panel.history')}
        </button>
      </div>
      {mine ? (
        <div className="actions" role="group" aria-label={t('team.panel.decide')}>
          <select value={decision} onChange={(event) => setDecision(event.target.value as TeamDecision)} aria-label={t('team.panel.decide')} data-testid="team-decision">
            {TEAM_DECISIONS.map((choice) => (
              <option key={choice} value={choice}>
                {t(`moderation:statuses.${choice}`)}
              </option>
            ))}
          </select>
          <textarea value={note} maxLength={2000} onChange={(event) => setNote(event.target.value)} aria-label={t('team.panel.note')} placeholder={t('team.panel.note')} data-testid="team-note" />
          <button type="button" onClick={() => void decide()} data-testid="team-decide">
            {t('team.panel.decide')}
          </button>
        </div>
      ) : null}
      {history ? (
        <ol className="details" data-testid="team-history-list">
          {history.map((entry) => (
            <li key={entry.id}>
              {t('team.panel.historyEntry', { time: time(entry.at), name: entry.moderator.name, action: t(`team.panel.actions.${entry.action}`) })}
              {entry.note ? ` · ${entry.note}` : ''}
            </li>
          ))}
        </ol>
      ) : null}
    </article>
  );
}

function Clusters({ clusters }: { clusters: TeamCluster[] }) {
  const { t, i18n } = useTranslation(['ui']);
  const date = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });
  if (clusters.length === 0) return <p className="muted">{t('team.panel.empty')}</p>;
  return (
    <>
      <p className="muted">{t('team.panel.clusterHint')}</p>
      {clusters.map((cluster) => (
        <article key={cluster.id} className="item" data-testid="team-cluster">
          <p className="excerpt">{cluster.sample}</p>
          <p>
            {t('team.panel.clusterAccounts', { count: cluster.accountCount })} · {t('team.panel.clusterPosts', { count: cluster.itemIds.length })}
          </p>
          <p className="muted">{t('team.panel.clusterLocations', { list: list.format(cluster.displayedLocations.map((entry) => `${entry.label} (${entry.count})`)) })}</p>
          <p className="muted">{t('team.panel.clusterClaims', { list: list.format(cluster.claimedPlaces.map((entry) => `${entry.place} (${entry.count})`)) })}</p>
          <p className="muted">{t('team.panel.clusterRange', { from: date(cluster.firstSeenAt), to: date(cluster.lastSeenAt) })}</p>
        </article>
      ))}
    </>
  );
}
