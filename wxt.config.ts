import { defineConfig } from 'wxt';
import { contentScriptMatches } from './core/sites/registry';
import { compactDictionaryJson, formatSize } from './scripts/build-dictionary';
import { validateCodedPacks } from './scripts/validate-coded';
import { validateKnowledgePacks } from './scripts/validate-knowledge';
import { zodWithoutEval } from './scripts/zod-without-eval';

// Hosts the background may call without asking. Any other engine URL the user
// enters is requested at run time through optional_host_permissions.
const ENGINE_HOSTS = [
  'https://edge.microsoft.com/*',
  'https://*.cognitive.microsofttranslator.com/*',
  'https://translate-pa.googleapis.com/*',
  'https://translate.googleapis.com/*',
  'https://translation.googleapis.com/*',
  'https://api.deepl.com/*',
  'https://api-free.deepl.com/*',
  'https://api.openai.com/*',
];
// A local server (Ollama, LibreTranslate) is asked for at run time like any other URL. Only the e2e build
// (`wxt build --mode e2e`), which talks to the loopback mock server, has loopback granted at install.
const E2E_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  // FERRY_OUT_DIR lets parallel test runs build into separate folders.
  outDir: process.env.FERRY_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [zodWithoutEval()],
    // FERRY_NO_MINIFY=1 keeps function names, for reading CPU profiles of the benchmarks.
    ...(process.env.FERRY_NO_MINIFY ? { build: { minify: false } } : {}),
  }),
  imports: false,
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_actionTitle__' },
    // offscreen: hosts the on-device Translator where the service worker lacks it (Chrome only).
    // activeTab + scripting: "translate this page" reaches only the tab the user asked for, only when asked.
    // contextMenus + commands: "Translate with Ferry" on a selection, from the menu or a shortcut (activeTab covers that tab).
    permissions: ['storage', 'alarms', 'unlimitedStorage', 'activeTab', 'contextMenus', ...(browser === 'firefox' ? [] : ['offscreen', 'scripting'])],
    commands: {
      'translate-selection': { suggested_key: { default: 'Alt+Shift+T' }, description: '__MSG_commandTranslateSelection__' },
    },
    // The supported sites are listed so the popup can read the current tab's address there.
    host_permissions: [...contentScriptMatches, ...ENGINE_HOSTS, ...(mode === 'e2e' ? E2E_HOSTS : [])],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Stricter than Chrome's MV3 default: no 'wasm-unsafe-eval' (Ferry runs no WebAssembly) and only packaged scripts.
    // WXT turns this into MV2's string form for Firefox and adds its dev server only under `wxt` (serve).
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self';" },
    ...(browser === 'firefox'
      ? {
          // MV2 has no optional_host_permissions; origins go in optional_permissions.
          optional_permissions: ['https://*/*', 'http://*/*'],
          browser_specific_settings: {
            // 140 (the oldest supported ESR) is the first to read data_collection_permissions, 142 on Android;
            // Ferry also needs AbortSignal.any (124) and :has() (121).
            gecko: {
              id: 'ferry@ferry.app',
              strict_min_version: '140.0',
              // Post text goes to the translation services the user picks (none before setup is answered): website content.
              data_collection_permissions: { required: ['websiteContent'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // A broken knowledge pack fails the build instead of shipping.
    'build:before': () => {
      validateKnowledgePacks();
      validateCodedPacks();
    },
    // The offline dictionary engine's data, generated from node_modules on every build (never committed).
    'build:publicAssets': (wxt, files) => {
      const contents = compactDictionaryJson();
      files.push({ relativeDest: 'dict/cedict.json', contents });
      wxt.logger.info(`dict/cedict.json: ${formatSize(Buffer.byteLength(contents))}`);
    },
    // …so that browser.runtime.getURL('/dict/cedict.json') type-checks.
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push('dict/cedict.json');
    },
  },
  zip: {
    excludeSources: ['test/**', 'bench/**', 'scripts/**', 'docs/**', 'playwright.config.ts', '.ci/**'],
  },
});
