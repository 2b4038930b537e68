import type { AppDependencies } from '../app.ts';
import { searchRoute } from '../contract/search.ts';
import { toChunkFilter } from '../http/filters.ts';
import { createRouter } from '../http/openapi.ts';
import { passageView } from '../http/passage-view.ts';
import { describeIrrelevance } from '../retrieval/index.ts';

export function searchRoutes(dependencies: AppDependencies) {
  return createRouter().openapi(searchRoute, async (context) => {
    const query = context.req.valid('query');
    const user = context.get('user');
    const result = await dependencies.retriever.retrieve({
      query: query.q,
      filter: toChunkFilter(query, user.groups),
      topK: query.limit,
      signal: context.req.raw.signal,
    });
    const notes = dependencies.notes?.citations(result.passages.map((passage) => passage.chunk));
    return context.json(
      {
        query: query.q,
        mode: result.mode,
        lexicalReason: result.lexicalReason ?? null,
        relevant: result.relevant,
        irrelevantReason: result.irrelevance ? describeIrrelevance(result.irrelevance) : null,
        timings: result.timings,
        results: result.passages.map((passage, index) => ({
          ...passageView(
            index + 1,
            passage.chunk,
            passage.score,
            notes?.get(passage.chunk.documentId) ?? null,
          ),
          lexicalRank: passage.lexical?.rank ?? null,
          vectorRank: passage.vector?.rank ?? null,
          coverage: passage.coverage,
          collapsed: passage.collapsed,
        })),
      },
      200,
    );
  });
}

export type SearchRoutes = ReturnType<typeof searchRoutes>;
