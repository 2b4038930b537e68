/**
 * GET /api/admin/jobs/:id/events read as Server-Sent Events: `snapshot`, then `progress` (throttled by the
 * server), then `done`. fetch + eventsource-parser as in the chat, so it can be aborted and faked in tests;
 * the job store reconnects when the stream drops before `done`.
 */
import type { AdminJob, JobEventName } from '../../../server/contract/index.ts';
import { readEventStream, type EventStreamFailure } from '../api/event-stream.ts';
import { fail, ok, type Result } from '../result.ts';
import { adminRoutesClient } from './admin-routes-client.ts';

export interface JobEvent {
  event: JobEventName;
  job: AdminJob;
}

/** `incomplete`: the stream closed before `done`, the connection or the server went away. */
export type JobStreamFailure = EventStreamFailure;

export interface StreamJobEventsOptions {
  onEvent: (event: JobEvent) => void;
  signal?: AbortSignal;
  fetch?: typeof fetch;
  baseUrl?: string;
}

// Every event the contract names, and only those: a new one does not compile until it is listed here.
const eventNames: Record<JobEventName, true> = { snapshot: true, progress: true, done: true };

/** One SSE message as a job event; unknown names and data that is not a job are skipped. */
export function toJobEvent(name: string | undefined, data: string): JobEvent | null {
  if (name === undefined || !Object.hasOwn(eventNames, name)) return null;
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
  const client = adminRoutesClient(options);
  let done: AdminJob | null = null;
  const read = await readEventStream(
    () =>
      client.jobs[':id'].events.$get(
        { param: { id: encodeURIComponent(jobId) } },
        { headers: { accept: 'text/event-stream' }, init: { signal: options.signal ?? null } },
      ) as Promise<Response>,
    (name, data) => {
      const event = toJobEvent(name, data);
      if (event === null) return;
      if (event.event === 'done') done = event.job;
      options.onEvent(event);
    },
    options.signal,
  );
  if (!read.ok) return read;
  return done === null ? fail({ kind: 'incomplete' }) : ok(done);
}
