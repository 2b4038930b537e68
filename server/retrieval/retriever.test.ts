import { describe, expect, it } from 'vitest';
import type { Embedder } from '../../ingest/embed/embedder.ts';
import type { ScoredChunk, SearchOptions } from '../../ingest/store/index.ts';
import type { ChunkRecord, IndexInfo } from '../../ingest/types.ts';
import { retrieverDefaults } from './defaults.ts';
import { createRetriever } from './retriever.ts';
import type { RetrievalStore, RetrievedPassage } from './types.ts';

function chunk(id: string, text: string, accessGroups = ['medewerkers']): ChunkRecord {
  return {
    id,
    documentId: `doc-${id}`,
    chunkSet: 'run',
    ordinal: 0,
    text,
    start: 0,
    end: text.length,
    headingPath: [],
    tokenCount: 10,
    source: 'bron',
    relativePath: `${id}.md`,
    title: id,
    format: 'markdown',
    modifiedAt: new Date(0),
    contentHash: id,
    accessGroups,
    searchText: '',
  };
}

const indexInfo = (overrides: Partial<IndexInfo> = {}): IndexInfo => ({
  embeddingModel: 'test/model',
  embeddingRevision: 'r1',
  dimensions: 2,
  lexicalReason: null,
  chunking: { maxTokens: 256, overlapTokens: 40, tokenizer: 'test' },
  updatedAt: new Date(0),
  ...overrides,
});

/** Returns fixed hit lists and records what it was asked. */
class FakeStore implements RetrievalStore {
  lexicalCalls: { query: string; options: SearchOptions }[] = [];
  vectorCalls: SearchOptions[] = [];
  constructor(
    private readonly lexical: ScoredChunk[] | Error,
    private readonly vector: ScoredChunk[] | Error,
    private readonly info: IndexInfo | null = indexInfo(),
  ) {}
  async searchLexical(query: string, options: SearchOptions) {
    this.lexicalCalls.push({ query, options });
    if (this.lexical instanceof Error) throw this.lexical;
    return this.lexical;
  }
  async searchVector(_vector: Float32Array, options: SearchOptions) {
    this.vectorCalls.push(options);
    if (this.vector instanceof Error) throw this.vector;
    return this.vector;
  }
  indexInfoReads = 0;
  async readIndexInfo() {
    this.indexInfoReads++;
    return this.info;
  }
}

function fakeEmbedder(options: { fail?: boolean; model?: string } = {}): Embedder & { queries: string[] } {
  const queries: string[] = [];
  return {
    queries,
    info: {
      model: options.model ?? 'test/model',
      revision: 'r1',
      dimensions: 2,
      maxTokens: 512,
      tokenizer: 'x',
    },
    countTokens: (text) => text.length,
    embedPassages: async (texts) => texts.map(() => new Float32Array([1, 0])),
    async embedQuery(text, callOptions) {
      callOptions?.signal?.throwIfAborted();
      queries.push(text);
      if (options.fail) throw new Error('model kapot');
      return new Float32Array([1, 0]);
    },
    close: async () => {},
  };
}

const filter = { accessGroups: ['medewerkers'] };
const parking = chunk('parking', 'De bewonersvergunning voor parkeren kost 120 euro per jaar.');
const visitors = chunk('visitors', 'Bezoekers parkeren met een bezoekersvergunning van de gemeente.');
const waste = chunk('waste', 'Het afval wordt op dinsdag opgehaald in de binnenstad.');
const ids = (passages: RetrievedPassage[]) => passages.map((passage) => passage.chunk.id);

