import path from 'node:path';
import pino from 'pino';
import { createDutchAnalyzer, dutchFtsOptions } from '../../ingest/dutch/index.ts';
import type { Embedder } from '../../ingest/embed/embedder.ts';
import { createIngestEngine, type ClosableParser } from '../../ingest/engine.ts';
import { createParsePool, reportedExtensions, supportedExtensions } from '../../ingest/parse/index.ts';
import { openLanceStore, type SearchableStore } from '../../ingest/store/index.ts';
import type { SourceConfig } from '../../ingest/types.ts';
import { openAdminServices, type AdminServices } from '../../server/admin/index.ts';
import type { AdminJob } from '../../server/contract/admin-index.ts';
import { createApp } from '../../server/app.ts';
import type { User } from '../../server/http/types.ts';
import { openAnswerStore, type AnswerStore } from '../../server/provenance/answer-store.ts';
import { createRetriever } from '../../server/retrieval/index.ts';
import { testParseTimeoutMs } from './ingest-harness.ts';
import { testUser } from './test-app.ts';

export const adminUser = testUser('beheerder-1', ['medewerkers'], ['medewerker', 'beheerder']);
export const staffUser = testUser('medewerker-1', ['medewerkers'], ['medewerker', 'expert']);

export interface AdminTestOptions {
  embedder?: Embedder | null;
  builtIn?: SourceConfig[];
  reserved?: string[];
  schedules?: { enabled: boolean; timezone?: string };
  /** Wraps each job's real parse pool, for example to hold files back (see `createGate`). */
  wrapParser?: (parser: ClosableParser) => ClosableParser;
}

export interface AdminTestServer {
  dataDir: string;
  sourcesFile: string;
  store: SearchableStore;
  admin: AdminServices;
  request(user: User, url: string, init?: RequestInit): Promise<Response>;
  /** As admin, JSON in and out. */
  json<T>(method: string, url: string, body?: unknown): Promise<{ status: number; body: T }>;
  /** Polls a job until it is no longer queued or running. */
  waitForJob(id: string, timeoutMs?: number): Promise<AdminJob>;
  /** A graceful server stop: the running job is recorded as interrupted. */
  close(): Promise<void>;
}

/** The real app with the admin console over a knowledge base in `dataDir` (index, sources.json). */
export async function openAdminTestServer(
  dataDir: string,
  options: AdminTestOptions = {},
): Promise<AdminTestServer> {
  const dbUri = path.join(dataDir, 'index');
  const store = await openLanceStore({ uri: dbUri, ftsOptions: dutchFtsOptions });
  const answers: AnswerStore = await openAnswerStore({ file: path.join(dataDir, 'answers.sqlite') });
  const analyzer = createDutchAnalyzer();
  const embedder = options.embedder ?? null;
  const logger = pino({ level: 'silent' });
  const sourcesFile = path.join(dataDir, 'sources.json');
  const engine = createIngestEngine({
    store,
    model: { embedder, lexicalReason: embedder ? null : 'test zonder model' },
    searchText: (fields) => analyzer.searchText(fields),
    logger,
    settings: {
      openParser: () => {
        const pool = createParsePool({ workers: 2, timeoutMs: testParseTimeoutMs });
        return options.wrapParser ? options.wrapParser(pool) : pool;
      },
      supportedExtensions: new Set([...supportedExtensions, ...reportedExtensions]),
      maxFileBytes: 50 * 1024 * 1024,
      concurrency: 3,
    },
  });
  const admin = await openAdminServices({
    engine,
    sourcesFile,
    builtInSources: options.builtIn ?? [],
    reservedSourceNames: options.reserved ?? [],
    dbUri,
    schedules: {
      enabled: options.schedules?.enabled ?? true,
      timezone: options.schedules?.timezone ?? 'UTC',
    },
    searchMode: () => ({ mode: 'lexical', lexicalReason: 'test zonder model' }),
    logger,
  });
  let currentUser: User = staffUser;
  const app = createApp({
    store,
    answers,
    retriever: createRetriever({ store, embedder: null, queryText: (query) => analyzer.queryText(query) }),
    embedder: null,
    lexicalReason: 'test zonder model',
    chatModels: [],
    defaultChatModel: null,
    identify: () => currentUser,
    sourceRoots: async () => new Map(),
    topK: 8,
    logger,
    webRoot: null,
    admin,
  });
  const request = async (user: User, url: string, init?: RequestInit) => {
    currentUser = user;
    return app.request(url, init);
  };
  const server: AdminTestServer = {
    dataDir,
    sourcesFile,
    store,
    admin,
    request,
    async json<T>(method: string, url: string, body?: unknown) {
      const response = await request(adminUser, url, {
        method,
        ...(body === undefined
          ? {}
          : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
      });
      return { status: response.status, body: (await response.json()) as T };
    },
    async waitForJob(id, timeoutMs = 90_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const { body } = await server.json<AdminJob>('GET', `/api/admin/jobs/${id}`);
        if (body.status !== 'queued' && body.status !== 'running') return body;
        if (Date.now() > deadline) throw new Error(`job ${id} still ${body.status} after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async close() {
      await admin.close();
      await answers.close();
      await store.close();
    },
  };
  return server;
}

/**
 * Lets the first `passFirst` files through and holds the rest until `release()` or until the job is
 * cancelled, so a test can stop a job at a known point without timing luck.
 */
export function createGate(passFirst: number) {
  let passed = 0;
  let release!: () => void;
  const opened = new Promise<void>((resolve) => (release = resolve));
  return {
    get passed() {
      return passed;
    },
    release: () => release(),
    wrap(parser: ClosableParser): ClosableParser {
      return {
        async parse(file, parseOptions) {
          if (passed >= passFirst) {
            await new Promise<void>((resolve, reject) => {
              const signal = parseOptions?.signal;
              if (signal?.aborted) return reject(signal.reason);
              const onAbort = () => reject(signal?.reason);
              signal?.addEventListener('abort', onAbort, { once: true });
              // A gate that opens lets go of its listener: the job's signal outlives every file.
              void opened.then(() => {
                signal?.removeEventListener('abort', onAbort);
                resolve();
              });
            });
          } else {
            passed += 1;
          }
          return parser.parse(file, parseOptions);
        },
        close: () => parser.close(),
      };
    },
  };
}

export interface TimedSseEvent {
  event: string;
  data: unknown;
  at: number;
}

/** Reads an SSE response as it arrives, noting when each event came. */
export async function readSseTimed(response: Response): Promise<TimedSseEvent[]> {
  const events: TimedSseEvent[] = [];
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
      }
      if (data.length > 0) events.push({ event, data: JSON.parse(data.join('\n')), at: Date.now() });
    }
  }
  return events;
}
