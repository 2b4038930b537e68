/**
 * The steps before any file is looked at: repair what an interrupted run left, then bring the index in line
 * with the settings this run indexes with (a new model or chunking rebuilds; a new search analysis only
 * recomputes the search column).
 */
import { desiredIndexInfo, indexChange, type IndexChange } from '../index-settings.ts';
import type { ChunkingSettings, PipelineServices } from '../pipeline-types.ts';
import type { RepairReport } from '../store/index.ts';
import type { IndexInfo } from '../types.ts';

export async function repairStore(
  services: Pick<PipelineServices, 'store' | 'logger'>,
): Promise<RepairReport> {
  const repair = await services.store.repair();
  if (repair.orphanChunksRemoved + repair.documentsReset + repair.jobsInterrupted > 0) {
    services.logger.warn({ repair }, 'repaired the knowledge base after an interrupted run');
  }
  return repair;
}

export interface PreparedIndex {
  /** What the index records once this run is done. */
  wanted: IndexInfo;
  change: IndexChange;
  warnings: string[];
}

export async function prepareIndex(
  services: PipelineServices,
  chunking: ChunkingSettings,
  signal?: AbortSignal,
): Promise<PreparedIndex> {
  const { store, logger } = services;
  const wanted = desiredIndexInfo(services, chunking);
  const current = await store.readIndexInfo();
  const change = indexChange(current, wanted);
  const warnings: string[] = [];
  if (change === 'search-text' && current !== null) {
    // Same vectors and chunks, new search analysis: recompute one column instead of re-embedding everything.
    const refreshed = await store.refreshSearchText(services.searchText, { signal });
    await store.writeIndexInfo({ ...current, chunking: wanted.chunking, updatedAt: new Date() });
    // A dry run's store recomputes nothing (0), and has nothing to report.
    if (refreshed > 0) {
      logger.info({ chunks: refreshed, to: wanted.chunking.searchText }, 'search text recomputed');
      warnings.push(
        `Zoektekst van ${refreshed} tekststukken opnieuw berekend voor een nieuwe versie van de Nederlandse zoekanalyse; de vectoren zijn behouden.`,
      );
    }
  }
  if (change === 'rebuild') {
    logger.info(
      { from: current?.embeddingModel ?? null, to: wanted.embeddingModel },
      'index settings changed: re-embedding everything',
    );
    await store.resetChunks(wanted.dimensions);
    await store.writeIndexInfo(wanted);
  }
  return { wanted, change, warnings };
}
