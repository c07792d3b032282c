import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/core/messaging/client';
import { FerryError } from '@/core/messaging/errors';
import { allowRemoteEngines } from '@/core/settings/consent';
import { confirmKeyOrigin, loadKeyOrigins, unconfirmedKeyOrigins } from '@/core/settings/key-origins';
import { ENGINE_IDS, type EngineId, type Settings } from '@/core/settings/schema';
import type { SecretName } from '@/core/settings/secret-names';
import type { UpdateSettings } from './app';
import { BuiltinModelPanel } from './builtin-model-panel';
import { ENGINE_FIELDS, isConfigured, type EngineField } from './engine-fields';

type TestState = { state: 'idle' } | { state: 'running' } | { state: 'ok'; sample: string; ms: number } | { state: 'failed'; message: string };
type Masked = Partial<Record<SecretName, string>>;

/** Engines with a one-line setup hint, and those whose refused key has a likelier cause to name. */
const ENGINE_HINTS = ['google-free', 'google-cloud', 'azure'] as const;
const AUTH_HINTS = ['google-cloud', 'azure'] as const;
const hasEngineHint = (id: EngineId): id is (typeof ENGINE_HINTS)[number] => (ENGINE_HINTS as readonly EngineId[]).includes(id);
const hasAuthHint = (id: EngineId): id is (typeof AUTH_HINTS)[number] => (AUTH_HINTS as readonly EngineId[]).includes(id);

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

function setEngineValue(settings: Settings, group: keyof Settings['engines'], name: string, value: string): Settings {
  const current = settings.engines[group] as Record<string, unknown>;
  return { ...settings, engines: { ...settings.engines, [group]: { ...current, [name]: value } } };
}

