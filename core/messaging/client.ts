import { browser } from 'wxt/browser';
import { FerryError } from './errors';
import { protocol, replySchema, type MessageType, type RequestOf, type ResponseOf } from './protocol';

/**
 * The message never got an answer: the service worker was stopped mid-request
 * (the browser does this to idle workers) or the extension was reloaded.
 */
export class TransportError extends FerryError {}

/**
 * Sends a typed message to the background and validates the reply, so a
 * malformed answer surfaces as an error instead of undefined fields in the UI.
 */
export async function sendMessage<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  const request = protocol[type].request.parse(payload);
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage({ channel: 'ferry', type, payload: request });
  } catch (error) {
    // After an update or reload the old content script loses its background.
    const message = error instanceof Error ? error.message : String(error);
    if (/context invalidated/i.test(message)) throw new TransportError('extension-reloaded', message);
    throw new TransportError('internal', message);
  }
  const reply = replySchema.safeParse(raw);
  if (!reply.success) throw new FerryError('invalid-message', 'malformed reply');
  if (!reply.data.ok) throw new FerryError(reply.data.error.code, reply.data.error.detail, reply.data.error.engine);
  const data = protocol[type].response.safeParse(reply.data.data);
  if (!data.success) throw new FerryError('invalid-message', `malformed ${type} reply`);
  return data.data as ResponseOf<T>;
}
