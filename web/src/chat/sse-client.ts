/**
 * POST /api/chat and read its Server-Sent Events from the response body. EventSource cannot POST, so this
 * is fetch + a ReadableStream, with eventsource-parser doing the `event:`/`data:` framing.
 */
import { hc } from 'hono/client';
import type {
  AnswerEndEvent,
  ChatEventName,
  ChatEvents,
  ChatRequestBody,
  ChatRoutes,
} from '../../../server/contract/index.ts';
import { clientFetch } from '../api/client.ts';
import { readEventStream, type EventStreamFailure } from '../api/event-stream.ts';
import { fail, ok, type Result } from '../result.ts';

/** One event of the chat stream, its data typed by the contract's schema for that event. */
export type ChatStreamEvent = {
  [Name in ChatEventName]: { event: Name; data: ChatEvents[Name] };
}[ChatEventName];

/** `incomplete`: the stream closed before `answer-end`, the connection dropped mid-answer. */
export type ChatStreamFailure = EventStreamFailure;

export interface StreamChatOptions {
  onEvent: (event: ChatStreamEvent) => void;
  signal?: AbortSignal;
  fetch?: typeof fetch;
  url?: string;
}

// A record, not a list: the compiler insists on every event the contract names, and on no other.
const knownEvents: Record<ChatEventName, true> = {
  sources: true,
  'text-delta': true,
  citation: true,
  error: true,
  'answer-end': true,
};

/** One SSE message as a typed event; unknown events and data that is not a JSON object are skipped. */
export function toChatStreamEvent(name: string | undefined, data: string): ChatStreamEvent | null {
  if (name === undefined || !Object.hasOwn(knownEvents, name)) return null;
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
  const chat = hc<ChatRoutes>(options.url ?? '/api/chat', { fetch: clientFetch(options) });
  let end: AnswerEndEvent | null = null;
  const read = await readEventStream(
    async () =>
      // hc's typed response is the fetch Response at run time; the stream is read as such.
      (await chat.index.$post(
        { json: body },
        { headers: { accept: 'text/event-stream' }, init: { signal: options.signal ?? null } },
      )) as unknown as Response,
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
