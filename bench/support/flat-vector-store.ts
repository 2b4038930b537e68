/**
 * The knowledge base's store with vector search forced to a flat (exhaustive) scan, so one run can time
 * flat against indexed search and measure the index's recall. Same filter, columns and limit as the store.
 */
import type * as lancedb from '@lancedb/lancedb';
import {
  chunkFilterSql,
  chunkReadColumns,
  rowToChunk,
  type ScoredChunk,
  type SearchableStore,
} from '../../ingest/store/index.ts';
import type { RetrievalStore } from '../../server/retrieval/index.ts';

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
        .select([...chunkReadColumns, '_distance'])
        .limit(options.limit)
        .toArray();
      return rows.map((row) => ({ chunk: rowToChunk(row), score: 1 - Number(row._distance) }));
    },
  };
}
