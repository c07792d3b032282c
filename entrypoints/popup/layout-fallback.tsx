import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import { diagnosisFor } from '@/core/fallback/diagnostics-store';
import { formatDiagnosis, pageKey, type LayoutDiagnosis } from '@/core/fallback/layout-check';
import type { SiteAdapter } from '@/core/sites/types';
import { canScript, translatePage } from './translate-page';

/**
 * When the site's adapter found no posts on the current tab's page (the
 * content script recorded a diagnosis for it), the popup says so, offers the
 * generic page translator and lets the user copy the diagnosis (no page text).
 */
export function LayoutFallback({ site, tab, enabled }: { site: SiteAdapter; tab: { id?: number; url?: string }; enabled: boolean }) {
  const { t } = useTranslation('ui');
  const [diagnosis, setDiagnosis] = useState<LayoutDiagnosis>();
  const [pageState, setPageState] = useState<'idle' | 'working' | 'started' | 'failed'>('idle');
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (!tab.url) return;
    let key: string;
    try {
      key = pageKey(tab.url);
    } catch {
      return;
    }
    void diagnosisFor(key).then((found) => setDiagnosis(found?.adapter === site.id ? found : undefined));
  }, [tab.url, site.id]);
  if (!diagnosis) return null;
  const report = formatDiagnosis(diagnosis, browser.runtime.getManifest().version);

  return (
    <div className="layout-fallback" data-testid="layout-fallback" role="status">
      <p>{t('layoutFallback.unrecognised', { site: site.name })}</p>
      {canScript(tab.url) && tab.id !== undefined ? (
        <button
          type="button"
          data-testid="layout-translate-page"
          disabled={!enabled || pageState === 'working' || pageState === 'started'}
          onClick={() => {
            setPageState('working');
            translatePage(tab.id!).then(
              () => setPageState('started'),
              () => setPageState('failed'),
            );
          }}
        >
          {t('layoutFallback.translate')}
        </button>
      ) : null}
      {pageState === 'started' ? <p data-testid="layout-translate-status">{t('popup.translatingPage')}</p> : null}
      {pageState === 'failed' ? (
        <p role="alert" className="popup-error" data-testid="layout-translate-status">
          {t('popup.translatePageFailed')}
        </p>
      ) : null}
      <button
        type="button"
        className="secondary small"
        data-testid="copy-diagnostics"
        onClick={() =>
          void navigator.clipboard.writeText(report).then(
            () => setCopied('copied'),
            () => setCopied('failed'),
          )
        }
      >
        {t('layoutFallback.copy')}
      </button>
      {copied === 'copied' ? <p data-testid="copy-diagnostics-status">{t('layoutFallback.copied')}</p> : null}
      {copied === 'failed' ? (
        <>
          <p role="alert" data-testid="copy-diagnostics-status">
            {t('layoutFallback.copyFailed')}
          </p>
          <textarea readOnly rows={6} value={report} data-testid="diagnostics-text" />
        </>
      ) : null}
    </div>
  );
}
