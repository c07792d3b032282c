import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/core/messaging/client';
import { FerryError } from '@/core/messaging/errors';
import { normaliseServerUrl, serverOriginPattern } from '@/core/team/config';
import type { TeamProblem, TeamStatusResponse } from '@/core/team/messages';

/**
 * Connects this browser to the team's server. The token goes straight to the
 * background, which keeps it in the private store; this page never reads it back.
 * The host permission is asked for here, on the Connect click, for that server only.
 */
export function TeamSection() {
  const { t, i18n } = useTranslation(['ui', 'common']);
  const [status, setStatus] = useState<TeamStatusResponse>();
  const [serverUrl, setServerUrl] = useState('');
  const [token, setToken] = useState('');
  const [problem, setProblem] = useState<{ problem: TeamProblem; message?: string }>();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let alive = true;
    sendMessage('teamStatus', {}).then(
      (value) => alive && setStatus(value),
      (caught: unknown) => alive && setError(t(`common:errors.${caught instanceof FerryError ? caught.code : 'internal'}`)),
    );
    return () => {
      alive = false;
    };
  }, [t]);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError('');
    try {
      await action();
    } catch (caught) {
      setError(t(`common:errors.${caught instanceof FerryError ? caught.code : 'internal'}`));
    } finally {
      setBusy(false);
    }
  }

  function connect(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      setProblem(undefined);
      const url = normaliseServerUrl(serverUrl);
      if (!url) {
        setProblem({ problem: 'bad-url' });
        return;
      }
      // Asked during the click, for this one server, so the browser shows its prompt.
      const pattern = serverOriginPattern(url);
      const granted = (await browser.permissions.contains({ origins: [pattern] })) || (await browser.permissions.request({ origins: [pattern] }));
      if (!granted) {
        setProblem({ problem: 'no-permission' });
        return;
      }
      const result = await sendMessage('teamConnect', { serverUrl: url, token });
      setStatus(result.status);
      if (result.connected) setToken('');
      else if (result.problem) setProblem({ problem: result.problem, message: result.message });
    });
  }

  const time = (at: number) => new Intl.DateTimeFormat(i18n.language, { timeStyle: 'medium' }).format(at);
  const me = status?.me;

  return (
    <section aria-labelledby="team-heading" data-testid="team-section">
      <h2 id="team-heading">{t('team.heading')}</h2>
      <p className="muted small-print">{t('team.help')}</p>
      {status?.configured ? (
        <div data-testid="team-status">
          <p>{me ? t('team.connected', { team: me.team.name, name: me.moderator.name, role: t(`team.roles.${me.moderator.role}`), server: status.serverUrl }) : status.serverUrl}</p>
          <p data-testid="team-pending">{t('team.pending', { count: status.pending })}</p>
          {status.lastSync && (
            <p role={status.lastSync.ok ? undefined : 'alert'}>
              {status.lastSync.ok ? t('team.lastSent', { time: time(status.lastSync.at) }) : t(`team.problems.${status.lastSync.problem ?? 'unreachable'}`, { message: status.lastSync.message ?? '' })}
            </p>
          )}
          <button type="button" disabled={busy} onClick={() => void run(async () => setStatus(await sendMessage('teamSync', {})))}>
            {t('team.syncNow')}
          </button>{' '}
          <button type="button" disabled={busy} onClick={() => void run(async () => setStatus(await sendMessage('teamDisconnect', {})))}>
            {t('team.disconnect')}
          </button>
        </div>
      ) : (
        <form onSubmit={connect} data-testid="team-form">
          <label className="field">
            {t('team.serverUrl')}
            <input type="url" required value={serverUrl} placeholder="https://team.example.org" onChange={(event) => setServerUrl(event.target.value)} data-testid="team-server-url" />
          </label>
          <label className="field">
            {t('team.token')}
            <input type="password" required autoComplete="off" value={token} onChange={(event) => setToken(event.target.value)} data-testid="team-token" />
          </label>
          <p className="muted small-print">{t('team.tokenHelp')}</p>
          <button type="submit" disabled={busy} data-testid="team-connect">
            {t('team.connect')}
          </button>
        </form>
      )}
      {problem && (
        <p role="alert" data-testid="team-problem">
          {t(`team.problems.${problem.problem}`, { message: problem.message ?? '' })}
        </p>
      )}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