describe('createRetriever', () => {
  it('searches on words only without an embedder and says why', async () => {
    const store = new FakeStore([{ chunk: parking, score: 3 }], [{ chunk: waste, score: 0.9 }]);
    const retriever = createRetriever({
      store,
      embedder: null,
      queryText: (query) => `prepared:${query}`,
      lexicalReason: 'model ontbreekt',
    });
    const result = await retriever.retrieve({ query: 'bewonersvergunning', filter });
    expect(result.mode).toBe('lexical');
    expect(result.lexicalReason).toBe('model ontbreekt');
    expect(store.vectorCalls).toHaveLength(0);
    expect(store.lexicalCalls[0]).toEqual({
      query: 'prepared:bewonersvergunning',
      options: { filter, limit: retrieverDefaults.candidates },
    });
    expect(ids(result.passages)).toEqual(['parking']);
    expect(result.passages[0]).toMatchObject({ lexical: { rank: 1, score: 3 }, coverage: 1, collapsed: [] });
    expect(result.passages[0]!.vector).toBeUndefined();
    expect(result.timings.embedMs).toBeUndefined();
  });

  it('fuses both lists in hybrid mode, chunks in both first', async () => {
    const store = new FakeStore(
      [
        { chunk: visitors, score: 5 },
        { chunk: parking, score: 4 },
      ],
      [
        { chunk: parking, score: 0.8 },
        { chunk: waste, score: 0.3 },
      ],
    );
    const embedder = fakeEmbedder();
    const retriever = createRetriever({ store, embedder, queryText: (query) => query });
    const result = await retriever.retrieve({ query: 'parkeren vergunning', filter });
    expect(result.mode).toBe('hybrid');
    expect(result.lexicalReason).toBeUndefined();
    expect(embedder.queries).toEqual(['parkeren vergunning']);
    expect(ids(result.passages)).toEqual(['parking', 'visitors', 'waste']);
    expect(result.passages[0]).toMatchObject({
      lexical: { rank: 2, score: 4 },
      vector: { rank: 1, similarity: 0.8 },
    });
    expect(result.passages[0]!.score).toBeCloseTo(1 / 62 + 1 / 61, 12);
    expect(store.vectorCalls[0]).toEqual({ filter, limit: retrieverDefaults.candidates });
    expect(result.timings.embedMs).toBeGreaterThanOrEqual(0);
    expect(result.timings.vectorMs).toBeGreaterThanOrEqual(0);
  });

  it('falls back to words when the embedder fails at query time', async () => {
    const store = new FakeStore([{ chunk: parking, score: 3 }], [{ chunk: waste, score: 0.9 }]);
    const retriever = createRetriever({ store, embedder: fakeEmbedder({ fail: true }), queryText: (q) => q });
    const result = await retriever.retrieve({ query: 'bewonersvergunning', filter });
    expect(result.mode).toBe('lexical');
    expect(result.lexicalReason).toContain('model kapot');
    expect(store.vectorCalls).toHaveLength(0);
    expect(ids(result.passages)).toEqual(['parking']);
  });

  it('falls back to words when the vector search fails', async () => {
    const store = new FakeStore([{ chunk: parking, score: 3 }], new Error('geen vectorkolom'));
    const retriever = createRetriever({ store, embedder: fakeEmbedder(), queryText: (q) => q });
    const result = await retriever.retrieve({ query: 'bewonersvergunning', filter });
    expect(result.mode).toBe('lexical');
    expect(result.lexicalReason).toContain('geen vectorkolom');
  });

  it('does not compare vectors of another model or a lexical index', async () => {
    const otherModel = new FakeStore([{ chunk: parking, score: 3 }], [{ chunk: waste, score: 0.9 }]);
    const mismatch = await createRetriever({
      store: otherModel,
      embedder: fakeEmbedder({ model: 'ander/model' }),
      queryText: (q) => q,
    }).retrieve({ query: 'bewonersvergunning', filter });
    expect(mismatch.mode).toBe('lexical');
    expect(mismatch.lexicalReason).toContain('test/model');
    expect(otherModel.vectorCalls).toHaveLength(0);

    const lexicalIndex = new FakeStore(
      [{ chunk: parking, score: 3 }],
      [],
      indexInfo({ embeddingModel: null, dimensions: null, lexicalReason: 'gebouwd zonder model' }),
    );
    const lexical = await createRetriever({
      store: lexicalIndex,
      embedder: fakeEmbedder(),
      queryText: (q) => q,
    }).retrieve({ query: 'bewonersvergunning', filter });
    expect(lexical.lexicalReason).toBe('gebouwd zonder model');
  });

  it('does not compare vectors of other model files, even with the same name and size', async () => {
    const otherFiles = new FakeStore(
      [{ chunk: parking, score: 3 }],
      [{ chunk: waste, score: 0.9 }],
      indexInfo({ embeddingRevision: 'r0' }),
    );
    const result = await createRetriever({
      store: otherFiles,
      embedder: fakeEmbedder(),
      queryText: (q) => q,
    }).retrieve({ query: 'bewonersvergunning', filter });
    expect(result.mode).toBe('lexical');
    expect(result.lexicalReason).toContain('revisie r0');
    expect(otherFiles.vectorCalls).toHaveLength(0);
  });

  it('keeps vector hits and warns when the full-text search fails', async () => {
    const store = new FakeStore(new Error('no inverted index'), [{ chunk: parking, score: 0.7 }]);
    const result = await createRetriever({ store, embedder: fakeEmbedder(), queryText: (q) => q }).retrieve({
      query: 'bewonersvergunning',
      filter,
    });
    expect(result.mode).toBe('hybrid');
    expect(ids(result.passages)).toEqual(['parking']);
    expect(result.warnings).toEqual(['Zoeken op woorden mislukte: no inverted index']);
  });

  it('drops a hit outside the reader’s groups even if the store returns it', async () => {
    const secret = chunk('secret', 'Geheime bewonersvergunning notitie', ['geheim']);
    const store = new FakeStore([{ chunk: secret, score: 9 }], [{ chunk: secret, score: 0.99 }]);
    const result = await createRetriever({ store, embedder: fakeEmbedder(), queryText: (q) => q }).retrieve({
      query: 'bewonersvergunning',
      filter,
    });
    expect(result.passages).toEqual([]);
    expect(result.relevant).toBe(false);
  });

  it('collapses near-duplicates onto the better-ranked chunk', async () => {
    const copy = chunk('copy', parking.text);
    const store = new FakeStore(
      [
        { chunk: parking, score: 3 },
        { chunk: copy, score: 3 },
        { chunk: visitors, score: 1 },
      ],
      [],
    );
    const result = await createRetriever({ store, embedder: null, queryText: (q) => q }).retrieve({
      query: 'parkeren',
      filter,
    });
    expect(ids(result.passages)).toEqual(['parking', 'visitors']);
    expect(result.passages[0]!.collapsed).toEqual(['copy']);
  });

  it('reports an off-topic question as not relevant, with the reason', async () => {
    const store = new FakeStore([{ chunk: waste, score: 0.5 }], []);
    const retriever = createRetriever({ store, embedder: null, queryText: (q) => q });
    const result = await retriever.retrieve({ query: 'Wat is het recept voor appeltaart?', filter });
    expect(result.relevant).toBe(false);
    expect(result.bestCoverage).toBe(0);
    expect(result.irrelevance).toEqual({
      kind: 'low-coverage',
      bestCoverage: 0,
      minCoverage: expect.any(Number),
    });

    const relevant = await createRetriever({
      store: new FakeStore([{ chunk: waste, score: 2 }], []),
      embedder: null,
      queryText: (q) => q,
    }).retrieve({ query: 'Wanneer wordt het afval opgehaald?', filter });
    expect(relevant.relevant).toBe(true);
    expect(relevant.irrelevance).toBeUndefined();
  });

  it('says why when nothing is found or the question has no content words', async () => {
    const empty = await createRetriever({
      store: new FakeStore([], []),
      embedder: null,
      queryText: (q) => q,
    }).retrieve({ query: 'bewonersvergunning', filter });
    expect(empty.relevant).toBe(false);
    expect(empty.irrelevance).toEqual({ kind: 'nothing-found' });

    const noTerms = await createRetriever({
      store: new FakeStore([{ chunk: waste, score: 1 }], []),
      embedder: null,
      queryText: (q) => q,
    }).retrieve({ query: 'Wat is dat?', filter });
    expect(noTerms.relevant).toBe(false);
    expect(noTerms.irrelevance).toEqual({ kind: 'no-search-words' });
  });

  it('lets a reranker reorder, then keeps topK', async () => {
    const store = new FakeStore(
      [
        { chunk: parking, score: 3 },
        { chunk: visitors, score: 2 },
        { chunk: waste, score: 1 },
      ],
      [],
    );
    const seen: string[][] = [];
    const retriever = createRetriever({
      store,
      embedder: null,
      queryText: (q) => q,
      options: {
        topK: 2,
        candidates: 10,
        rerank: async (_query, passages, { topK }) => {
          seen.push([...ids(passages), String(topK)]);
          return [...passages].reverse();
        },
      },
    });
    const result = await retriever.retrieve({ query: 'parkeren', filter });
    expect(seen).toEqual([['parking', 'visitors', 'waste', '2']]);
    expect(ids(result.passages)).toEqual(['waste', 'visitors']);
    expect(result.timings.rerankMs).toBeGreaterThanOrEqual(0);
    expect(store.lexicalCalls[0]!.options.limit).toBe(10);
    expect((await retriever.retrieve({ query: 'parkeren', filter, topK: 1 })).passages).toHaveLength(1);
  });

  it('reads the index description once per maxAge, not per query', async () => {
    const store = new FakeStore([{ chunk: parking, score: 1 }], [{ chunk: parking, score: 0.5 }]);
    const cached = createRetriever({ store, embedder: fakeEmbedder(), queryText: (q) => q });
    await cached.retrieve({ query: 'parkeren', filter });
    await cached.retrieve({ query: 'parkeren', filter });
    expect(store.indexInfoReads).toBe(1);
    const uncached = createRetriever({
      store,
      embedder: fakeEmbedder(),
      queryText: (q) => q,
      options: { indexInfoMaxAgeMs: -1 },
    });
    await uncached.retrieve({ query: 'parkeren', filter });
    await uncached.retrieve({ query: 'parkeren', filter });
    expect(store.indexInfoReads).toBe(3);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const retriever = createRetriever({
      store: new FakeStore([{ chunk: parking, score: 1 }], []),
      embedder: fakeEmbedder(),
      queryText: (q) => q,
    });
    await expect(retriever.retrieve({ query: 'x', filter, signal: controller.signal })).rejects.toThrow();
  });
});
