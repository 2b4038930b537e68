export { chunkReadColumns } from './columns.ts';
export { openLanceStore, type LanceStoreOptions } from './lance-store.ts';
export { rowToChunk } from './rows.ts';
export type {
  ChunkFilter,
  DocumentSummary,
  DocumentWrite,
  IndexGenerations,
  KnowledgeBaseStats,
  ListChunksOptions,
  PendingRebuild,
  RepairReport,
  ScoredChunk,
  SearchableStore,
  SearchOptions,
  Store,
} from './store.ts';
export {
  accessGroupsSql,
  chunkFilterSql,
  sqlIdentifier,
  sqlNumber,
  sqlString,
  sqlStringList,
} from './filter.ts';
export { tableNames } from './schema.ts';
export {
  acquireWriterLock,
  describeLockRefusal,
  type LockHolder,
  type LockRefusal,
  type WriterLock,
  type WriterRole,
} from './writer-lock.ts';
export { serializeWrites } from './serialized-writes.ts';
export { dryRunStore, type DryRunStore, type StoreWrite } from './dry-run-store.ts';
