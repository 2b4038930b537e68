import * as lancedb from '@lancedb/lancedb';
import type {
  ChunkRecord,
  DocumentRecord,
  FileStatus,
  IndexInfo,
  JobFileRecord,
  JobRecord,
} from '../types.ts';
import { chunkFilterSql, sqlString, sqlStringList } from './filter.ts';
import { deleteMeta, parseGeneration, parseRebuild, readMeta, writeMeta } from './meta.ts';
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
  stringArray,
} from './rows.ts';
import {
  chunksSchema,
  documentsSchema,
  firstGeneration,
  generationTables,
  isGenerationTable,
  jobFilesSchema,
  jobsSchema,
  metaSchema,
  tableNames,
  type GenerationTables,
} from './schema.ts';
import type {
  DocumentSummary,
  DocumentWrite,
  KnowledgeBaseStats,
  PendingRebuild,
  RepairReport,
  ScoredChunk,
  SearchableStore,
  SearchOptions,
  Store,
} from './store.ts';
import { TableCache } from './table-cache.ts';

export interface LanceStoreOptions {
  /** A folder path, or an object-store URI LanceDB understands (s3://…). */
  uri: string;
  /** Options of the full-text index on `search_text` (the Dutch analyser's). */
  ftsOptions: Partial<lancedb.FtsOptions>;
  /** How stale a read may be with respect to writes from other processes. Default 2 s. */
  readConsistencySeconds?: number;
}

// Deleting by id list: keep each filter string well below DataFusion's comfortable size.
const deleteBatchSize = 500;
// Old table versions are kept this long so a server reading during a run never loses its snapshot.
const keepVersionsMs = 10 * 60_000;
const vectorIndexMinRows = 10_000;
/** Chunks per merge when only the search text changes: ~2 MB of text a commit. */
const refreshBatchSize = 2_000;

const documentSummaryColumns = [
  'id',
  'source',
  'relative_path',
  'title',
  'format',
  'size_bytes',
  'modified_ms',
  'content_hash',
  'reader_version',
  'status',
  'reason',
  'page_count',
  'chunk_count',
  'chunk_set',
  'access_groups',
  'indexed_ms',
];

// Everything but the vector and the analysed search text: what a reader needs to show and check a passage.
export const chunkReadColumns = [
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
  // Another process (the ingest CLI next to the server) may write; readers see its commits within this time.
  const connection = await lancedb.connect(options.uri, {
    readConsistencyInterval: options.readConsistencySeconds ?? 2,
  });
  const store = new LanceStore(connection, new TableCache(connection), options, {
    tables: firstGeneration,
    indexKey: 'index',
    owner: true,
  });
  await store.loadActiveGeneration();
  return store;
}

/** Which chunk and document tables a store object reads and writes; a rebuild gets a view of its own. */
interface View {
  tables: GenerationTables;
  /** Meta key of the index settings of these tables. */
  indexKey: string;
  /** Only the store `openLanceStore` returned closes the connection and switches generations. */
  owner: boolean;
}

class LanceStore implements SearchableStore {
  private chunkSets: { version: number; byDocument: Map<string, string> } | null = null;

  constructor(
    private readonly connection: lancedb.Connection,
    private readonly cache: TableCache,
    private readonly options: LanceStoreOptions,
    private view: View,
  ) {}

  async loadActiveGeneration(): Promise<void> {
    const tables = parseGeneration(await readMeta(await this.meta(), 'tables'));
    if (tables) this.view = { ...this.view, tables };
  }

  private async chunks(): Promise<lancedb.Table> {
    const info = await this.readIndexInfo();
    return this.cache.open(this.view.tables.chunks, chunksSchema(info?.dimensions ?? null));
  }

  private documents = () => this.cache.open(this.view.tables.documents, documentsSchema);
  private jobs = () => this.cache.open(tableNames.jobs, jobsSchema);
  private jobFiles = () => this.cache.open(tableNames.jobFiles, jobFilesSchema);
  private meta = () => this.cache.open(tableNames.meta, metaSchema);

  async readIndexInfo(): Promise<IndexInfo | null> {
    const value = await readMeta(await this.meta(), this.view.indexKey);
    return value === null ? null : parseIndexInfo(JSON.stringify(value));
  }

  async writeIndexInfo(info: IndexInfo): Promise<void> {
    await writeMeta(await this.meta(), { [this.view.indexKey]: info });
  }

  async resetChunks(dimensions: number | null): Promise<void> {
    await this.cache.recreate(this.view.tables.chunks, chunksSchema(dimensions));
  }

  activeTables(): GenerationTables {
    return { ...this.view.tables };
  }

  async pendingRebuild(): Promise<PendingRebuild | null> {
    const rebuild = parseRebuild(await readMeta(await this.meta(), 'rebuild'));
    // A switch that died before clearing the marker: the "pending" tables are the active ones.
    if (!rebuild || generationTables(rebuild.suffix).chunks === this.view.tables.chunks) return null;
    return rebuild;
  }

  async beginRebuild(): Promise<{ rebuild: PendingRebuild; store: Store }> {
    this.assertOwner();
    let rebuild = await this.pendingRebuild();
    if (!rebuild) {
      const startedAt = new Date();
      rebuild = { suffix: `r${startedAt.toISOString().replace(/\D/g, '').slice(0, 14)}`, startedAt };
      if (generationTables(rebuild.suffix).chunks === this.view.tables.chunks)
        throw new Error('a rebuild was switched to less than a second ago; try again');
      await writeMeta(await this.meta(), { rebuild });
    }
    const tables = generationTables(rebuild.suffix);
    await this.dropUnusedGenerations(tables);
    const store = new LanceStore(this.connection, this.cache, this.options, {
      tables,
      indexKey: `index:${rebuild.suffix}`,
      owner: false,
    });
    return { rebuild, store };
  }

