import { describe, expect, it } from 'vitest';
import { answerEnd, sourcesEvent } from '../test-support/fixtures.ts';
import { streamChat, toChatStreamEvent, type ChatStreamEvent } from './sse-client.ts';

function sse(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** A response whose body arrives in the given pieces, as a network would cut it. */
function streamed(pieces: string[], init: ResponseInit = { status: 200 }): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const piece of pieces) controller.enqueue(encoder.encode(piece));
      controller.close();
    },
  });
  return new Response(body, { ...init, headers: { 'content-type': 'text/event-stream' } });
}

function cutEvery(text: string, size: number): string[] {
  const pieces: string[] = [];
  for (let index = 0; index < text.length; index += size) pieces.push(text.slice(index, index + size));
  return pieces;
}

describe('streamChat', () => {
  it('reads every event in order, even when events are split across chunks mid-line', async () => {
    const end = answerEnd();
    const wire =
      sse('sources', sourcesEvent()) +
      sse('text-delta', { type: 'text-delta', text: 'Een bewoners' }) +
      sse('text-delta', { type: 'text-delta', text: 'vergunning [1]' }) +
      sse('citation', { type: 'citation', number: 1, chunkId: 'c', supported: true }) +
      sse('answer-end', end);
    const seen: ChatStreamEvent[] = [];
    let request: RequestInit | undefined;
    const result = await streamChat(
      { question: 'Wat kost een bewonersvergunning?', language: 'nl' },
      {
        onEvent: (event) => seen.push(event),
        fetch: async (_url, init) => {
          request = init;
          return streamed(cutEvery(wire, 7));
        },
      },
    );
    expect(seen.map((event) => event.event)).toEqual([
      'sources',
      'text-delta',
      'text-delta',
      'citation',
      'answer-end',
    ]);
    expect(result).toEqual({ ok: true, value: end });
    expect(request?.method).toBe('POST');
    expect(JSON.parse(String(request?.body))).toEqual({
      question: 'Wat kost een bewonersvergunning?',
      language: 'nl',
    });
  });

  it('reports an HTTP error with the server message', async () => {
    const result = await streamChat(
      { question: 'x' },
      {
        onEvent: () => {},
        fetch: async () =>
          new Response(
            JSON.stringify({ error: { code: 'bad_request', message: 'Ongeldige invoer: stel een vraag' } }),
            {
              status: 400,
              headers: { 'content-type': 'application/json' },
            },
          ),
      },
    );
    expect(result).toEqual({
      ok: false,
      reason: { kind: 'http', status: 400, code: 'bad_request', message: 'Ongeldige invoer: stel een vraag' },
    });
  });

  it('reports a network failure when the server cannot be reached', async () => {
    const result = await streamChat(
      { question: 'Wat kost het?' },
      {
        onEvent: () => {},
        fetch: async () => {
          throw new TypeError('Failed to fetch');
        },
      },
    );
    expect(result).toEqual({ ok: false, reason: { kind: 'network', message: 'Failed to fetch' } });
  });

  it('reports an incomplete answer when the stream ends before answer-end', async () => {
    const seen: string[] = [];
    const result = await streamChat(
      { question: 'Wat kost het?' },
      {
        onEvent: (event) => seen.push(event.event),
        fetch: async () => streamed([sse('sources', sourcesEvent())]),
      },
    );
    expect(seen).toEqual(['sources']);
    expect(result).toEqual({ ok: false, reason: { kind: 'incomplete' } });
  });

  it('reports aborted when the reader stops the answer', async () => {
    const controller = new AbortController();
    const result = await streamChat(
      { question: 'Wat kost het?' },
      {
        signal: controller.signal,
        onEvent: () => {},
        fetch: async (_url, init) => {
          const body = new ReadableStream<Uint8Array>({
            start(stream) {
              stream.enqueue(new TextEncoder().encode(sse('sources', sourcesEvent())));
              init?.signal?.addEventListener('abort', () =>
                stream.error(new DOMException('aborted', 'AbortError')),
              );
              controller.abort();
            },
          });
          return new Response(body);
        },
      },
    );
    expect(result).toEqual({ ok: false, reason: { kind: 'aborted' } });
  });
});

describe('toChatStreamEvent', () => {
  it('skips unknown events and data that is not a JSON object', () => {
    expect(toChatStreamEvent('ping', '{}')).toBeNull();
    expect(toChatStreamEvent('sources', 'not json')).toBeNull();
    expect(toChatStreamEvent('sources', '"a string"')).toBeNull();
    expect(toChatStreamEvent(undefined, '{}')).toBeNull();
    expect(
      toChatStreamEvent('error', '{"type":"error","code":"model_timeout","message":"te traag"}'),
    ).toEqual({
      event: 'error',
      data: { type: 'error', code: 'model_timeout', message: 'te traag' },
    });
  });
});
