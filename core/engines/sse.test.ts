import { describe, expect, it } from 'vitest';
import { readSseData } from './sse';

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

async function collect(chunks: Uint8Array[]): Promise<string[]> {
  const events: string[] = [];
  for await (const data of readSseData(streamOf(chunks))) events.push(data);
  return events;
}

const encode = (text: string) => new TextEncoder().encode(text);

const STREAM = [
  ': keep-alive',
  '',
  'data: {"choices":[{"delta":{"content":"火锅🌶️"}}]}',
  '',
  'event: message',
  'id: 7',
  'data:{"choices":[]}',
  '',
  'data: first line',
  'data: second line',
  '',
  ': OPENROUTER PROCESSING',
  '',
  'data: [DONE]',
  '',
  '',
].join('\r\n');

const EXPECTED = ['{"choices":[{"delta":{"content":"火锅🌶️"}}]}', '{"choices":[]}', 'first line\nsecond line', '[DONE]'];

describe('readSseData', () => {
  it('yields the data of each event, skipping comments and joining multi-line data', async () => {
    expect(await collect([encode(STREAM)])).toEqual(EXPECTED);
  });

  it('gives the same events however the bytes are split, even inside a UTF-8 character or a CRLF', async () => {
    const bytes = encode(STREAM);
    for (let cut = 1; cut < bytes.length; cut++) {
      expect(await collect([bytes.slice(0, cut), bytes.slice(cut)])).toEqual(EXPECTED);
    }
    expect(await collect([...bytes].map((byte) => Uint8Array.of(byte)))).toEqual(EXPECTED);
  });

  it('accepts LF and lone CR line endings', async () => {
    expect(await collect([encode('data: a\n\ndata: b\r\rdata: c\n\n')])).toEqual(['a', 'b', 'c']);
  });

  it('drops an event the stream ends before terminating, so a cut-off stream never yields half of one', async () => {
    expect(await collect([encode('data: {"choices":[]}\n\ndata: {"choices":[{"delta":{"content":"hal')])).toEqual(['{"choices":[]}']);
    expect(await collect([encode('data: whole\n')])).toEqual([]);
  });

  it('reports each chunk of bytes, keep-alives included', async () => {
    let calls = 0;
    const events: string[] = [];
    for await (const data of readSseData(streamOf([encode(': ping\n\n'), encode(': ping\n\n'), encode('data: x\n\n')]), () => calls++)) events.push(data);
    expect(events).toEqual(['x']);
    expect(calls).toBe(3);
  });
});
