import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerCacheCleanup } from './cache-cleanup';
import { applyCacheSizeSetting } from './cache-size';
import { registerExplainPort } from './explain-service';
import { createBackgroundServices, registerMessageHandlers } from './handlers';
import { registerOnboarding } from './onboarding';
import { registerContentScriptReinjection } from './reinject-content-scripts';
import { registerSelectionEntryPoints } from './selection-command';
import { registerTeamSync } from './team-service';
import { migrateConsent } from '@/core/settings/consent';
import { migrateKeyOrigins } from '@/core/settings/key-origins';
import { migrateLegacySecrets } from '@/core/settings/secrets';

export default defineBackground({
  type: 'module',
  main() {
    // Keys an older version kept in storage.local move to the private store before anything reads them.
    void migrateLegacySecrets().catch((error: unknown) => console.warn('[ferry] key migration failed', error));
    void migrateConsent().catch((error: unknown) => console.warn('[ferry] consent migration failed', error));
    void migrateKeyOrigins().catch((error: unknown) => console.warn('[ferry] key host migration failed', error));
    // Listeners are registered synchronously so a woken worker receives the message that woke it.
    const { cache, handlers, requests, team } = createBackgroundServices();
    registerMessageHandlers(handlers);
    registerExplainPort();
    registerSelectionEntryPoints();
    registerOnboarding();
    registerContentScriptReinjection();
    registerTeamSync(team);
    browser.tabs.onRemoved.addListener((tabId) => requests.cancelTab(tabId));
    applyCacheSizeSetting(cache);
    void registerCacheCleanup(cache);
  },
});
