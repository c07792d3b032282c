import type { i18n as I18n } from 'i18next';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { clearDiagnosis, recordDiagnosis } from '@/core/fallback/diagnostics-store';
import { LayoutNotice } from '@/core/fallback/layout-notice';
import { LayoutWatch } from '@/core/fallback/layout-watch';
import { selectorProbes } from '@/core/fallback/selector-probes';
import type { SiteAdapter } from '@/core/sites/types';

/**
 * The graceful fallback when a site changes its markup: if the site's adapter
 * finds no post on a page with readable text, Ferry records which selectors
 * matched nothing (locally, no text), says so once on the page and offers the
 * generic page translator instead of doing nothing.
 */
export function startLayoutFallback(
  ctx: ContentScriptContext,
  adapter: SiteAdapter,
  i18n: I18n,
  options: { isActive: () => boolean; translatePage: () => void; graceMs?: number },
): void {
  let fallbackStarted = false;
  const notice = new LayoutNotice(
    document,
    () => ({
      title: i18n.t('content:layout.title'),
      message: i18n.t('content:layout.message', { site: adapter.name }),
      translate: i18n.t('content:layout.translate'),
      dismiss: i18n.t('content:dismiss'),
    }),
    () => {
      if (fallbackStarted) return;
      fallbackStarted = true;
      options.translatePage();
    },
  );
  const watch = new LayoutWatch({
    adapter,
    probes: selectorProbes(adapter.id),
    doc: document,
    location: () => location.href,
    graceMs: options.graceMs,
    onUnrecognised: (diagnosis) => {
      void recordDiagnosis(diagnosis);
      if (options.isActive() && !fallbackStarted) notice.show();
    },
    onRecognised: (key) => {
      notice.remove();
      void clearDiagnosis(key);
    },
  });
  watch.start();
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    notice.remove();
    watch.start();
  });
  ctx.onInvalidated(() => {
    watch.stop();
    notice.remove();
  });
}
