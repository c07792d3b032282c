import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import { I18nRoot } from '@/components/i18n-root';
import { useSettings } from '@/components/use-settings';
import { targetLanguageFromLocale, TARGET_LANGUAGES } from '@/core/languages';
import { sendMessage } from '@/core/messaging/client';
import { FerryError } from '@/core/messaging/errors';
import type { Settings } from '@/core/settings/schema';
import { saveConsent } from '@/core/settings/consent';
import { confirmKeyOrigin } from '@/core/settings/key-origins';
import { applySetupChoices, ENGINE_CHOICES, REMOTE_ENGINES_FOR, ROLES, type EngineChoice, type Role } from './setup-choices';

export function App() {
  const [settings, update] = useSettings();
  return <I18nRoot settings={settings}>{settings ? <Onboarding settings={settings} update={update} /> : null}</I18nRoot>;
}

/** Asks for a user-entered engine host when the manifest does not already grant it (the click is the gesture). */
async function ensureHostAccess(url: string): Promise<boolean> {
  const origins = [`${new URL(url).origin}/*`];
  return (await browser.permissions.contains({ origins })) || browser.permissions.request({ origins });
}

function Onboarding({ settings, update }: { settings: Settings; update: (change: (current: Settings) => Settings) => Promise<void> }) {
  const { t } = useTranslation(['ui', 'common']);
  const [role, setRole] = useState<Role>(settings.notes.audience);
  const [targetLanguage, setTargetLanguage] = useState<Settings['targetLanguage']>(settings.targetLanguage);
  // Nothing is preselected that would send text away: on this computer until the user picks otherwise.
  const [engine, setEngine] = useState<EngineChoice>('on-device');
  const [baseUrl, setBaseUrl] = useState(settings.engines.openaiCompatible.baseUrl);
  const [model, setModel] = useState(settings.engines.openaiCompatible.model);
  const [apiKey, setApiKey] = useState('');
  const [state, setState] = useState<{ kind: 'idle' | 'saving' | 'done' } | { kind: 'error'; message: string }>({ kind: 'idle' });
  const browserTarget = targetLanguageFromLocale(browser.i18n.getUILanguage());
  // An earlier "fields missing" message goes once the user edits them.
  const edit = (setter: (value: string) => void, value: string) => {
    setter(value);
    if (state.kind === 'error') setState({ kind: 'idle' });
  };

  const finish = async () => {
    if (engine === 'key') {
      let valid = false;
      try {
        valid = /^https?:$/.test(new URL(baseUrl.trim()).protocol) && Boolean(model.trim()) && Boolean(apiKey.trim());
      } catch {
        valid = false;
      }
      if (!valid) return setState({ kind: 'error', message: t('onboarding.keyMissing') });
    }
    setState({ kind: 'saving' });
    try {
      if (engine === 'key') {
        await ensureHostAccess(baseUrl.trim()).catch(() => false);
        await sendMessage('setSecret', { name: 'openaiCompatibleApiKey', value: apiKey });
        // The user typed this address next to the key: that is the host they confirm for it.
        await confirmKeyOrigin('openai-compatible', new URL(baseUrl.trim()).origin);
      }
      await update((current) => applySetupChoices(current, { role, targetLanguage, engine, openai: engine === 'key' ? { baseUrl: baseUrl.trim(), model: model.trim() } : undefined }));
      // Only now may text leave the browser, and only to the services this choice names.
      await saveConsent({ answered: true, remote: REMOTE_ENGINES_FOR[engine] });
      setState({ kind: 'done' });
    } catch (error) {
      setState({ kind: 'error', message: t(`common:errors.${error instanceof FerryError ? error.code : 'internal'}`) });
    }
  };

  return (
    <main className="onboarding">
      <header>
        <h1>{t('onboarding.title')}</h1>
        <p className="muted">{t('onboarding.intro')}</p>
      </header>
      <fieldset data-testid="onboarding-role">
        <legend>{t('onboarding.roleLegend')}</legend>
        {ROLES.map((each) => (
          <label key={each} className="choice">
            <input type="radio" name="role" value={each} checked={role === each} data-testid={`role-${each}`} onChange={() => setRole(each)} />
            <span>
              {t(`onboarding.roles.${each}.name`)}
              <span className="hint">{t(`onboarding.roles.${each}.hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>{t('options.targetLanguage')}</span>
        <select data-testid="onboarding-target" value={targetLanguage} onChange={(event) => setTargetLanguage(event.target.value as Settings['targetLanguage'])}>
          <option value="auto">{t('options.targetAuto', { language: t(`common:languages.${browserTarget}`) })}</option>
          {TARGET_LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {t(`common:languages.${code}`)}
            </option>
          ))}
        </select>
      </label>
      <fieldset data-testid="onboarding-engine">
        <legend>{t('onboarding.engineLegend')}</legend>
        {ENGINE_CHOICES.map((each) => (
          <label key={each} className="choice">
            <input type="radio" name="engine" value={each} checked={engine === each} data-testid={`engine-choice-${each}`} onChange={() => setEngine(each)} />
            <span>
              {t(`onboarding.engines.${each}.name`)}
              <span className="hint">{t(`onboarding.engines.${each}.hint`)}</span>
            </span>
          </label>
        ))}
        {engine === 'key' ? (
          <>
            <label className="field">
              <span>{t('options.fields.baseUrl')}</span>
              <input type="url" data-testid="onboarding-base-url" value={baseUrl} onChange={(event) => edit(setBaseUrl, event.target.value)} />
            </label>
            <label className="field">
              <span>{t('options.fields.model')}</span>
              <input type="text" data-testid="onboarding-model" value={model} onChange={(event) => edit(setModel, event.target.value)} />
            </label>
            <label className="field">
              <span>{t('options.apiKey')}</span>
              <input type="password" autoComplete="off" data-testid="onboarding-api-key" value={apiKey} onChange={(event) => edit(setApiKey, event.target.value)} />
            </label>
            <p className="muted small-print">{t('options.keyHint')}</p>
          </>
        ) : null}
      </fieldset>
      <div className="actions">
        <button type="button" data-testid="onboarding-finish" disabled={state.kind === 'saving'} onClick={() => void finish()}>
          {t('onboarding.finish')}
        </button>
        <button type="button" className="secondary" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('onboarding.allSettings')}
        </button>
      </div>
      {state.kind === 'done' ? (
        <p className="done" role="status" data-testid="onboarding-done">
          {t('onboarding.done')}
        </p>
      ) : state.kind === 'error' ? (
        <p className="error-text" role="alert" data-testid="onboarding-error">
          {state.message}
        </p>
      ) : null}
    </main>
  );
}
