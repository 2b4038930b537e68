import * as lancedb from '@lancedb/lancedb';
import type { Schema } from 'apache-arrow';
import type { ChunkRecord, DocumentRecord, IndexInfo, JobFileRecord, JobRecord } from '../types.ts';
import { chunkFilterSql, sqlString, sqlStringList } from './filter.ts';
import {
  chunkToRow,
  documentToRow,
  jobFileToRow,
  jobToRow,
  parseIndexInfo,
  rowToChunk,
  rowToDocument,
  rowToJob,
  rowToJobFile,
} from './rows.ts';
import {
  chunksSchema,
  documentsSchema,
  jobFilesSchema,
  jobsSchema,
  metaSchema,
  tableNames,
} from './schema.ts';
import type {
  DocumentSummary,
  DocumentWrite,
  KnowledgeBaseStats,
  RepairReport,
  ScoredChunk,
  SearchableStore,
  SearchOptions,
} from './store.ts';

export interface LanceStoreOptions {
  /** A folder path, or an object-store URI LanceDB understands (s3://…). */
  uri: string;
  /** Options of the full-text index on `search_text` (the Dutch analyser's). */
  ftsOptions: Partial<lancedb.FtsOptions>;
}

// Deleting by id list: keep each filter string well below DataFusion's comfortable size.
const deleteBatchSize = 500;
// Old table versions are kept this long so a server reading during a run never loses its snapshot.
const keepVersionsMs = 10 * 60_000;

const documentSummaryColumns = [
  'id',
  'source',
  'relative_path',
  'title',
  'format',
  'size_bytes',
  'modified_ms',
  'content_hash',
  'status',
  'reason',
  'page_count',
  'chunk_count',
  'chunk_set',
  'access_groups',
  'indexed_ms',
];

