/**
 * Server-sent events (the `text/event-stream` format of the HTML standard),
 * reduced to what chat completion streams use: the `data` of each event.
 * Bytes may arrive split anywhere, even inside a UTF-8 sequence or between
 * `\r` and `\n`; comments (`: keep-alive`) and events without data are
 * skipped; an event the stream ends before terminating is dropped, as the
 * standard says, so a cut-off stream never yields half an event.
 */
export async function* readSseData(body: ReadableStream<Uint8Array>, onBytes?: () => void): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let data: string[] = [];
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      onBytes?.();
      buffer += decoder.decode(value, { stream: true });
      for (;;) {
        const line = takeLine(buffer);
        if (!line) break;
        buffer = buffer.slice(line.consumed);
        if (line.text === '') {
          if (data.length > 0) yield data.join('\n');
          data = [];
          continue;
        }
        const field = parseField(line.text);
        if (field?.name === 'data') data.push(field.value);
      }
    }
  } finally {
    reader.releaseLock();
  }
}

/** The next complete line, or undefined while its end has not arrived (a trailing `\r` may still become `\r\n`). */
function takeLine(buffer: string): { text: string; consumed: number } | undefined {
  const end = buffer.search(/[\r\n]/);
  if (end < 0) return undefined;
  if (buffer[end] === '\n') return { text: buffer.slice(0, end), consumed: end + 1 };
  if (end + 1 >= buffer.length) return undefined;
  return { text: buffer.slice(0, end), consumed: buffer[end + 1] === '\n' ? end + 2 : end + 1 };
}

function parseField(line: string): { name: string; value: string } | undefined {
  if (line.startsWith(':')) return undefined;
  const colon = line.indexOf(':');
  if (colon < 0) return { name: line, value: '' };
  const value = line.slice(colon + 1);
  return { name: line.slice(0, colon), value: value.startsWith(' ') ? value.slice(1) : value };
}