  async completeRebuild(rebuild: PendingRebuild): Promise<void> {
    this.assertOwner();
    const tables = generationTables(rebuild.suffix);
    const meta = await this.meta();
    const info = await readMeta(meta, `index:${rebuild.suffix}`);
    if (info === null || parseIndexInfo(JSON.stringify(info)) === null) {
      throw new Error(`rebuild ${rebuild.suffix} recorded no index settings; nothing was switched`);
    }
    // One commit: readers that open the store after this see the new tables, the new settings and no rebuild.
    await writeMeta(meta, { tables, index: info, rebuild: null });
    this.view = { ...this.view, tables };
    this.chunkSets = null;
    await deleteMeta(meta, [`index:${rebuild.suffix}`]);
    await this.dropUnusedGenerations();
  }

  async discardRebuild(): Promise<void> {
    this.assertOwner();
    const pending = await this.pendingRebuild();
    const meta = await this.meta();
    await writeMeta(meta, { rebuild: null });
    if (pending) await deleteMeta(meta, [`index:${pending.suffix}`]);
    await this.dropUnusedGenerations();
  }

  /** Drops chunk and document tables of generations that are neither active nor `keep` (leftovers of a crash). */
  private async dropUnusedGenerations(keep?: GenerationTables): Promise<void> {
    const kept = new Set([this.view.tables.chunks, this.view.tables.documents]);
    if (keep) for (const name of [keep.chunks, keep.documents]) kept.add(name);
    for (const name of await this.connection.tableNames()) {
      if (isGenerationTable(name) && !kept.has(name)) await this.cache.drop(name);
    }
  }

  private assertOwner(): void {
    if (!this.view.owner) throw new Error('only the main store switches index generations');
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

  async refreshSearchText(
    searchText: (fields: { title: string; headingPath: string[]; text: string }) => string,
    options: { signal?: AbortSignal } = {},
  ): Promise<number> {
    const chunks = await this.chunks();
    const rows = await chunks.query().select(['id', 'title', 'heading_path', 'text']).toArray();
    for (const batch of batches(rows, refreshBatchSize)) {
      options.signal?.throwIfAborted();
      // Only `search_text` is written: vectors and everything else stay as they are. An Arrow table, because
      // LanceDB's conversion of plain rows insists on a value for every vector column.
      const updates = lancedb.makeArrowTable(
        batch.map((row) => ({
          id: String(row.id),
          search_text: searchText({
            title: String(row.title),
            headingPath: stringArray(row.heading_path),
            text: String(row.text),
          }),
        })),
      );
      await chunks.mergeInsert('id').whenMatchedUpdateAll().execute(updates);
    }
    if (rows.length > 0) {
      await chunks.createIndex('search_text', {
        config: lancedb.Index.fts(this.options.ftsOptions),
        replace: true,
      });
    }
    return rows.length;
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

  async setSourceAccess(source: string, accessGroups: string[]): Promise<void> {
    const where = `source = ${sqlString(source)}`;
    // Chunks first: search reads them, so a narrowed access takes effect there before anywhere else.
    await (await this.chunks()).update({ where, values: { access_groups: accessGroups } });
    await (await this.documents()).update({ where, values: { access_groups: accessGroups } });
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
    const rows = await chunks.countRows();
    if (!hasFts && rows > 0) {
      await chunks.createIndex('search_text', { config: lancedb.Index.fts(this.options.ftsOptions) });
    }
    // Every read filters on access groups; a label-list index makes that prefilter cheap (8.6 → 2.1 ms p50 at 100k).
    if (rows > 0 && !indices.some((index) => index.columns.includes('access_groups'))) {
      await chunks.createIndex('access_groups', { config: lancedb.Index.labelList() });
    }
    // Below ~10k chunks an exact scan is fast enough and exact; above it IVF_FLAT keeps vector search
    // near 15 ms at 100k chunks with recall@10 ≈ 0.97 (IVF_PQ lost too much recall, HNSW built slower).
    const hasVectorColumn = (await chunks.schema()).fields.some((field) => field.name === 'vector');
    if (
      hasVectorColumn &&
      rows >= vectorIndexMinRows &&
      !indices.some((index) => index.columns.includes('vector'))
    ) {
      await chunks.createIndex('vector', {
        config: lancedb.Index.ivfFlat({ numPartitions: Math.round(Math.sqrt(rows)), distanceType: 'cosine' }),
      });
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

  async listJobFiles(jobId: string, options: { statuses?: FileStatus[] } = {}): Promise<JobFileRecord[]> {
    let where = `job_id = ${sqlString(jobId)}`;
    if (options.statuses !== undefined) {
      if (options.statuses.length === 0) return [];
      where += ` AND status IN ${sqlStringList(options.statuses)}`;
    }
    const rows = await (await this.jobFiles()).query().where(where).toArray();
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
      .select([...chunkReadColumns, '_score'])
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
      .select([...chunkReadColumns, '_distance'])
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
    // A rebuild's view shares the connection and the handles; the main store closes them.
    if (!this.view.owner) return;
    await this.cache.closeAll();
    this.connection.close();
  }
}

function* batches<T>(items: T[], size: number): Generator<T[]> {
  for (let index = 0; index < items.length; index += size) yield items.slice(index, index + size);
}
