import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import { JURISDICTION_PROFILES, type JurisdictionProfile } from '@/core/moderation/jurisdiction';
import { ALL_REGIONS, type Settings } from '@/core/settings/schema';

type Update = (change: (current: Settings) => Settings) => Promise<void>;

/** Opens the review queue: Chrome's side panel, Firefox's sidebar. Runs inside the click's user gesture, so nothing is awaited first. */
function openQueue(windowId: number | undefined): void {
  const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: { open(options: { windowId: number }): Promise<void> } } }).chrome?.sidePanel;
  const firefoxSidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  if (firefoxSidebar) {
    void firefoxSidebar.open();
    return;
  }
  if (chromeSidePanel && windowId !== undefined) {
    void chromeSidePanel.open({ windowId });
    return;
  }
  void browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
}

/** Moderator mode's popup controls: which jurisdiction's rules count, and the review queue. */
export function ModerationPanel({ settings, update }: { settings: Settings; update: Update }) {
  const { t } = useTranslation('moderation');
  const { profile, customRegions } = settings.moderation;
  const [windowId, setWindowId] = useState<number>();
  useEffect(() => {
    void browser.windows.getCurrent().then((window) => setWindowId(window.id));
  }, []);
  return (
    <section className="moderation" aria-label={t('overlay.heading')}>
      <label className="field">
        <span>{t('popup.profile')}</span>
        <select
          data-testid="jurisdiction-profile"
          value={profile}
          onChange={(event) => {
            const next = event.currentTarget.value as JurisdictionProfile;
            void update((current) => ({ ...current, moderation: { ...current.moderation, profile: next } }));
          }}
        >
          {JURISDICTION_PROFILES.map((id) => (
            <option key={id} value={id}>
              {t(`profiles.${id}`)}
            </option>
          ))}
        </select>
      </label>
      {profile === 'custom' ? (
        <fieldset className="regions">
          <legend>{t('popup.customRegions')}</legend>
          {ALL_REGIONS.map((region) => (
            <label key={region}>
              <input
                type="checkbox"
                data-testid={`custom-region-${region}`}
                checked={customRegions.includes(region)}
                onChange={(event) => {
                  const on = event.currentTarget.checked;
                  void update((current) => ({
                    ...current,
                    moderation: { ...current.moderation, customRegions: on ? [...current.moderation.customRegions, region] : current.moderation.customRegions.filter((other) => other !== region) },
                  }));
                }}
              />
              {t(`regions.${region}`)}
            </label>
          ))}
        </fieldset>
      ) : null}
      <button type="button" data-testid="open-review-queue" onClick={() => openQueue(windowId)}>
        {t('popup.openQueue')}
      </button>
    </section>
  );
}
