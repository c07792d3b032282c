import type { z } from 'zod';
import { FerryError, toFerryError } from './errors';
import { envelopeSchema, isMessageType, protocol, type MessageType, type Reply, type RequestOf, type ResponseOf } from './protocol';

export type Handlers = {
  [T in MessageType]: (payload: z.output<(typeof protocol)[T]['request']>, sender: MessageSender) => Promise<ResponseOf<T>>;
};

/** The parts of runtime.MessageSender the router relies on. */
export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number; incognito?: boolean };
}

export interface RouterOptions {
  extensionId: string;
  /** Origin of Ferry's own pages, e.g. chrome-extension://<id>/ */
  extensionOrigin: string;
  /** Whether a page URL is one of the supported sites (for `site-content` messages). */
  isSupportedSite?: (url: string) => boolean;
}

/**
 * Handles one raw message. Anything that is not a well-formed Ferry message
 * from Ferry itself is rejected before a handler sees it.
 */
export async function routeMessage(raw: unknown, sender: MessageSender, handlers: Handlers, options: RouterOptions): Promise<Reply> {
  try {
    if (sender.id !== options.extensionId) throw new FerryError('forbidden', 'sender is not this extension');
    const envelope = envelopeSchema.safeParse(raw);
    if (!envelope.success) throw new FerryError('invalid-message', 'not a Ferry message');
    const { type, payload } = envelope.data;
    if (!isMessageType(type)) throw new FerryError('invalid-message', `unknown message ${type.slice(0, 64)}`);
    const spec = protocol[type];
    if (spec.from === 'extension-page' && !isExtensionPage(sender, options)) {
      throw new FerryError('forbidden', `${type} is only accepted from Ferry's own pages`);
    }
    if (spec.from === 'site-content' && !isSiteContentScript(sender, options)) {
      throw new FerryError('forbidden', `${type} is only accepted from a supported site's tab`);
    }
    const parsed = spec.request.safeParse(payload);
    if (!parsed.success) throw new FerryError('invalid-message', `invalid ${type} payload`);
    const handler = handlers[type] as (payload: unknown, sender: MessageSender) => Promise<unknown>;
    const data = spec.response.parse(await handler(parsed.data, sender));
    return { ok: true, data: isExtensionPage(sender, options) ? data : withoutErrorDetail(data) };
  } catch (error) {
    const info = toFerryError(error).toInfo();
    return { ok: false, error: isExtensionPage(sender, options) ? info : withoutErrorDetail(info) };
  }
}

/**
 * A copy without any error's `detail`: provider text (which can echo request
 * data or account names) is for Ferry's own pages and logs, never for a tab,
 * where the page's scripts could read it from a card. Tabs get codes only.
 */
export function withoutErrorDetail<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutErrorDetail) as T;
  if (!value || typeof value !== 'object') return value;
  const entries = Object.entries(value).filter(([key]) => !(key === 'detail' && 'code' in value));
  return Object.fromEntries(entries.map(([key, item]) => [key, withoutErrorDetail(item)])) as T;
}

function isExtensionPage(sender: MessageSender, options: RouterOptions): boolean {
  // A content script's sender has a tab and the page's URL; extension pages
  // opened in a tab (options) have our own origin.
  return typeof sender.url === 'string' && sender.url.startsWith(options.extensionOrigin);
}

/** A content script in a tab of a supported site: not an extension page, not any other web page. */
function isSiteContentScript(sender: MessageSender, options: RouterOptions): boolean {
  if (sender.tab === undefined || typeof sender.url !== 'string' || sender.url.startsWith(options.extensionOrigin)) return false;
  return options.isSupportedSite?.(sender.url) ?? false;
}

export type { RequestOf };
