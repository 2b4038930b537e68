import { Hono } from 'hono';
import { z } from 'zod';
import type { SearchResponse } from '../api-types.ts';
import type { AppDependencies } from '../app.ts';
import { readerFiltersSchema, toChunkFilter } from '../http/filters.ts';
import { passageView } from '../http/passage-view.ts';
import type { AppEnv } from '../http/types.ts';
import { validate } from '../http/validate.ts';
import { describeIrrelevance } from '../retrieval/index.ts';

const searchQuerySchema = readerFiltersSchema.extend({
  q: z.string().trim().min(1, 'geef een zoekvraag op').max(1000),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export function searchRoutes(dependencies: AppDependencies) {
  return new Hono<AppEnv>().get('/', validate('query', searchQuerySchema), async (context) => {
    const query = context.req.valid('query');
    const user = context.get('user');
    const result = await dependencies.retriever.retrieve({
      query: query.q,
      filter: toChunkFilter(query, user.groups),
      topK: query.limit,
      signal: context.req.raw.signal,
    });
    const notes = dependencies.notes?.citations(result.passages.map((passage) => passage.chunk));
    return context.json<SearchResponse>({
      query: query.q,
      mode: result.mode,
      lexicalReason: result.lexicalReason ?? null,
      relevant: result.relevant,
      irrelevantReason: result.irrelevance ? describeIrrelevance(result.irrelevance) : null,
      timings: result.timings,
      results: result.passages.map((passage, index) => ({
        ...passageView(index + 1, passage.chunk, passage.score, notes?.get(passage.chunk.documentId) ?? null),
        lexicalRank: passage.lexical?.rank ?? null,
        vectorRank: passage.vector?.rank ?? null,
        coverage: passage.coverage,
        collapsed: passage.collapsed,
      })),
    });
  });
}
