/**
 * Parsing runs in worker threads: pdf.js and mammoth on a damaged file may loop, recurse or eat memory, and
 * that must cost one file, not the run. Each worker has a heap limit; each file has a time limit, and a
 * worker that hits either is thrown away and replaced.
 */
import { stat } from 'node:fs/promises';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { SourceFile } from '../types.ts';
import { errorMessage, failure, type ParseResult } from './blocks.ts';
import type { ParseTask } from './parse-worker.ts';
import { createSlots } from './slots.ts';

export interface ParsePoolOptions {
  /** Files parsed at the same time. Default 2. */
  workers?: number;
  /** Longest time one file may take, measured from when a worker starts on it. Default 60 s. */
  timeoutMs?: number;
  /** Heap limit of each worker. Default 512 MB. */
  maxMemoryMb?: number;
  /** Larger files are skipped without being read. Default 200 MB. */
  maxFileBytes?: number;
}

export interface ParsePool {
  /**
   * Resolves with the document or the reason there is none; it does not reject for anything a file does.
   * Rejects with the signal's reason when `signal` aborts, since a cancelled run is not a property of the file.
   */
  parse(file: SourceFile, options?: { signal?: AbortSignal }): Promise<ParseResult>;
  close(): Promise<void>;
}

const megabyte = 1024 * 1024;
/** Starting a worker (TypeScript loader, pdf.js) takes about half a second; this only catches one that hangs. */
const startupLimitMs = 30_000;
const closedReason = 'niet gelezen: de verwerking is gestopt';

/** Dutch writes a decimal comma: "0,2 s", "12,5 MB". */
const dutchNumber = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1, useGrouping: false }).format;

const formatMegabytes = (bytes: number): string => `${dutchNumber(bytes / megabyte)} MB`;

const isOutOfMemory = (error: unknown): boolean =>
  (error as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';

async function refuseBySize(file: SourceFile, maxFileBytes: number): Promise<ParseResult | undefined> {
  let size: number;
  try {
    size = (await stat(file.absolutePath)).size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return failure('failed', `niet leesbaar: ${code ?? errorMessage(error)}`);
  }
  if (size === 0) return failure('skipped', 'leeg bestand');
  if (size > maxFileBytes) {
    return failure(
      'skipped',
      `bestand is ${formatMegabytes(size)}, groter dan de grens van ${formatMegabytes(maxFileBytes)}`,
    );
  }
  return undefined;
}

export function createParsePool(options: ParsePoolOptions = {}): ParsePool {
  const { workers = 2, timeoutMs = 60_000, maxMemoryMb = 512, maxFileBytes = 200 * megabyte } = options;
  const piscina = new Piscina<ParseTask, ParseResult>({
    filename: new URL('./worker.mjs', import.meta.url).href,
    minThreads: 0,
    maxThreads: workers,
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb },
  });
  // Files wait here rather than in piscina's queue: at most one file per worker is handed over at a time.
  const slots = createSlots(workers);
  let closed = false;

  const whyItStopped = (error: unknown, limit: AbortSignal): string => {
    if (limit.reason === 'time limit') return `lezen duurde langer dan ${dutchNumber(timeoutMs / 1000)} s`;
    if (limit.aborted) return `leesproces startte niet binnen ${dutchNumber(startupLimitMs / 1000)} s`;
    if (isOutOfMemory(error)) return `gebruikte meer dan ${dutchNumber(maxMemoryMb)} MB geheugen`;
    return closed ? closedReason : `leesproces onverwacht gestopt: ${errorMessage(error)}`;
  };

  const runTask = async (task: ParseTask, signal: AbortSignal | undefined): Promise<ParseResult> => {
    const limit = new AbortController();
    const { port1, port2 } = new MessageChannel();
    // The clock for the file starts when the worker begins on it; a worker that never starts is caught too.
    let timer = setTimeout(() => limit.abort('start-up'), startupLimitMs);
    port1.once('message', () => {
      clearTimeout(timer);
      timer = setTimeout(() => limit.abort('time limit'), timeoutMs);
    });
    try {
      return await piscina.run(
        { ...task, startedPort: port2 },
        { transferList: [port2], signal: signal ? AbortSignal.any([signal, limit.signal]) : limit.signal },
      );
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      return failure('failed', whyItStopped(error, limit.signal));
    } finally {
      clearTimeout(timer);
      port1.close();
    }
  };

  return {
    async parse(file, { signal } = {}) {
      signal?.throwIfAborted();
      if (closed) return failure('failed', closedReason);
      const refused = await refuseBySize(file, maxFileBytes);
      if (refused) return refused;
      const task: ParseTask = { absolutePath: file.absolutePath, fileName: file.relativePath };
      return slots.run(() => runTask(task, signal), signal);
    },
    async close() {
      closed = true;
      await piscina.destroy();
    },
  };
}
