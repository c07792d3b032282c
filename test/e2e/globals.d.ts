// Code passed to serviceWorker.evaluate() runs inside the extension, where `chrome` exists.
import type { browser } from '@wxt-dev/browser';

declare global {
  const chrome: typeof browser;
}
