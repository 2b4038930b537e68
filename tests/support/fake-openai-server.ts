/**
 * A small OpenAI-compatible chat server on loopback that streams scripted replies as real SSE:
 * the one test double at the edge of the system. Each request takes the next scripted reply;
 * with none left it answers 500, so a test that forgot to script one fails loudly.
 */
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ScriptedReply {
  /** Text deltas, one SSE chunk each; see `tokensOf`. */
  tokens?: string[];
  /** Anything but 200 answers with a JSON error body and no stream. */
  status?: number;
  /** Wait before sending the status line and headers. */
  headersDelayMs?: number;
  /** Wait after the headers (and the role chunk) before the first text. */
  firstTokenDelayMs?: number;
  tokenDelayMs?: number;
  /** After this many tokens send nothing more, keeping the connection open. */
  stallAfterTokens?: number;
  /** After this many tokens send a chunk that is not JSON, then end. */
  malformedAfterTokens?: number;
  /** Usage for the final chunk; default counts tokens; null sends no usage chunk. */
  usage?: { prompt_tokens: number; completion_tokens: number } | null;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: unknown;
  /** Whether the reply was sent in full (false when the client went away first). */
  completed: boolean;
  /** Resolves when the connection for this request is closed, by either side. */
  closed: Promise<void>;
  /** `performance.now()` when the request arrived (same clock as the test process). */
  receivedAt: number;
}

export interface FakeOpenAiServer {
  /** For `ChatModelConfig.baseUrl`, ends in `/v1`. */
  baseUrl: string;
  port: number;
  requests: RecordedRequest[];
  /** Queues replies for the next chat requests, in order. */
  script(...replies: ScriptedReply[]): void;
  close(): Promise<void>;
}

/** Splits text the way a model streams it: words with their leading space. */
export function tokensOf(text: string): string[] {
  return text.match(/\s*\S+/gu) ?? [];
}

const modelName = 'fake-model';

function chunk(delta: Record<string, unknown>, finishReason: string | null = null): string {
  const body = {
    id: 'chatcmpl-fake',
    object: 'chat.completion.chunk',
    created: 1_700_000_000,
    model: modelName,
    choices: [{ index: 0, delta, finish_reason: finishReason }],
  };
  return `data: ${JSON.stringify(body)}\n\n`;
}

async function readBody(request: http.IncomingMessage): Promise<unknown> {
  const parts: Buffer[] = [];
  for await (const part of request) parts.push(part as Buffer);
  const text = Buffer.concat(parts).toString('utf8');
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

async function play(
  reply: ScriptedReply,
  response: http.ServerResponse,
  signal: AbortSignal,
): Promise<boolean> {
  if (reply.headersDelayMs) await sleep(reply.headersDelayMs, undefined, { signal });
  const status = reply.status ?? 200;
  if (status !== 200) {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({ error: { message: `scripted failure ${status}`, type: 'server_error', code: null } }),
    );
    return true;
  }
  response.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
  });
  response.write(chunk({ role: 'assistant', content: '' }));
  if (reply.firstTokenDelayMs) await sleep(reply.firstTokenDelayMs, undefined, { signal });
  const tokens = reply.tokens ?? [];
  for (const [index, token] of tokens.entries()) {
    if (index === reply.stallAfterTokens) return false;
    if (index === reply.malformedAfterTokens) {
      response.end('data: {"choices": [{"delta": {"content": "onaf\n\n');
      return true;
    }
    if (index > 0 && reply.tokenDelayMs) await sleep(reply.tokenDelayMs, undefined, { signal });
    response.write(chunk({ content: token }));
  }
  if (reply.stallAfterTokens === tokens.length) return false;
  response.write(chunk({}, 'stop'));
  const usage =
    reply.usage === undefined ? { prompt_tokens: 100, completion_tokens: tokens.length } : reply.usage;
  if (usage !== null) {
    const usageChunk = {
      id: 'chatcmpl-fake',
      object: 'chat.completion.chunk',
      created: 1_700_000_000,
      model: modelName,
      choices: [],
      usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
    };
    response.write(`data: ${JSON.stringify(usageChunk)}\n\n`);
  }
  response.end('data: [DONE]\n\n');
  return true;
}

export async function startFakeOpenAiServer(): Promise<FakeOpenAiServer> {
  const queue: ScriptedReply[] = [];
  const requests: RecordedRequest[] = [];

  const server = http.createServer((request, response) => {
    const closed = once(response, 'close').then(() => undefined);
    const record: RecordedRequest = {
      method: request.method ?? 'GET',
      path: request.url ?? '/',
      headers: request.headers,
      body: null,
      completed: false,
      closed,
      receivedAt: performance.now(),
    };
    requests.push(record);
    const stop = new AbortController();
    void closed.then(() => stop.abort());

    void (async () => {
      record.body = await readBody(request);
      if (record.method === 'GET' && record.path === '/v1/models') {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(
          JSON.stringify({
            object: 'list',
            data: [{ id: modelName, object: 'model', created: 0, owned_by: 'test' }],
          }),
        );
        record.completed = true;
        return;
      }
      if (record.method !== 'POST' || record.path !== '/v1/chat/completions') {
        response.writeHead(404, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: { message: 'not found' } }));
        return;
      }
      const reply = queue.shift() ?? { status: 500 };
      record.completed = await play(reply, response, stop.signal);
    })().catch((error: unknown) => {
      // The client going away mid-reply aborts the sleeps; anything else is a bug in this file.
      if (!stop.signal.aborted) throw error;
    });
  });

  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    port,
    requests,
    script: (...replies) => void queue.push(...replies),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}
