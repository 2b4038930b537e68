import { describe, expect, it } from 'vitest';
import { adminJob, runningJob } from './test-support/admin-fixtures.ts';
import { streamJobEvents, toJobEvent, type JobEvent } from './job-events.ts';

const sse = (event: string, data: unknown) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

function streamed(text: string, size: number): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let index = 0; index < text.length; index += size)
        controller.enqueue(encoder.encode(text.slice(index, index + size)));
      controller.close();
    },
  });
  return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
}

describe('streamJobEvents', () => {
  it('reads snapshot, progress and done in order, even when cut mid-line', async () => {
    const running = runningJob();
    const done = adminJob();
    const wire = sse('snapshot', running) + ': heartbeat\n\n' + sse('progress', running) + sse('done', done);
    const seen: JobEvent[] = [];
    const urls: string[] = [];
    const result = await streamJobEvents(done.id, {
      onEvent: (event) => seen.push(event),
      fetch: async (url) => (urls.push(String(url)), streamed(wire, 5)),
    });
    expect(seen.map((event) => event.event)).toEqual(['snapshot', 'progress', 'done']);
    expect(seen[1]?.job.progress?.filesDone).toBe(5);
    expect(result).toEqual({ ok: true, value: done });
    expect(urls).toEqual([`/api/admin/jobs/${done.id}/events`]);
  });

  it('says the stream was incomplete when it ends before done', async () => {
    const result = await streamJobEvents('x', {
      onEvent: () => {},
      fetch: async () => streamed(sse('snapshot', runningJob()), 50),
    });
    expect(result).toEqual({ ok: false, reason: { kind: 'incomplete' } });
  });

  it("keeps the server's message for a refused stream", async () => {
    const result = await streamJobEvents('x', {
      onEvent: () => {},
      fetch: async () =>
        new Response(JSON.stringify({ error: { code: 'forbidden', message: 'Alleen beheerders.' } }), {
          status: 403,
        }),
    });
    expect(result).toEqual({
      ok: false,
      reason: { kind: 'http', status: 403, code: 'forbidden', message: 'Alleen beheerders.' },
    });
  });
});

describe('toJobEvent', () => {
  it('skips unknown events and data that is not a job', () => {
    expect(toJobEvent('ping', '{"id":"x"}')).toBeNull();
    expect(toJobEvent('progress', 'not json')).toBeNull();
    expect(toJobEvent('progress', '{"status":"running"}')).toBeNull();
    expect(toJobEvent('done', '{"id":"x"}')).toEqual({ event: 'done', job: { id: 'x' } });
  });
});
