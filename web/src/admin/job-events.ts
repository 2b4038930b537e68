/**
 * GET /api/admin/jobs/:id/events read as Server-Sent Events: `snapshot`, then `progress` (throttled by the
 * server), then `done`. fetch + eventsource-parser as in the chat, so it can be aborted and faked in tests;
 * the job store reconnects when the stream drops before `done`.
 */
import { createParser } from 'eventsource-parser';
import type { AdminJob, JobEventName } from '../../../server/api-types.ts';
import { httpFailure, networkFailure, type ApiFailure } from '../api/client.ts';
import { fail, ok, type Result } from '../result.ts';

export interface JobEvent {
  event: JobEventName;
  job: AdminJob;
}

export type JobStreamFailure =
  | ApiFailure
  /** The stream closed before `done`: the connection or the server went away. */
  | { kind: 'incomplete' };

export interface StreamJobEventsOptions {
  onEvent: (event: JobEvent) => void;
  signal?: AbortSignal;
  fetch?: typeof fetch;
  baseUrl?: string;
}

const eventNames = new Set<string>(['snapshot', 'progress', 'done']);

/** One SSE message as a job event; unknown names and data that is not a job are skipped. */
export function toJobEvent(name: string | undefined, data: string): JobEvent | null {
  if (name === undefined || !eventNames.has(name)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || typeof (parsed as { id?: unknown }).id !== 'string')
    return null;
  return { event: name as JobEventName, job: parsed as AdminJob };
}

/** Resolves when the stream ends: ok with the final job once `done` arrived, else why not. Never throws. */
export async function streamJobEvents(
  jobId: string,
  options: StreamJobEventsOptions,
): Promise<Result<AdminJob, JobStreamFailure>> {
  const fetchImplementation = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const { signal } = options;
  let response: Response;
  try {
    response = await fetchImplementation(
      `${options.baseUrl ?? ''}/api/admin/jobs/${encodeURIComponent(jobId)}/events`,
      { headers: { accept: 'text/event-stream' }, signal: signal ?? null },
    );
  } catch (error) {
    return fail(networkFailure(error, signal));
  }
  if (!response.ok) return fail(await httpFailure(response));
  if (!response.body) return fail({ kind: 'incomplete' });

  const received: { done: AdminJob | null } = { done: null };
  const parser = createParser({
    onEvent(message) {
      const event = toJobEvent(message.event, message.data);
      if (event === null) return;
      if (event.event === 'done') received.done = event.job;
      options.onEvent(event);
    },
  });
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  try {
    for (;;) {
      const { done: ended, value } = await reader.read();
      if (ended) break;
      parser.feed(value);
    }
  } catch (error) {
    return fail(networkFailure(error, signal));
  } finally {
    reader.releaseLock();
  }
  if (signal?.aborted) return fail({ kind: 'aborted' });
  return received.done === null ? fail({ kind: 'incomplete' }) : ok(received.done);
}
