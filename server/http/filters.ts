import { z } from 'zod';
import type { ChunkFilter } from '../../ingest/store/index.ts';
import { commaList } from './comma-list.ts';

const csv = commaList(z.string().max(200), 20);

/** Filters a reader may set; access groups are never among them (they come from the signed-in user). */
export const readerFiltersSchema = z.object({
  source: csv.optional(),
  format: csv.pipe(z.array(z.enum(['pdf', 'docx', 'markdown', 'html', 'text']))).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});

export type ReaderFilters = z.infer<typeof readerFiltersSchema>;

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
