/**
 * A ChatModel behind any OpenAI-compatible endpoint (vLLM, Ollama, an on-premise GPT-NL, Mistral),
 * through the `openai` client: it does the HTTP and the SSE parsing; this file adds the time
 * limits and turns every failure into a ModelError.
 */
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { z } from 'zod';
import { fail, ok } from '../../ingest/result.ts';
import type { ChatModelConfig } from '../config.ts';
import type { ChatModel, ChatStreamOptions } from './chat-model.ts';
import { Deadlines } from './deadlines.ts';
import { ModelError } from './model-error.ts';
import type { ChatMessage, TokenUsage } from './types.ts';

const chunkSchema = z
  .object({
    choices: z
      .array(z.object({ delta: z.object({ content: z.string().nullish() }).nullish() }).loose())
      .optional(),
    usage: z
      .object({ prompt_tokens: z.number().optional(), completion_tokens: z.number().optional() })
      .loose()
      .nullish(),
  })
  .loose()
  .refine(
    (chunk) => chunk.choices !== undefined || chunk.usage != null,
    'chunk zonder choices en zonder usage',
  );

interface ChunkContent {
  text: string;
  usage: TokenUsage | null;
}

function readChunk(chunk: unknown): ChunkContent {
  const parsed = chunkSchema.safeParse(chunk);
  if (!parsed.success) {
    throw new ModelError(
      'model_malformed',
      `Het taalmodel stuurde een onleesbaar stuk: ${parsed.error.issues[0]?.message ?? 'onbekende vorm'}.`,
    );
  }
  const { choices, usage } = parsed.data;
  return {
    text: choices?.[0]?.delta?.content ?? '',
    usage: usage ? { promptTokens: usage.prompt_tokens, completionTokens: usage.completion_tokens } : null,
  };
}

const clip = (text: string, max = 200): string => (text.length > max ? `${text.slice(0, max)}…` : text);

function causeCode(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    const code = (current as Error & { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = current.cause;
  }
  return null;
}

/** Any failure of the client, mapped to what went wrong from the reader's point of view. */
export function toModelError(error: unknown, endpoint: string): ModelError {
  if (error instanceof ModelError) return error;
  if (error instanceof APIConnectionTimeoutError) {
    return new ModelError('model_timeout', `Het taalmodel op ${endpoint} reageerde niet op tijd.`);
  }
  // Only a caller's signal aborts a request here (the stream maps its own deadlines first): a health check's time limit.
  if (error instanceof APIUserAbortError) {
    return new ModelError(
      'model_timeout',
      `Het taalmodel op ${endpoint} reageerde niet binnen de gestelde tijd.`,
    );
  }
  if (error instanceof APIConnectionError) {
    const code = causeCode(error.cause);
    return new ModelError(
      'model_unreachable',
      `Het taalmodel op ${endpoint} is niet bereikbaar${code ? ` (${code})` : ''}.`,
    );
  }
  if (error instanceof APIError && typeof error.status === 'number') {
    return new ModelError(
      'model_http',
      `Het taalmodel antwoordde met HTTP ${error.status}: ${clip(error.message)}`,
      error.status,
    );
  }
  if (error instanceof APIError) {
    return new ModelError('model_http', `Het taalmodel meldde een fout: ${clip(error.message)}`);
  }
  if (error instanceof SyntaxError) {
    return new ModelError(
      'model_malformed',
      `Het taalmodel stuurde geen geldige JSON: ${clip(error.message)}`,
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ModelError('model_malformed', `Onverwachte fout van het taalmodel: ${clip(message)}`);
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

async function* streamAnswer(
  client: OpenAI,
  config: ChatModelConfig,
  endpoint: string,
  messages: ChatMessage[],
  options: ChatStreamOptions,
): AsyncGenerator<string> {
  const deadlines = new Deadlines(config, options.signal);
  // After an abort the client ends the stream quietly; this says why, so it is never mistaken for a finished answer.
  const failure = (error?: unknown): unknown => {
    if (options.signal?.aborted) return abortReason(options.signal);
    return deadlines.fired ?? (error === undefined ? null : toModelError(error, endpoint));
  };
  try {
    deadlines.expectFirstToken();
    let stream: AsyncIterable<unknown>;
    try {
      stream = await client.chat.completions.create(
        {
          model: config.model,
          messages,
          stream: true,
          stream_options: { include_usage: true },
          max_tokens: config.maxTokens,
          temperature: config.temperature,
        },
        { signal: deadlines.signal },
      );
    } catch (error) {
      throw failure(error);
    }
    try {
      for await (const chunk of stream) {
        const { text, usage } = readChunk(chunk);
        if (usage !== null) options.onUsage?.(usage);
        if (text === '') continue;
        deadlines.pause();
        yield text;
        deadlines.expectNextToken();
      }
    } catch (error) {
      throw failure(error);
    }
    const stopped = failure();
    if (stopped !== null) throw stopped;
  } finally {
    deadlines.dispose();
  }
}

export function createOpenAiChatModel(config: ChatModelConfig): ChatModel {
  const endpoint = new URL(config.baseUrl).host;
  const client = new OpenAI({
    baseURL: config.baseUrl,
    apiKey: config.apiKey,
    // A retry would restart the answer the reader is waiting for; the fallback is the sources.
    maxRetries: 0,
    timeout: config.totalTimeoutMs,
    // The client would print unparsable chunks to the console; they become a ModelError instead.
    logLevel: 'off',
  });
  return {
    name: config.name,
    endpointName: endpoint,
    modelId: config.model,
    stream: (messages, options = {}) => streamAnswer(client, config, endpoint, messages, options),
    async ping({ signal, timeoutMs = 5_000 } = {}) {
      const started = performance.now();
      const latency = (): number => Math.round(performance.now() - started);
      try {
        const page = await client.models.list({ timeout: timeoutMs, ...(signal ? { signal } : {}) });
        return ok({
          latencyMs: latency(),
          modelListed: page.data.some((model) => model.id === config.model),
        });
      } catch (error) {
        // Some servers answer chat but have no model list; reaching them is what counts.
        if (error instanceof APIError && (error.status === 404 || error.status === 405)) {
          return ok({ latencyMs: latency(), modelListed: null });
        }
        const failure = toModelError(error, endpoint);
        const status = failure.status !== undefined ? { status: failure.status } : {};
        return fail({ code: failure.kind, ...status, cause: failure });
      }
    },
  };
}
