import { defineContentScript } from 'wxt/utils/define-content-script';
import { adapterForUrl, contentScriptMatches } from '@/core/sites/registry';
import { startFerry } from './start-ferry';

export default defineContentScript({
  matches: contentScriptMatches,
  runAt: 'document_idle',
  async main(ctx) {
    const adapter = adapterForUrl(location.href);
    if (adapter) await startFerry(ctx, adapter);
  },
});
