/**
 * POST /api/chat and read its Server-Sent Events from the response body. EventSource cannot POST, so this
 * is fetch + a ReadableStream, with eventsource-parser doing the `event:`/`data:` framing.
 */
import { createParser } from 'eventsource-parser';
import type {
  AnswerEndEvent,
  ChatRequestBody,
  CitationEvent,
  ErrorEvent,
  SourcesEvent,
  TextDeltaEvent,
} from '../../../server/api-types.ts';
import { httpFailure, networkFailure, type ApiFailure } from '../api/client.ts';
import { fail, ok, type Result } from '../result.ts';

export type ChatStreamEvent =
  | { event: 'sources'; data: SourcesEvent }
  | { event: 'text-delta'; data: TextDeltaEvent }
  | { event: 'citation'; data: CitationEvent }
  | { event: 'error'; data: ErrorEvent }
  | { event: 'answer-end'; data: AnswerEndEvent };

export type ChatStreamFailure =
  | ApiFailure
  /** The stream closed before `answer-end`: the connection dropped mid-answer. */
  | { kind: 'incomplete' };

export interface StreamChatOptions {
  onEvent: (event: ChatStreamEvent) => void;
  signal?: AbortSignal;
  fetch?: typeof fetch;
  url?: string;
}

const knownEvents = new Set<ChatStreamEvent['event']>([
  'sources',
  'text-delta',
  'citation',
  'error',
  'answer-end',
]);

/** One SSE message as a typed event; unknown events and data that is not a JSON object are skipped. */
export function toChatStreamEvent(name: string | undefined, data: string): ChatStreamEvent | null {
  if (name === undefined || !knownEvents.has(name as ChatStreamEvent['event'])) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  return { event: name, data: parsed } as ChatStreamEvent;
}

/** Resolves when the stream ends: ok once `answer-end` arrived, else why not. Never throws. */
export async function streamChat(
  body: ChatRequestBody,
  options: StreamChatOptions,
): Promise<Result<AnswerEndEvent, ChatStreamFailure>> {
  const fetchImplementation = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const { signal } = options;
  let response: Response;
  try {
    response = await fetchImplementation(options.url ?? '/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify(body),
      signal: signal ?? null,
    });
  } catch (error) {
    return fail(networkFailure(error, signal));
  }
  if (!response.ok) return fail(await httpFailure(response));
  if (!response.body) return fail({ kind: 'incomplete' });

  const received: { end: AnswerEndEvent | null } = { end: null };
  const parser = createParser({
    onEvent(message) {
      const event = toChatStreamEvent(message.event, message.data);
      if (event === null) return;
      if (event.event === 'answer-end') received.end = event.data;
      options.onEvent(event);
    },
  });
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parser.feed(value);
    }
  } catch (error) {
    return fail(networkFailure(error, signal));
  } finally {
    reader.releaseLock();
  }
  if (signal?.aborted) return fail({ kind: 'aborted' });
  return received.end === null ? fail({ kind: 'incomplete' }) : ok(received.end);
}
