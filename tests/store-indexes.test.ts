import path from 'node:path';
import * as lancedb from '@lancedb/lancedb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dutchFtsOptions } from '../ingest/dutch/index.ts';
import { documentId } from '../ingest/records.ts';
import { openLanceStore, type SearchableStore } from '../ingest/store/index.ts';
import type { ChunkRecord, DocumentRecord } from '../ingest/types.ts';
import { makeTempDir } from './support/paths.ts';

const dimensions = 8;
const documents = 200;
const chunksPerDocument = 55; // 11,000 chunks: past the size at which the store builds a vector index

function unit(seed: number): Float32Array {
  const vector = new Float32Array(dimensions);
  for (let index = 0; index < dimensions; index++) vector[index] = Math.sin(seed * 12.9898 + index * 78.233);
  const norm = Math.hypot(...vector);
  return vector.map((value) => value / norm);
}

/** The indexes the store adds on its own once a knowledge base grows, and that search still answers right. */
describe('store indexes at scale', () => {
  let work: { dir: string; remove: () => Promise<void> };
  let store: SearchableStore;

  beforeAll(async () => {
    work = await makeTempDir('indexes');
    store = await openLanceStore({ uri: path.join(work.dir, 'index'), ftsOptions: dutchFtsOptions });
    await store.resetChunks(dimensions);
    await store.writeIndexInfo({
      embeddingModel: 'test/model',
      embeddingRevision: 'r1',
      dimensions,
      lexicalReason: null,
      chunking: { maxTokens: 256, overlapTokens: 40, tokenizer: 'test' },
      updatedAt: new Date(),
    });
    const writes = [];
    for (let number = 0; number < documents; number++) {
      const id = documentId('bron', `doc-${number}.md`);
      const groups = number === 0 ? ['geheim'] : ['medewerkers'];
      const document: DocumentRecord = {
        id,
        source: 'bron',
        relativePath: `doc-${number}.md`,
        title: `Document ${number}`,
        format: 'markdown',
        sizeBytes: 100,
        modifiedAt: new Date(0),
        contentHash: `hash-${number}`,
        status: 'indexed',
        reason: '',
        pageCount: 0,
        chunkCount: chunksPerDocument,
        chunkSet: 'set-1',
        accessGroups: groups,
        text: '',
        indexedAt: new Date(0),
      };
      const chunks: ChunkRecord[] = Array.from({ length: chunksPerDocument }, (_, ordinal) => ({
        id: `${id}:set-1:${ordinal}`,
        documentId: id,
        chunkSet: 'set-1',
        ordinal,
        text: `passage ${number}-${ordinal} over parkeren`,
        searchText: `passage ${number}-${ordinal} over parkeren`,
        start: 0,
        end: 10,
        headingPath: [],
        tokenCount: 5,
        source: 'bron',
        relativePath: `doc-${number}.md`,
        title: `Document ${number}`,
        format: 'markdown',
        modifiedAt: new Date(0),
        contentHash: `hash-${number}`,
        accessGroups: groups,
        vector: unit(number * 1000 + ordinal),
      }));
      writes.push({ document, chunks });
    }
    await store.commit(writes, 'set-1');
    await store.finishRun({ changed: true });
  }, 180_000);

  afterAll(async () => {
    await store?.close();
    await work?.remove();
  });

  it('builds full-text, access-group and vector indexes', async () => {
    const connection = await lancedb.connect(path.join(work.dir, 'index'));
    const names = await connection.tableNames();
    const chunkTable = await connection.openTable(
      names.find((name) => name.startsWith('chunks')) ?? 'chunks',
    );
    const indexed = (await chunkTable.listIndices()).map((index) => index.columns.join(','));
    expect(indexed).toEqual(expect.arrayContaining(['search_text', 'access_groups', 'vector']));
    connection.close();
  });

  it('finds the nearest passage through the vector index and keeps the access filter', async () => {
    const target = unit(5 * 1000 + 7);
    const [best] = await store.searchVector(target, { filter: { accessGroups: ['medewerkers'] }, limit: 5 });
    expect(best?.chunk.id).toBe(`${documentId('bron', 'doc-5.md')}:set-1:7`);
    const secret = unit(0 * 1000 + 3);
    const visible = await store.searchVector(secret, {
      filter: { accessGroups: ['medewerkers'] },
      limit: 20,
    });
    expect(visible.every((hit) => hit.chunk.documentId !== documentId('bron', 'doc-0.md'))).toBe(true);
  });
});
