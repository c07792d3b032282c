import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DisplayField, ModeField } from '@/components/reading-fields';
import { browser } from 'wxt/browser';
import { I18nRoot } from '@/components/i18n-root';
import { Toggle } from '@/components/toggle';
import { useSettings } from '@/components/use-settings';
import { resolveTargetLanguage } from '@/core/i18n/language';
import { TARGET_LANGUAGES, targetLanguageFromLocale } from '@/core/languages';
import type { Settings } from '@/core/settings/schema';
import { adapterForUrl, siteAdapters } from '@/core/sites/registry';
import type { SiteAdapter } from '@/core/sites/types';
import { sendMessage } from '@/core/messaging/client';
import type { ResponseOf } from '@/core/messaging/protocol';
import { currentTab } from './current-tab';
import { canScript, translatePage } from './translate-page';
import { ModerationPanel } from './moderation-panel';
import { LayoutFallback } from './layout-fallback';

/** Problems the user fixes in the options page (a key, credit, an engine or a model download); others pass by themselves. */
const SETTINGS_FIXES = new Set(['engine-auth', 'engine-quota', 'no-engine', 'model-not-ready', 'storage-full']);

function FixButton() {
  const { t } = useTranslation('ui');
  return (
    <button type="button" className="small" data-testid="fix-in-settings" onClick={() => void browser.runtime.openOptionsPage()}>
      {t('popup.fixInSettings')}
    </button>
  );
}

export function App() {
  const [settings, update] = useSettings();
  return (
    <I18nRoot settings={settings}>
      {settings ? <Popup settings={settings} update={update} /> : null}
    </I18nRoot>
  );
}

function Popup({ settings, update }: { settings: Settings; update: (change: (current: Settings) => Settings) => Promise<void> }) {
  const { t } = useTranslation(['ui', 'common']);
  const [site, setSite] = useState<SiteAdapter | null>();
  const [tab, setTab] = useState<{ id?: number; url?: string }>();
  const [pageState, setPageState] = useState<'idle' | 'working' | 'started' | 'failed'>('idle');
  const [status, setStatus] = useState<ResponseOf<'getStatus'>>();
  useEffect(() => {
    void currentTab().then((current) => {
      setTab(current ? { id: current.id, url: current.url } : undefined);
      setSite(adapterForUrl(current?.url) ?? null);
    });
  }, []);
  useEffect(() => {
    // Re-read when settings change: enabling or reordering engines changes who answers.
    sendMessage('getStatus', {}).then(setStatus, () => setStatus(undefined));
  }, [settings]);

  const target = resolveTargetLanguage(settings.targetLanguage, browser.i18n.getUILanguage());
  const siteOn = site ? !settings.disabledSites.includes(site.id) : false;
  const answering = status?.lastEngine ?? status?.engines[0];

  let siteStatus: string;
  if (!settings.enabled) siteStatus = t('popup.pausedEverywhere');
  else if (site === undefined) siteStatus = '';
  else if (!site) siteStatus = t('popup.unsupported');
  else siteStatus = siteOn ? t('popup.activeOn', { site: site.name }) : t('popup.offOn', { site: site.name });

  return (
    <main className="popup">
      <header className="popup-header">
        <img src="/icon/48.png" alt="" width={24} height={24} />
        <h1>{t('popup.title')}</h1>
      </header>
      <Toggle
        label={t('popup.globalSwitch')}
        checked={settings.enabled}
        testId="global-switch"
        onChange={(enabled) => void update((current) => ({ ...current, enabled }))}
      />
      <p className={`status ${settings.enabled && siteOn ? 'is-active' : ''}`} data-testid="site-status" role="status">
        {siteStatus}
      </p>
      {site ? (
        <Toggle
          label={t('popup.siteSwitch', { site: site.name })}
          checked={siteOn}
          testId="site-switch"
          onChange={(on) =>
            void update((current) => ({
              ...current,
              disabledSites: on ? current.disabledSites.filter((id) => id !== site.id) : [...current.disabledSites, site.id],
            }))
          }
        />
      ) : null}
      {site && tab ? <LayoutFallback site={site} tab={tab} enabled={settings.enabled} /> : null}
      {site === null ? (
        <>
          {canScript(tab?.url) && tab?.id !== undefined ? (
            <button
              type="button"
              data-testid="translate-page"
              disabled={pageState === 'working' || pageState === 'started' || !settings.enabled}
              onClick={() => {
                setPageState('working');
                translatePage(tab.id!).then(
                  () => setPageState('started'),
                  () => setPageState('failed'),
                );
              }}
            >
              {t('popup.translatePage')}
            </button>
          ) : (
            <p className="muted" data-testid="page-off-limits">
              {t('popup.pageOffLimits')}
            </p>
          )}
          {pageState === 'started' ? (
            <p role="status" data-testid="translate-page-status">
              {t('popup.translatingPage')}
            </p>
          ) : pageState === 'failed' ? (
            <p role="alert" className="popup-error" data-testid="translate-page-status">
              {t('popup.translatePageFailed')}
            </p>
          ) : null}
          <p className="muted">{t('popup.supportedSites', { sites: siteAdapters.map((adapter) => adapter.name).join(', ') })}</p>
        </>
      ) : null}
      <DisplayField settings={settings} update={update} />
      <ModeField settings={settings} update={update} />
      {settings.mode === 'moderator' ? <ModerationPanel settings={settings} update={update} /> : null}
      <label className="field">
        <span>{t('popup.targetPicker')}</span>
        <select
          data-testid="target-picker"
          value={settings.targetLanguage}
          onChange={(event) => {
            const targetLanguage = event.currentTarget.value as Settings['targetLanguage'];
            void update((current) => ({ ...current, targetLanguage }));
          }}
        >
          <option value="auto">{t('options.targetAuto', { language: t(`common:languages.${targetLanguageFromLocale(browser.i18n.getUILanguage())}`) })}</option>
          {TARGET_LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {t(`common:languages.${code}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="facts">
        <p data-testid="target-language">{t('popup.targetLanguage', { language: t(`common:languages.${target}`) })}</p>
        {answering ? <p data-testid="engine">{t('popup.engine', { engine: t(`common:engines.${answering}`) })}</p> : null}
      </div>
      {status && status.engines.length === 0 ? (
        <div role="alert" className="popup-error" data-testid="engine-error">
          <p>{t('common:errors.no-engine')}</p>
          <FixButton />
        </div>
      ) : status?.lastError ? (
        <div role="alert" className="popup-error" data-testid="engine-error">
          <p>{t('popup.lastError', { message: t(`common:errors.${status.lastError.code}`) })}</p>
          {SETTINGS_FIXES.has(status.lastError.code) ? <FixButton /> : null}
        </div>
      ) : null}
      <button type="button" className="secondary" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('popup.openOptions')}
      </button>
    </main>
  );
}
