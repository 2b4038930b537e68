import path from 'node:path';
import pino from 'pino';
import { createDutchAnalyzer } from '../../ingest/dutch/index.ts';
import type { Embedder } from '../../ingest/embed/embedder.ts';
import type { SourceConfig } from '../../ingest/types.ts';
import type { ChatModel } from '../../server/answer/index.ts';
import { createApp } from '../../server/app.ts';
import type { User } from '../../server/http/types.ts';
import { createKnowledgeNotes, openNotesDatabase, type KnowledgeNotes } from '../../server/notes/index.ts';
import { openAnswerStore, type AnswerStore } from '../../server/provenance/answer-store.ts';
import { pseudonymize } from '../../server/provenance/pseudonym.ts';
import { createRetriever } from '../../server/retrieval/index.ts';
import { openHarness, type Harness } from './ingest-harness.ts';

export function testUser(id: string, groups: string[], roles: string[] = ['medewerker']): User {
  return { id, pseudonym: pseudonymize(id, 'test-key-0123456789'), groups, roles };
}

export interface TestServer {
  harness: Harness;
  answers: AnswerStore;
  /** Knowledge notes over SQLite in `dir/notes.sqlite`, writing into the same knowledge base. */
  notes: KnowledgeNotes;
  /** A request as `user` would make it. */
  request(user: User, url: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

/** The real app over a real knowledge base in `dir`, with the user chosen per request. */
export async function openTestServer(
  dir: string,
  sources: SourceConfig[],
  options: {
    embedder?: Embedder | null;
    chatModels?: ChatModel[];
    defaultChatModel?: string | null;
    /** The clock of the notes (review dates, publication dates). */
    now?: () => Date;
  } = {},
): Promise<TestServer> {
  const embedder = options.embedder ?? null;
  const harness = await openHarness(dir, { embedder });
  const run = await harness.ingest(sources);
  if (run.job.status !== 'completed') throw new Error(`test ingest failed: ${run.job.error}`);
  const answers = await openAnswerStore({ file: path.join(dir, 'answers.sqlite') });
  const analyzer = createDutchAnalyzer();
  let currentUser: User = testUser('niemand', []);
  const notes = createKnowledgeNotes({
    database: openNotesDatabase(path.join(dir, 'notes.sqlite')),
    knowledgeBase: {
      store: harness.store,
      embedder,
      searchText: (fields) => analyzer.searchText(fields),
    },
    documents: harness.store as Parameters<typeof createApp>[0]['store'],
    answers,
    pseudonymize: (userId) => testUser(userId, []).pseudonym,
    now: options.now,
  });
  const app = createApp({
    store: harness.store as Parameters<typeof createApp>[0]['store'],
    answers,
    retriever: createRetriever({
      store: harness.store as never,
      embedder,
      queryText: (query) => analyzer.queryText(query),
    }),
    embedder,
    lexicalReason: embedder ? null : 'test zonder model',
    chatModels: options.chatModels ?? [],
    defaultChatModel: options.defaultChatModel ?? options.chatModels?.[0]?.name ?? null,
    identify: () => currentUser,
    sourceRoots: async () => new Map(sources.map((source) => [source.name, source.root])),
    topK: 8,
    logger: pino({ level: 'silent' }),
    webRoot: null,
    notes,
  });
  return {
    harness,
    answers,
    notes,
    async request(user, url, init) {
      currentUser = user;
      return app.request(url, init);
    },
    async close() {
      notes.close();
      await answers.close();
      await harness.close();
    },
  };
}

export interface SseEvent {
  event: string;
  data: unknown;
}

/** Reads a whole SSE response into events (the API's own framing: `event:` + one JSON `data:` line). */
export async function readSse(response: Response): Promise<SseEvent[]> {
  const text = await response.text();
  const events: SseEvent[] = [];
  for (const block of text.split(/\n\n+/)) {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
    }
    if (data.length > 0) events.push({ event, data: JSON.parse(data.join('\n')) });
  }
  return events;
}

export const chatRequest = (body: Record<string, unknown>): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