export function EnginesSection({ settings, update }: { settings: Settings; update: UpdateSettings }) {
  const { t } = useTranslation(['ui', 'common']);
  const [masked, setMasked] = useState<Masked>({});
  const [keyOrigins, setKeyOrigins] = useState<Awaited<ReturnType<typeof loadKeyOrigins>>>({});
  // Reloaded whenever settings change, so an import (with or without keys) is checked at once.
  useEffect(() => {
    sendMessage('getMaskedSecrets', {}).then(setMasked, () => setMasked({}));
    loadKeyOrigins().then(setKeyOrigins, () => setKeyOrigins({}));
  }, [settings]);
  const unconfirmed = new Map(unconfirmedKeyOrigins(settings, masked, keyOrigins).map(({ id, origin }) => [id as EngineId, origin]));
  const confirmOrigin = (id: EngineId, origin: string) =>
    void (async () => {
      // The click is the user's gesture for the browser's own prompt when the host is not granted yet.
      if (!(await ensureHostAccess(origin).catch(() => false))) return;
      await confirmKeyOrigin(id, origin);
      setKeyOrigins(await loadKeyOrigins());
    })();

  const move = (id: EngineId) =>
    void update((current) => {
      const order = [...current.engines.order];
      const index = order.indexOf(id);
      if (index > 0) [order[index - 1], order[index]] = [order[index]!, order[index - 1]!];
      return { ...current, engines: { ...current.engines, order } };
    });

  // Turning an engine on here is the user picking that service: the background sends text only to picked ones (consent.ts).
  const setEnabled = (id: EngineId, on: boolean) =>
    void (async () => {
      let disabled: EngineId[] = [];
      await update((current) => {
        disabled = on ? current.engines.disabled.filter((x) => x !== id) : [...current.engines.disabled, id];
        return { ...current, engines: { ...current.engines, disabled } };
      });
      await allowRemoteEngines(ENGINE_IDS.filter((x) => !disabled.includes(x)));
    })();

  return (
    <section aria-labelledby="engines-heading">
      <h2 id="engines-heading">{t('options.sections.engines')}</h2>
      <p className="muted">{t('options.engineOrder')}</p>
      <ol className="engine-list">
        {settings.engines.order.map((id, index) => {
          const name = t(`common:engines.${id}`);
          const configured = isConfigured(id, settings, masked);
          const skippedForPrivacy = settings.privacy.onDeviceOnly && id !== 'chrome-builtin' && id !== 'dictionary';
          return (
            <li key={id} className="engine" data-testid={`engine-${id}`}>
              <div className="engine-head">
                <label className="checkbox">
                  <input type="checkbox" checked={!settings.engines.disabled.includes(id)} onChange={(event) => setEnabled(id, event.target.checked)} />
                  <span>{name}</span>
                </label>
                <span className="row">
                  {!configured ? <span className="badge">{t('options.notConfigured')}</span> : null}
                  {skippedForPrivacy ? <span className="badge">{t('options.privacy.skipped')}</span> : null}
                  {index > 0 ? (
                    <button type="button" className="secondary small" aria-label={t('options.moveUp', { engine: name })} onClick={() => move(id)}>
                      ↑
                    </button>
                  ) : null}
                </span>
              </div>
              {id === 'dictionary' ? (
                <p className="muted small-print" id="dictionary-credit" data-testid="dictionary-credit">
                  {t('options.dictionaryCredit')}
                </p>
              ) : null}
              {unconfirmed.has(id) ? (
                <div className="notice" role="alert" data-testid={`key-origin-${id}`}>
                  <p>{t('options.keyOrigin.changed', { engine: name, host: unconfirmed.get(id)! })}</p>
                  <button type="button" data-testid={`key-origin-confirm-${id}`} onClick={() => confirmOrigin(id, unconfirmed.get(id)!)}>
                    {t('options.keyOrigin.confirm', { host: new URL(unconfirmed.get(id)!).host })}
                  </button>
                </div>
              ) : null}
              {hasEngineHint(id) ? <p className="muted small-print">{t(`options.engineHints.${id}`)}</p> : null}
              {id === 'chrome-builtin' ? <BuiltinModelPanel settings={settings} /> : null}
              <EngineFields id={id} settings={settings} update={update} masked={masked} onMasked={(secret, value) => setMasked((m) => ({ ...m, [secret]: value }))} />
              <EngineTest id={id} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function EngineFields({
  id,
  settings,
  update,
  masked,
  onMasked,
}: {
  id: EngineId;
  settings: Settings;
  update: UpdateSettings;
  masked: Masked;
  onMasked: (secret: SecretName, value: string) => void;
}) {
  const { t } = useTranslation('ui');
  const fields = ENGINE_FIELDS[id];
  const render = (field: EngineField) => {
    if (field.kind === 'secret') return <SecretField key={field.secret} id={id} secret={field.secret} masked={masked[field.secret] ?? ''} onMasked={onMasked} />;
    const value = String((settings.engines[field.group] as Record<string, unknown>)[field.name] ?? '');
    const save = (next: string) => update((current) => setEngineValue(current, field.group, field.name, next));
    const testId = `${id}-${field.name}`;
    if (field.kind === 'url') {
      return <UrlField key={`${field.name}:${value}`} label={t(`options.fields.${field.name as 'baseUrl'}`)} value={value} optional={field.optional} testId={testId} onSave={save} />;
    }
    if (field.kind === 'select') {
      return (
        <label className="field" key={field.name}>
          <span>{t(`options.fields.${field.label}`)}</span>
          <select data-testid={testId} value={value} onChange={(event) => void save(event.target.value)}>
            {field.choices.map((choice) => (
              <option key={choice} value={choice}>
                {t(`options.formality.${choice as 'default'}`)}
              </option>
            ))}
          </select>
        </label>
      );
    }
    return <TextField key={`${field.name}:${value}`} label={t(`options.fields.${field.label}`)} value={value} testId={testId} onSave={save} />;
  };
  const main = fields.filter((field) => !(field.kind === 'url' && field.advanced));
  const advanced = fields.filter((field) => field.kind === 'url' && field.advanced);
  return (
    <>
      {main.map(render)}
      {advanced.length > 0 ? (
        <details className="advanced">
          <summary>{t('options.advanced')}</summary>
          {advanced.map(render)}
        </details>
      ) : null}
    </>
  );
}

function TextField({ label, value, testId, onSave }: { label: string; value: string; testId: string; onSave: (value: string) => Promise<void> }) {
  return (
    <label className="field">
      <span>{label}</span>
      <input
        type="text"
        data-testid={testId}
        defaultValue={value}
        onBlur={(event) => {
          const next = event.target.value.trim();
          if (next !== value) void onSave(next);
        }}
        onKeyDown={(event) => event.key === 'Enter' && event.currentTarget.blur()}
      />
    </label>
  );
}

function UrlField({ label, value, optional, testId, onSave }: { label: string; value: string; optional?: boolean; testId: string; onSave: (value: string) => Promise<void> }) {
  const { t } = useTranslation('ui');
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState('');
  const commit = async () => {
    const next = draft.trim().replace(/\/+$/, '');
    if (next === value) return setError('');
    if (!(optional && next === '') && !isHttpUrl(next)) return setError(t('options.invalidUrl'));
    setError('');
    if (next) await ensureHostAccess(next).catch(() => false);
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
      {error ? (
        <span role="alert" className="error-text">
          {error}
        </span>
      ) : null}
    </label>
  );
}

function SecretField({ id, secret, masked, onMasked }: { id: EngineId; secret: SecretName; masked: string; onMasked: (secret: SecretName, value: string) => void }) {
  const { t } = useTranslation(['ui', 'common']);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const inputId = `${id}-api-key`;
  const save = async (value: string) => {
    try {
      const reply = await sendMessage('setSecret', { name: secret, value });
      onMasked(secret, reply.masked);
      setDraft('');
      setError('');
    } catch (caught) {
      setError(t(`common:errors.${caught instanceof FerryError ? caught.code : 'internal'}`));
    }
  };
  return (
    <div className="field">
      <label htmlFor={inputId}>{t('options.apiKey')}</label>
      <div className="row">
        <input
          id={inputId}
          type="password"
          autoComplete="off"
          data-testid={inputId}
          placeholder={t('options.apiKeyPlaceholder')}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
        <button type="button" data-testid={`${id}-save-api-key`} disabled={!draft.trim()} onClick={() => void save(draft)}>
          {t('options.saveKey')}
        </button>
        {masked ? (
          <button type="button" className="secondary" onClick={() => void save('')}>
            {t('options.clearKey')}
          </button>
        ) : null}
      </div>
      <span className="muted" data-testid={`${id}-api-key-status`}>
        {masked ? t('options.apiKeySaved', { masked }) : t('options.apiKeyNone')}
      </span>
      {error ? (
        <span role="alert" className="error-text">
          {error}
        </span>
      ) : null}
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
      if (result.ok) return setTest({ state: 'ok', sample: result.sample ?? '', ms: result.elapsedMs });
      const code = result.error?.code ?? 'internal';
      const hint = code === 'engine-auth' && hasAuthHint(id) ? ` ${t(`options.testAuthHint.${id}`)}` : '';
      setTest({ state: 'failed', message: `${t(`common:errors.${code}`)}${hint}` });
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
