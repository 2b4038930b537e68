/**
 * The knowledge base's store with vector search forced to a flat (exhaustive) scan, so one run can time
 * flat against indexed search and measure the index's recall. Same filter, columns and limit as the store.
 */
import type * as lancedb from '@lancedb/lancedb';
import { chunkFilterSql, type ScoredChunk, type SearchableStore } from '../../ingest/store/index.ts';
import type { ChunkRecord, DocumentFormat } from '../../ingest/types.ts';
import type { RetrievalStore } from '../../server/retrieval/index.ts';

const columns = [
  'id',
  'document_id',
  'chunk_set',
  'ordinal',
  'text',
  'char_start',
  'char_end',
  'page_start',
  'page_end',
  'heading_path',
  'token_count',
  'source',
  'relative_path',
  'title',
  'format',
  'modified_ms',
  'content_hash',
  'access_groups',
];

const strings = (value: unknown): string[] => {
  const list = value as { toArray?: () => ArrayLike<unknown> } | unknown[] | null;
  if (Array.isArray(list)) return list.map(String);
  return list && typeof list.toArray === 'function' ? Array.from(list.toArray(), String) : [];
};

function toChunk(row: Record<string, unknown>): ChunkRecord {
  return {
    id: String(row.id),
    documentId: String(row.document_id),
    chunkSet: String(row.chunk_set),
    ordinal: Number(row.ordinal),
    text: String(row.text),
    searchText: '',
    start: Number(row.char_start),
    end: Number(row.char_end),
    pageStart: row.page_start == null ? undefined : Number(row.page_start),
    pageEnd: row.page_end == null ? undefined : Number(row.page_end),
    headingPath: strings(row.heading_path),
    tokenCount: Number(row.token_count),
    source: String(row.source),
    relativePath: String(row.relative_path),
    title: String(row.title),
    format: String(row.format) as DocumentFormat,
    modifiedAt: new Date(Number(row.modified_ms)),
    contentHash: String(row.content_hash),
    accessGroups: strings(row.access_groups),
  };
}

export function withFlatVectorSearch(store: SearchableStore, chunks: lancedb.Table): RetrievalStore {
  return {
    searchLexical: (query, options) => store.searchLexical(query, options),
    readIndexInfo: () => store.readIndexInfo(),
    async searchVector(vector, options): Promise<ScoredChunk[]> {
      const rows = await chunks
        .vectorSearch(Array.from(vector))
        .column('vector')
        .distanceType('cosine')
        .bypassVectorIndex()
        .where(chunkFilterSql(options.filter))
        .select(columns)
        .limit(options.limit)
        .toArray();
      return rows.map((row) => ({ chunk: toChunk(row), score: 1 - Number(row._distance) }));
    },
  };
}
