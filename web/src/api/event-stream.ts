import { createParser } from 'eventsource-parser';
import { fail, ok, type Result } from '../result.ts';
import { httpFailure, networkFailure, type ApiFailure } from './client.ts';

export type EventStreamFailure =
  | ApiFailure
  /** The stream closed before its final event: the connection or the server went away. */
  | { kind: 'incomplete' };

/**
 * Opens a Server-Sent Events response and hands each message to `onMessage` until the stream ends.
 * Whether the stream ended *complete* is the caller's to judge (it knows its final event). Never throws.
 */
export async function readEventStream(
  open: () => Promise<Response>,
  onMessage: (name: string | undefined, data: string) => void,
  signal?: AbortSignal,
): Promise<Result<void, EventStreamFailure>> {
  let response: Response;
  try {
    response = await open();
  } catch (error) {
    return fail(networkFailure(error, signal));
  }
  if (!response.ok) return fail(await httpFailure(response));
  if (!response.body) return fail({ kind: 'incomplete' });
  const parser = createParser({ onEvent: (message) => onMessage(message.event, message.data) });
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
  return ok(undefined);
}