// Everything but the vector and the analysed search text: what a reader needs to show and check a passage.
const chunkReadColumns = [
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

export async function openLanceStore(options: LanceStoreOptions): Promise<SearchableStore> {
  const connection = await lancedb.connect(options.uri);
  return new LanceStore(connection, options);
}

class LanceStore implements SearchableStore {
  private readonly tables = new Map<string, lancedb.Table>();
  private chunkSets: { version: number; byDocument: Map<string, string> } | null = null;

  constructor(
    private readonly connection: lancedb.Connection,
    private readonly options: LanceStoreOptions,
  ) {}

  private async table(name: string, schema: Schema): Promise<lancedb.Table> {
    const cached = this.tables.get(name);
    if (cached) return cached;
    const existing = await this.connection.tableNames();
    const table = existing.includes(name)
      ? await this.connection.openTable(name)
      : await this.connection.createEmptyTable(name, schema, { existOk: true });
    this.tables.set(name, table);
    return table;
  }

  private async chunks(): Promise<lancedb.Table> {
    const info = await this.readIndexInfo();
    return this.table(tableNames.chunks, chunksSchema(info?.dimensions ?? null));
  }

  private documents = () => this.table(tableNames.documents, documentsSchema);
  private jobs = () => this.table(tableNames.jobs, jobsSchema);
  private jobFiles = () => this.table(tableNames.jobFiles, jobFilesSchema);
  private meta = () => this.table(tableNames.meta, metaSchema);

  async readIndexInfo(): Promise<IndexInfo | null> {
    const rows = await (await this.meta()).query().where(`key = 'index'`).toArray();
    return rows[0] ? parseIndexInfo(String(rows[0].value_json)) : null;
  }

  async writeIndexInfo(info: IndexInfo): Promise<void> {
    await (
      await this.meta()
    )
      .mergeInsert('key')
      .whenMatchedUpdateAll()
      .whenNotMatchedInsertAll()
      .execute([{ key: 'index', value_json: JSON.stringify(info) }]);
  }

  async resetChunks(dimensions: number | null): Promise<void> {
    this.tables.delete(tableNames.chunks);
    const schema = chunksSchema(dimensions);
    const table = await this.connection.createEmptyTable(tableNames.chunks, schema, { mode: 'overwrite' });
    this.tables.set(tableNames.chunks, table);
  }

  async listDocuments(source?: string): Promise<DocumentSummary[]> {
    let query = (await this.documents()).query().select(documentSummaryColumns);
    if (source !== undefined) query = query.where(`source = ${sqlString(source)}`);
    const rows = await query.toArray();
    return rows.map((row) => {
      const { text: _text, ...summary } = rowToDocument({ ...row, text: '' });
      return summary;
    });
  }

  async getDocument(id: string): Promise<DocumentRecord | null> {
    const rows = await (
      await this.documents()
    )
      .query()
      .where(`id = ${sqlString(id)}`)
      .limit(1)
      .toArray();
    return rows[0] ? rowToDocument(rows[0]) : null;
  }

  async commit(writes: DocumentWrite[], chunkSet: string): Promise<void> {
    if (writes.length === 0) return;
    const chunks = await this.chunks();
    const withVector = (await this.readIndexInfo())?.dimensions != null;
    const chunkRows = writes.flatMap((write) => write.chunks.map((chunk) => chunkToRow(chunk, withVector)));
    // 1. New chunks first: until step 2 they belong to no document and `repair` would drop them.
    if (chunkRows.length > 0) await chunks.add(chunkRows);
    // 2. Document rows point at the new chunk set in one atomic merge.
    await (
      await this.documents()
    )
      .mergeInsert('id')
      .whenMatchedUpdateAll()
      .whenNotMatchedInsertAll()
      .execute(writes.map((write) => documentToRow(write.document)));
    // 3. Chunks of earlier versions of these documents are now stale.
    for (const ids of batches(
      writes.map((write) => write.document.id),
      deleteBatchSize,
    )) {
      await chunks.delete(`document_id IN ${sqlStringList(ids)} AND chunk_set <> ${sqlString(chunkSet)}`);
    }
  }

  async removeDocuments(ids: string[]): Promise<void> {
    const documents = await this.documents();
    const chunks = await this.chunks();
    for (const batch of batches(ids, deleteBatchSize)) {
      // Document rows first: chunks left by a crash in between are orphans that `repair` removes.
      await documents.delete(`id IN ${sqlStringList(batch)}`);
      await chunks.delete(`document_id IN ${sqlStringList(batch)}`);
    }
  }

  async repair(): Promise<RepairReport> {
    const documents = await this.listDocuments();
    const current = new Map(documents.map((document) => [document.id, document]));
    const chunkRows = await (await this.chunks()).query().select(['document_id', 'chunk_set']).toArray();
    const present = new Set<string>();
    const orphanSets = new Map<string, Set<string>>();
    for (const row of chunkRows) {
      const documentId = String(row.document_id);
      const chunkSet = String(row.chunk_set);
      present.add(`${documentId}\u0000${chunkSet}`);
      if (current.get(documentId)?.chunkSet !== chunkSet) {
        const sets = orphanSets.get(documentId) ?? new Set<string>();
        sets.add(chunkSet);
        orphanSets.set(documentId, sets);
      }
    }
    let orphanChunksRemoved = 0;
    const chunks = await this.chunks();
    for (const [documentId, sets] of orphanSets) {
      const filter = `document_id = ${sqlString(documentId)} AND chunk_set IN ${sqlStringList([...sets])}`;
      orphanChunksRemoved += await chunks.countRows(filter);
      await chunks.delete(filter);
    }
    // An indexed document whose chunks are gone (a model change that died half-way) must be read again:
    // clearing its hash makes the next sync see it as changed.
    const lost = documents.filter(
      (document) =>
        document.status === 'indexed' &&
        document.chunkCount > 0 &&
        !present.has(`${document.id}\u0000${document.chunkSet}`),
    );
    if (lost.length > 0) {
      const table = await this.documents();
      for (const batch of batches(
        lost.map((document) => document.id),
        deleteBatchSize,
      )) {
        await table.update({ where: `id IN ${sqlStringList(batch)}`, values: { content_hash: '' } });
      }
    }
    const jobsInterrupted = await this.interruptRunningJobs();
    return { orphanChunksRemoved, documentsReset: lost.length, jobsInterrupted };
  }

  private async interruptRunningJobs(): Promise<number> {
    const jobs = await this.jobs();
    const running = await jobs.countRows(`status = 'running'`);
    if (running > 0) {
      await jobs.update({
        where: `status = 'running'`,
        values: {
          status: 'interrupted',
          finished_ms: Date.now(),
          error: 'het proces stopte tijdens de taak',
        },
      });
    }
    return running;
  }

  async finishRun(options: { changed: boolean }): Promise<void> {
    const chunks = await this.chunks();
    const indices = await chunks.listIndices();
    const hasFts = indices.some((index) => index.columns.includes('search_text'));
    if (!hasFts && (await chunks.countRows()) > 0) {
      await chunks.createIndex('search_text', { config: lancedb.Index.fts(this.options.ftsOptions) });
    }
    if (!options.changed) return;
    const cleanupOlderThan = new Date(Date.now() - keepVersionsMs);
    for (const table of [chunks, await this.documents(), await this.jobs(), await this.jobFiles()]) {
      // Compaction merges the small fragments of batched writes and folds new rows into the FTS index.
      await table.optimize({ cleanupOlderThan });
    }
  }

  async createJob(job: JobRecord): Promise<void> {
    await (await this.jobs()).add([jobToRow(job)]);
  }

  async updateJob(job: JobRecord): Promise<void> {
    await (
      await this.jobs()
    )
      .mergeInsert('id')
      .whenMatchedUpdateAll()
      .whenNotMatchedInsertAll()
      .execute([jobToRow(job)]);
  }

  async getJob(id: string): Promise<JobRecord | null> {
    const rows = await (
      await this.jobs()
    )
      .query()
      .where(`id = ${sqlString(id)}`)
      .limit(1)
      .toArray();
    return rows[0] ? rowToJob(rows[0]) : null;
  }

  async listJobs(options: { limit?: number } = {}): Promise<JobRecord[]> {
    const rows = await (await this.jobs()).query().toArray();
    return rows
      .map(rowToJob)
      .sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime())
      .slice(0, options.limit ?? 50);
  }

  async addJobFiles(files: JobFileRecord[]): Promise<void> {
    if (files.length > 0) await (await this.jobFiles()).add(files.map(jobFileToRow));
  }

  async listJobFiles(jobId: string): Promise<JobFileRecord[]> {
    const rows = await (
      await this.jobFiles()
    )
      .query()
      .where(`job_id = ${sqlString(jobId)}`)
      .toArray();
    return rows.map(rowToJobFile);
  }

  async listChunks(options: { documentId?: string; limit?: number } = {}): Promise<ChunkRecord[]> {
    let query = (await this.chunks()).query();
    if (options.documentId !== undefined)
      query = query.where(`document_id = ${sqlString(options.documentId)}`);
    if (options.limit !== undefined) query = query.limit(options.limit);
    const rows = await query.toArray();
    return rows
      .map(rowToChunk)
      .sort((a, b) => a.documentId.localeCompare(b.documentId) || a.ordinal - b.ordinal);
  }

  async stats(): Promise<KnowledgeBaseStats> {
    const documents = await this.listDocuments();
    const byStatus: KnowledgeBaseStats['byStatus'] = {};
    const bySource: Record<string, number> = {};
    let pages = 0;
    for (const document of documents) {
      byStatus[document.status] = (byStatus[document.status] ?? 0) + 1;
      if (document.status === 'indexed') {
        bySource[document.source] = (bySource[document.source] ?? 0) + 1;
        pages += document.pageCount;
      }
    }
    const [lastJob] = await this.listJobs({ limit: 1 });
    return {
      documents: documents.length,
      chunks: await (await this.chunks()).countRows(),
      byStatus,
      bySource,
      pages,
      indexInfo: await this.readIndexInfo(),
      lastJob: lastJob ?? null,
    };
  }

  async searchLexical(query: string, options: SearchOptions): Promise<ScoredChunk[]> {
    if (query.trim() === '') return [];
    const rows = await (
      await this.chunks()
    )
      .search(query, 'fts', 'search_text')
      .where(chunkFilterSql(options.filter))
      .select(chunkReadColumns)
      .limit(options.limit)
      .toArray();
    return this.current(rows.map((row) => ({ chunk: rowToChunk(row), score: Number(row._score) })));
  }

  async searchVector(vector: Float32Array, options: SearchOptions): Promise<ScoredChunk[]> {
    const rows = await (
      await this.chunks()
    )
      .vectorSearch(Array.from(vector))
      .column('vector')
      .distanceType('cosine')
      .where(chunkFilterSql(options.filter))
      .select(chunkReadColumns)
      .limit(options.limit)
      .toArray();
    return this.current(rows.map((row) => ({ chunk: rowToChunk(row), score: 1 - Number(row._distance) })));
  }

  async getDocumentFor(id: string, accessGroups: string[]): Promise<DocumentRecord | null> {
    const groups = accessGroups.filter((group) => group.length > 0);
    if (groups.length === 0) return null;
    const rows = await (
      await this.documents()
    )
      .query()
      .where(`id = ${sqlString(id)} AND array_has_any(access_groups, [${groups.map(sqlString).join(', ')}])`)
      .limit(1)
      .toArray();
    return rows[0] ? rowToDocument(rows[0]) : null;
  }

  /**
   * Drops hits from a batch whose document row was never written (a run killed mid-commit), so a reader
   * never sees a passage twice or one that no document owns. The map is reloaded only when the table changes.
   */
  private async current(hits: ScoredChunk[]): Promise<ScoredChunk[]> {
    const documents = await this.documents();
    const version = await documents.version();
    if (this.chunkSets?.version !== version) {
      const rows = await documents.query().select(['id', 'chunk_set']).toArray();
      this.chunkSets = {
        version,
        byDocument: new Map(rows.map((row) => [String(row.id), String(row.chunk_set)])),
      };
    }
    const byDocument = this.chunkSets.byDocument;
    return hits.filter((hit) => byDocument.get(hit.chunk.documentId) === hit.chunk.chunkSet);
  }

  async close(): Promise<void> {
    for (const table of this.tables.values()) table.close();
    this.tables.clear();
    this.connection.close();
  }
}

function* batches<T>(items: T[], size: number): Generator<T[]> {
  for (let index = 0; index < items.length; index += size) yield items.slice(index, index + size);
}
