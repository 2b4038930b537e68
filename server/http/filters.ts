import type { ChunkFilter } from '../../ingest/store/index.ts';
import type { ReaderFilters } from '../contract/filters.ts';

export function toChunkFilter(filters: ReaderFilters, accessGroups: string[]): ChunkFilter {
  return {
    accessGroups,
    sources: filters.source,
    formats: filters.format,
    modifiedFrom: filters.from ? new Date(`${filters.from}T00:00:00Z`) : undefined,
    // Inclusive: the whole day of `to` counts.
    modifiedTo: filters.to ? new Date(`${filters.to}T23:59:59.999Z`) : undefined,
  };
}
