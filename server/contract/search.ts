import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses, jsonResponse } from './common.ts';
import { ReaderFiltersQuerySchema } from './filters.ts';
import { passageFields, RetrievalModeSchema } from './passage.ts';

export const SearchQuerySchema = ReaderFiltersQuerySchema.extend({
  q: z.string().trim().min(1, 'geef een zoekvraag op').max(1000).openapi({ description: 'De zoekvraag' }),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

// The passage's fields spread, not the registered schema extended: one closed object, not an `allOf`.
export const SearchResultSchema = z
  .object({
    ...passageFields,
    lexicalRank: z.number().int().nullable(),
    vectorRank: z.number().int().nullable(),
    coverage: z
      .number()
      .openapi({ description: 'Deel van de zoekwoorden dat in de passage voorkomt (0..1)' }),
    collapsed: z
      .array(z.string())
      .openapi({ description: 'Ids van bijna-gelijke passages die hierin zijn samengevoegd' }),
  })
  .openapi('SearchResult');

export const SearchResponseSchema = z
  .object({
    query: z.string(),
    mode: RetrievalModeSchema,
    lexicalReason: z.string().nullable(),
    relevant: z.boolean(),
    irrelevantReason: z.string().nullable(),
    timings: z.object({
      embedMs: z.number().optional(),
      lexicalMs: z.number(),
      vectorMs: z.number().optional(),
      fuseMs: z.number(),
      rerankMs: z.number().optional(),
      totalMs: z.number(),
    }),
    results: z.array(SearchResultSchema),
  })
  .openapi('SearchResponse');
export type SearchResponse = z.infer<typeof SearchResponseSchema>;

export const searchRoute = createRoute({
  method: 'get',
  path: '/',
  operationId: 'search',
  summary: 'Zoek passages (hybride of lexicaal)',
  request: { query: SearchQuerySchema },
  responses: {
    200: jsonResponse(SearchResponseSchema, 'Gevonden passages met scores en herkomst'),
    ...errorResponses(400),
  },
});
