import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { PRODUCTION_EXTENSION_DIR as EXTENSION_DIR } from './fixtures';

/** What the built extension asks the browser for, checked on the production package (`npm run build`), the one users install. */
const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown> & {
  permissions?: string[];
  host_permissions?: string[];
  content_security_policy?: { extension_pages?: string };
};

/** Every API permission Ferry may hold and why; anything else must be added here on purpose. */
const ALLOWED_PERMISSIONS = [
  'storage', // settings, secrets, cache metadata
  'unlimitedStorage', // the IndexedDB translation cache (50 MB cap)
  'alarms', // cache cleanup
  'offscreen', // the on-device Translator where the worker lacks it
  'activeTab', // translating the current tab only when the user asks
  'scripting', // …with the page script injected into that one tab
  'contextMenus', // "Translate with Ferry" on a text selection
  'sidePanel', // the moderator's review queue (Chrome; Firefox gets sidebar_action)
];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
}

test.describe('Built manifest and package', () => {
  test('extension pages run only packaged scripts: script-src and object-src are self, nothing else', () => {
    expect(manifest.content_security_policy?.extension_pages).toBe("script-src 'self'; object-src 'self';");
  });

  test('no web page or other extension can message Ferry, and no resource is exposed to pages', () => {
    expect(manifest).not.toHaveProperty('externally_connectable');
    expect(manifest).not.toHaveProperty('web_accessible_resources');
  });

  test('asks only for the permissions it uses; all-sites access is optional and asked at run time', () => {
    for (const permission of manifest.permissions ?? []) expect(ALLOWED_PERMISSIONS, permission).toContain(permission);
    for (const host of manifest.host_permissions ?? []) {
      expect(['<all_urls>', '*://*/*', 'https://*/*', 'http://*/*'], host).not.toContain(host);
    }
    // Local servers, on any port, are asked for at run time, not granted at install.
    expect(manifest.host_permissions?.filter((host) => /127\.0\.0\.1|localhost/.test(host))).toEqual([]);
  });

  test('the production service worker carries no test hook', () => {
    for (const script of files(EXTENSION_DIR).filter((file) => file.endsWith('.js'))) expect(readFileSync(script, 'utf8'), script).not.toContain('ferryRunCommand');
  });

  test('no remote code: pages load packaged scripts only and no bundle imports a script from the network', () => {
    const all = files(EXTENSION_DIR);
    for (const page of all.filter((file) => file.endsWith('.html'))) {
      for (const [, src] of readFileSync(page, 'utf8').matchAll(/<script[^>]*\ssrc="([^"]*)"/g)) expect(src, page).toMatch(/^\/(?!\/)/);
    }
    for (const script of all.filter((file) => file.endsWith('.js'))) {
      const code = readFileSync(script, 'utf8');
      expect(code, script).not.toMatch(/\bimportScripts\s*\(/);
      expect(code, script).not.toMatch(/\bimport\s*\(\s*["'`]https?:/);
    }
  });
});
