/**
 * POST /api/chat and read its Server-Sent Events from the response body. EventSource cannot POST, so this
 * is fetch + a ReadableStream, with eventsource-parser doing the `event:`/`data:` framing.
 */
import type {
  AnswerEndEvent,
  ChatRequestBody,
  CitationEvent,
  ErrorEvent,
  SourcesEvent,
  TextDeltaEvent,
} from '../../../server/api-types.ts';
import { readEventStream, type EventStreamFailure } from '../api/event-stream.ts';
import { fail, ok, type Result } from '../result.ts';

export type ChatStreamEvent =
  | { event: 'sources'; data: SourcesEvent }
  | { event: 'text-delta'; data: TextDeltaEvent }
  | { event: 'citation'; data: CitationEvent }
  | { event: 'error'; data: ErrorEvent }
  | { event: 'answer-end'; data: AnswerEndEvent };

/** `incomplete`: the stream closed before `answer-end`, the connection dropped mid-answer. */
export type ChatStreamFailure = EventStreamFailure;

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
  let end: AnswerEndEvent | null = null;
  const read = await readEventStream(
    () =>
      fetchImplementation(options.url ?? '/api/chat', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify(body),
        signal: options.signal ?? null,
      }),
    (name, data) => {
      const event = toChatStreamEvent(name, data);
      if (event === null) return;
      if (event.event === 'answer-end') end = event.data;
      options.onEvent(event);
    },
    options.signal,
  );
  if (!read.ok) return read;
  return end === null ? fail({ kind: 'incomplete' }) : ok(end);
}
