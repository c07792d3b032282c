import { browser } from 'wxt/browser';
import { EXPLAIN_PORT, explainEventSchema, type ExplainRequest } from '../messaging/explain-port';
import type { FerryErrorInfo } from '../messaging/errors';

export interface ExplainSink {
  append(text: string): void;
  done(): void;
  fail(error: FerryErrorInfo): void;
}

/**
 * Asks the background to explain one post and feeds the streamed pieces to
 * `sink`. Returns a function that stops the stream (the card went away).
 */
export function streamExplain(request: Omit<ExplainRequest, 'type'>, sink: ExplainSink): () => void {
  const port = browser.runtime.connect({ name: EXPLAIN_PORT });
  let finished = false;
  const finish = () => {
    finished = true;
    port.disconnect();
  };
  port.onMessage.addListener((raw: unknown) => {
    const event = explainEventSchema.safeParse(raw);
    if (finished) return;
    if (!event.success) {
      finish();
      return sink.fail({ code: 'invalid-message' });
    }
    if (event.data.type === 'delta') sink.append(event.data.text);
    else if (event.data.type === 'done') {
      finish();
      sink.done();
    } else {
      finish();
      sink.fail(event.data.error);
    }
  });
  port.onDisconnect.addListener(() => {
    if (finished) return;
    finished = true;
    // The worker stopped or the extension reloaded mid-answer.
    sink.fail({ code: 'extension-reloaded' });
  });
  port.postMessage({ type: 'explain', ...request } satisfies ExplainRequest);
  return () => {
    if (!finished) finish();
  };
}
