import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/core/messaging/client';
import { FerryError } from '@/core/messaging/errors';
import type { EngineId, Settings } from '@/core/settings/schema';
import type { UpdateSettings } from './app';

type TestState = { state: 'idle' } | { state: 'running' } | { state: 'ok'; sample: string; ms: number } | { state: 'failed'; message: string };

/** Asks for access to a user-entered engine host when the manifest does not already grant it. */
async function ensureHostAccess(url: string): Promise<boolean> {
  const origin = `${new URL(url).origin}/*`;
  if (await browser.permissions.contains({ origins: [origin] })) return true;
  return browser.permissions.request({ origins: [origin] });
}

function isHttpUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

export function EnginesSection({ settings, update }: { settings: Settings; update: UpdateSettings }) {
  const { t } = useTranslation(['ui', 'common']);
  const [maskedKey, setMaskedKey] = useState('');
  useEffect(() => {
    void sendMessage('getMaskedSecrets', {}).then((secrets) => setMaskedKey(secrets.openaiCompatibleApiKey));
  }, []);

  const move = (id: EngineId) =>
    void update((current) => {
      const order = [...current.engines.order];
      const index = order.indexOf(id);
      if (index > 0) [order[index - 1], order[index]] = [order[index]!, order[index - 1]!];
      return { ...current, engines: { ...current.engines, order } };
    });

  const setEnabled = (id: EngineId, on: boolean) =>
    void update((current) => ({
      ...current,
      engines: { ...current.engines, disabled: on ? current.engines.disabled.filter((x) => x !== id) : [...current.engines.disabled, id] },
    }));

  return (
    <section aria-labelledby="engines-heading">
      <h2 id="engines-heading">{t('options.sections.engines')}</h2>
      <p className="muted">{t('options.engineOrder')}</p>
      <ol className="engine-list">
        {settings.engines.order.map((id, index) => (
          <li key={id} className="engine" data-testid={`engine-${id}`}>
            <div className="engine-head">
              <label className="checkbox">
                <input type="checkbox" checked={!settings.engines.disabled.includes(id)} onChange={(event) => setEnabled(id, event.target.checked)} />
                <span>{t(`common:engines.${id}`)}</span>
              </label>
              {index > 0 ? (
                <button type="button" className="secondary small" aria-label={t('options.moveUp', { engine: t(`common:engines.${id}`) })} onClick={() => move(id)}>
                  ↑
                </button>
              ) : null}
            </div>
            {id === 'microsoft-edge' ? (
              <UrlField
                key={settings.engines.microsoftEdge.baseUrl}
                label={t('options.baseUrl')}
                value={settings.engines.microsoftEdge.baseUrl}
                testId="microsoft-base-url"
                onSave={(baseUrl) => update((current) => ({ ...current, engines: { ...current.engines, microsoftEdge: { baseUrl } } }))}
              />
            ) : (
              <>
                <UrlField
                  key={settings.engines.openaiCompatible.baseUrl}
                  label={t('options.baseUrl')}
                  value={settings.engines.openaiCompatible.baseUrl}
                  testId="openai-base-url"
                  onSave={(baseUrl) =>
                    update((current) => ({ ...current, engines: { ...current.engines, openaiCompatible: { ...current.engines.openaiCompatible, baseUrl } } }))
                  }
                />
                <label className="field">
                  <span>{t('options.model')}</span>
                  <input
                    type="text"
                    data-testid="openai-model"
                    defaultValue={settings.engines.openaiCompatible.model}
                    onBlur={(event) => {
                      const model = event.target.value.trim();
                      if (model) void update((current) => ({ ...current, engines: { ...current.engines, openaiCompatible: { ...current.engines.openaiCompatible, model } } }));
                    }}
                  />
                </label>
                <ApiKeyField masked={maskedKey} onMasked={setMaskedKey} />
              </>
            )}
            <EngineTest id={id} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function UrlField({ label, value, testId, onSave }: { label: string; value: string; testId: string; onSave: (value: string) => Promise<void> }) {
  const { t } = useTranslation('ui');
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState('');
  const commit = async () => {
    const next = draft.trim().replace(/\/+$/, '');
    if (next === value) return setError('');
    if (!isHttpUrl(next)) return setError(t('options.invalidUrl'));
    setError('');
    await ensureHostAccess(next).catch(() => false);
    await onSave(next);
  };
  return (
    <label className="field">
      <span>{label}</span>
      <input
        type="url"
        data-testid={testId}
        value={draft}
        aria-invalid={error ? true : undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => void commit()}
        onKeyDown={(event) => event.key === 'Enter' && void commit()}
      />
      {error ? <span role="alert" className="error-text">{error}</span> : null}
    </label>
  );
}

function ApiKeyField({ masked, onMasked }: { masked: string; onMasked: (masked: string) => void }) {
  const { t } = useTranslation('ui');
  const [draft, setDraft] = useState('');
  const save = async (value: string) => {
    const reply = await sendMessage('setSecret', { name: 'openaiCompatibleApiKey', value });
    onMasked(reply.masked);
    setDraft('');
  };
  return (
    <div className="field">
      <label htmlFor="openai-api-key">{t('options.apiKey')}</label>
      <div className="row">
        <input
          id="openai-api-key"
          type="password"
          autoComplete="off"
          data-testid="openai-api-key"
          placeholder={t('options.apiKeyPlaceholder')}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
        <button type="button" data-testid="save-api-key" disabled={!draft.trim()} onClick={() => void save(draft)}>
          {t('options.saveKey')}
        </button>
        {masked ? (
          <button type="button" className="secondary" onClick={() => void save('')}>
            {t('options.clearKey')}
          </button>
        ) : null}
      </div>
      <span className="muted" data-testid="api-key-status">
        {masked ? t('options.apiKeySaved', { masked }) : t('options.apiKeyNone')}
      </span>
      <span className="muted small-print">{t('options.keyHint')}</span>
    </div>
  );
}

function EngineTest({ id }: { id: EngineId }) {
  const { t } = useTranslation(['ui', 'common']);
  const [test, setTest] = useState<TestState>({ state: 'idle' });
  const run = async () => {
    setTest({ state: 'running' });
    try {
      const result = await sendMessage('testEngine', { engine: id });
      if (result.ok) setTest({ state: 'ok', sample: result.sample ?? '', ms: result.elapsedMs });
      else setTest({ state: 'failed', message: t(`common:errors.${result.error?.code ?? 'internal'}`) });
    } catch (error) {
      setTest({ state: 'failed', message: t(`common:errors.${error instanceof FerryError ? error.code : 'internal'}`) });
    }
  };
  return (
    <div className="row">
      <button type="button" className="secondary" data-testid={`test-${id}`} disabled={test.state === 'running'} onClick={() => void run()}>
        {test.state === 'running' ? t('options.testing') : t('options.test')}
      </button>
      <span role="status" data-testid={`test-result-${id}`} className={test.state === 'failed' ? 'error-text' : 'ok-text'}>
        {test.state === 'ok' ? t('options.testOk', { sample: test.sample, ms: test.ms }) : test.state === 'failed' ? t('options.testFailed', { message: test.message }) : ''}
      </span>
    </div>
  );
}
