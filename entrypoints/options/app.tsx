import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import { I18nRoot } from '@/components/i18n-root';
import { Toggle } from '@/components/toggle';
import { useSettings } from '@/components/use-settings';
import { targetLanguageFromLocale, TARGET_LANGUAGES } from '@/core/languages';
import { loadSettingsWithRepairs } from '@/core/settings/items';
import { allowRemoteEngines } from '@/core/settings/consent';
import { ENGINE_IDS, UI_LANGUAGES, type EngineId, type Settings } from '@/core/settings/schema';
import { AboutSection } from './about-section';
import { CacheSection } from './cache-section';
import { DisplaySection } from './display-section';
import { EnginesSection } from './engines-section';
import { HelpSection } from './help-section';
import { KnowledgeSection } from './knowledge-section';
import { ModerationPanel } from '../popup/moderation-panel';
import { NeverTranslateField } from './never-translate-field';
import { ShortcutsSection } from './shortcuts-section';
import { TeamSection } from './team-section';
import { TransferSection } from './transfer-section';

export type UpdateSettings = (change: (current: Settings) => Settings) => Promise<void>;

export function App() {
  const [settings, update] = useSettings();
  return <I18nRoot settings={settings}>{settings ? <Options settings={settings} update={update} /> : null}</I18nRoot>;
}

function RepairNotice() {
  const { t, i18n } = useTranslation('ui');
  const [repaired, setRepaired] = useState<string[]>([]);
  useEffect(() => {
    void loadSettingsWithRepairs().then((report) => setRepaired(report.repaired));
  }, []);
  if (repaired.length === 0) return null;
  const message = repaired.includes('all')
    ? t('options.repairedAll')
    : t('options.repaired', {
        fields: new Intl.ListFormat(i18n.language, { type: 'unit' }).format(repaired.map((field) => t(`options.fieldNames.${field as keyof Settings}`))),
      });
  return (
    <p role="alert" className="notice" data-testid="repaired-notice">
      {message}
    </p>
  );
}

function Options({ settings, update }: { settings: Settings; update: UpdateSettings }) {
  const { t } = useTranslation(['ui', 'common']);
  const browserTarget = targetLanguageFromLocale(browser.i18n.getUILanguage());
  return (
    <main className="options">
      <header>
        <h1>{t('options.title')}</h1>
        <p className="muted">{t('options.intro')}</p>
      </header>
      <RepairNotice />

      <section aria-labelledby="languages-heading">
        <h2 id="languages-heading">{t('options.sections.language')}</h2>
        <label className="field">
          <span>{t('options.targetLanguage')}</span>
          <select
            data-testid="target-language"
            value={settings.targetLanguage}
            onChange={(event) => {
              // Read the choice now: a controlled select snaps back before the async update runs.
              const targetLanguage = event.target.value as Settings['targetLanguage'];
              void update((current) => ({ ...current, targetLanguage }));
            }}
          >
            <option value="auto">{t('options.targetAuto', { language: t(`common:languages.${browserTarget}`) })}</option>
            {TARGET_LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {t(`common:languages.${code}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('options.uiLanguage')}</span>
          <select
            data-testid="ui-language"
            value={settings.uiLanguage}
            onChange={(event) => {
              const uiLanguage = event.target.value as Settings['uiLanguage'];
              void update((current) => ({ ...current, uiLanguage }));
            }}
          >
            {(['auto', ...UI_LANGUAGES] as const).map((code) => (
              <option key={code} value={code}>
                {t(`common:uiLanguages.${code}`)}
              </option>
            ))}
          </select>
        </label>
        <NeverTranslateField settings={settings} update={update} />
      </section>

      <DisplaySection settings={settings} update={update} />
      <EnginesSection settings={settings} update={update} />
      <KnowledgeSection settings={settings} update={update} />
      {/* Jurisdiction profiles: which regions' rules count in moderator mode (the popup has the same control). */}
      <section aria-labelledby="moderation-heading" data-testid="moderation-section">
        <h2 id="moderation-heading">{t('options.sections.moderation')}</h2>
        <ModerationPanel settings={settings} update={update} />
      </section>

      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t('options.privacy.heading')}</h2>
        <Toggle
          label={t('options.privacy.onDeviceOnly')}
          checked={settings.privacy.onDeviceOnly}
          testId="on-device-only"
          onChange={(onDeviceOnly) =>
            void (async () => {
              let enabled: EngineId[] = [];
              await update((current) => {
                enabled = ENGINE_IDS.filter((id) => !current.engines.disabled.includes(id));
                return { ...current, privacy: { ...current.privacy, onDeviceOnly } };
              });
              // The user's own switch: off again means the engines shown as on may receive text.
              await allowRemoteEngines(onDeviceOnly ? [] : enabled);
            })()
          }
        />
        <p className="muted small-print">{t('options.privacy.onDeviceOnlyHint')}</p>
        <p className="muted small-print" data-testid="incognito-note">{t('options.privacy.incognito')}</p>
      </section>
      <TeamSection />
      <CacheSection settings={settings} update={update} />
      <ShortcutsSection />
      <TransferSection settings={settings} />
      <AboutSection />
      <HelpSection />
    </main>
  );
}
