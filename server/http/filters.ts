import { z } from 'zod';
import type { ChunkFilter } from '../../ingest/store/index.ts';

const csv = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().max(200)).max(20));

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
