import { defineContentScript } from 'wxt/utils/define-content-script';
import { genericPage } from '@/core/sites/generic-page';
import { startFerry } from './content/start-ferry';

/**
 * "Translate this page" on a site Ferry has no adapter for. Not in the manifest:
 * the popup injects it into the current tab when the user asks (activeTab).
 * Injected twice, WXT's context invalidates the first run, which removes its
 * annotations, so there is only ever one Ferry in the page.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  async main(ctx) {
    await startFerry(ctx, genericPage);
  },
});
