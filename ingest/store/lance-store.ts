import * as lancedb from '@lancedb/lancedb';
import { normalizeGroups } from '../access/index.ts';
import type {
  ChunkRecord,
  DocumentRecord,
  FileStatus,
  IndexInfo,
  JobFileRecord,
  JobRecord,
} from '../types.ts';
import {
  accessGroupsSql,
  chunkFilterSql,
  matchesNothing,
  sqlString,
  sqlStringArray,
  sqlStringList,
} from './filter.ts';
import { deleteMeta, parseGeneration, parseRebuild, readMeta, writeMeta } from './meta.ts';
import { chunkToRow, documentToRow, parseIndexInfo, rowToChunk, rowToDocument } from './rows.ts';
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
  ListChunksOptions,
  PendingRebuild,
  RepairReport,
  ScoredChunk,
  SearchableStore,
  SearchOptions,
  Store,
} from './store.ts';
import { batches, deleteBatchSize } from './batches.ts';
import * as jobTables from './job-tables.ts';
import { compact, ensureIndexes, refreshSearchText, removeOrphanChunks } from './maintenance.ts';
import { TableCache } from './table-cache.ts';
import { chunkReadColumns, documentSummaryColumns } from './columns.ts';

export interface LanceStoreOptions {
  /** A folder path, or an object-store URI LanceDB understands (s3://…). */
  uri: string;
  /** Options of the full-text index on `search_text` (the Dutch analyser's). */
  ftsOptions: Partial<lancedb.FtsOptions>;
  /** How stale a read may be with respect to writes from other processes. Default 2 s. */
  readConsistencySeconds?: number;
}

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

  // The index settings (a meta-table read) give the schema only when the table is opened, not on every search.
  private chunks(): Promise<lancedb.Table> {
    return this.cache.open(this.view.tables.chunks, async () =>
      chunksSchema((await this.readIndexInfo())?.dimensions ?? null),
    );
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
    return refreshSearchText(await this.chunks(), searchText, {
      ftsOptions: this.options.ftsOptions,
      ...options,
    });
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
    // As SQL: LanceDB cannot update a list column to an empty JS array (all-blank groups normalise to none).
    const valuesSql = { access_groups: sqlStringArray(normalizeGroups(accessGroups)) };
    await (await this.chunks()).update({ where, valuesSql });
    await (await this.documents()).update({ where, valuesSql });
  }

  async repair(): Promise<RepairReport> {
    const report = await removeOrphanChunks(await this.documents(), await this.chunks());
    return { ...report, jobsInterrupted: await jobTables.interruptRunningJobs(await this.jobs()) };
  }

  async finishRun(options: { changed: boolean }): Promise<void> {
    const chunks = await this.chunks();
    await ensureIndexes(chunks, this.options.ftsOptions);
    if (options.changed) {
      await compact([chunks, await this.documents(), await this.jobs(), await this.jobFiles()]);
    }
  }

  async createJob(job: JobRecord): Promise<void> {
    await jobTables.createJob(await this.jobs(), job);
  }

  async updateJob(job: JobRecord): Promise<void> {
    await jobTables.updateJob(await this.jobs(), job);
  }

  async getJob(id: string): Promise<JobRecord | null> {
    return jobTables.getJob(await this.jobs(), id);
  }

  async listJobs(options: { limit?: number } = {}): Promise<JobRecord[]> {
    return jobTables.listJobs(await this.jobs(), options);
  }

  async addJobFiles(files: JobFileRecord[]): Promise<void> {
    await jobTables.addJobFiles(await this.jobFiles(), files);
  }

  async listJobFiles(jobId: string, options: { statuses?: FileStatus[] } = {}): Promise<JobFileRecord[]> {
    return jobTables.listJobFiles(await this.jobFiles(), jobId, options);
  }

  async listChunks(options: ListChunksOptions = {}): Promise<ChunkRecord[]> {
    let query = (await this.chunks()).query();
    if (options.full !== true) query = query.select(chunkReadColumns);
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
    const access = accessGroupsSql(accessGroups);
    if (access === matchesNothing) return null;
    const rows = await (
      await this.documents()
    )
      .query()
      .where(`id = ${sqlString(id)} AND ${access}`)
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
