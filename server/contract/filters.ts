/** Query helpers shared by the routes' request schemas. */
import { z } from '@hono/zod-openapi';
import { commaList } from './comma-list.ts';

export const documentFormats = ['pdf', 'docx', 'markdown', 'html', 'text'] as const;

const csv = commaList(z.string().max(200), 20);

/** Filters a reader may set in a query; access groups are never among them (they come from the signed-in user). */
export const ReaderFiltersQuerySchema = z.object({
  source: csv.optional().openapi({ description: 'Bronnen, komma-gescheiden' }),
  format: csv
    .pipe(z.array(z.enum(documentFormats)))
    .optional()
    .openapi({ description: 'pdf, docx, markdown, html, text; komma-gescheiden' }),
  from: z.iso.date().optional().openapi({ description: 'Gewijzigd op of na (JJJJ-MM-DD)' }),
  to: z.iso.date().optional().openapi({ description: 'Gewijzigd op of voor (JJJJ-MM-DD)' }),
});
export type ReaderFilters = z.infer<typeof ReaderFiltersQuerySchema>;
