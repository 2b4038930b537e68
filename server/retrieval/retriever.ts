/**
 * Hybrid retrieval: full-text and vector search run side by side under the reader's filter, their rankings are
 * fused by reciprocal rank, near-duplicates are collapsed, and the result says whether anything covers the
 * question well enough to answer from. Without a usable embedder it searches on words only and says why.
 */
import { sharesGroup } from '../../ingest/access/index.ts';
import type { ScoredChunk } from '../../ingest/store/index.ts';
import { queryTerms } from './coverage.ts';
import { retrieverDefaults } from './defaults.ts';
import { collapseCandidates, fuseHits, withCoverage } from './passages.ts';
import { judgeRelevance } from './irrelevance.ts';
import { groupSections } from './sections.ts';
import type {
  RetrievalResult,
  RetrievedPassage,
  Retriever,
  RetrieverServices,
  RetrieveRequest,
} from './types.ts';
import { cachedIndexInfo, vectorSearch, type VectorOutcome } from './vector-search.ts';

const noEmbedderReason = 'Er is geen embeddingmodel geladen; alleen op woorden gezocht.';

export function createRetriever(services: RetrieverServices): Retriever {
  const options = { ...retrieverDefaults, ...services.options };
  const indexInfo = cachedIndexInfo(services.store, options.indexInfoMaxAgeMs);
  // Loads the compound splitter's lexicon now (~0.1 s) rather than on the first question.
  queryTerms('gemeentehuis');

  return {
    async retrieve(request: RetrieveRequest): Promise<RetrievalResult> {
      const started = performance.now();
      const { signal } = request;
      signal?.throwIfAborted();
      const topK = request.topK ?? options.topK;
      const search = { filter: request.filter, limit: options.candidates };
      const warnings: string[] = [];

      const lexicalSearch = async (): Promise<{ hits: ScoredChunk[]; ms: number }> => {
        const lexicalStarted = performance.now();
        try {
          const hits = await services.store.searchLexical(services.queryText(request.query), search);
          return { hits, ms: performance.now() - lexicalStarted };
        } catch (error) {
          signal?.throwIfAborted();
          // An empty knowledge base has no full-text index yet; that is "nothing found", not a crash.
          warnings.push(`Zoeken op woorden mislukte: ${errorMessage(error)}`);
          return { hits: [], ms: performance.now() - lexicalStarted };
        }
      };
      const [lexical, vector] = await Promise.all([
        lexicalSearch(),
        services.embedder
          ? vectorSearch(
              { store: services.store, embedder: services.embedder, indexInfo },
              request.query,
              search,
              signal,
            )
          : Promise.resolve<VectorOutcome>({ ok: false, reason: services.lexicalReason ?? noEmbedderReason }),
      ]);
      signal?.throwIfAborted();

      const fuseStarted = performance.now();
      const groups = request.filter.accessGroups;
      // The store filters on access already; checking again costs nothing and guards against a filter bug.
      const isVisible = (hit: ScoredChunk) => sharesGroup(groups, hit.chunk.accessGroups);
      const lexicalHits = lexical.hits.filter(isVisible);
      const vectorHits = vector.ok ? vector.hits.filter(isVisible) : [];
      const terms = queryTerms(request.query);
      const candidates = groupSections(
        collapseCandidates(fuseHits(lexicalHits, vectorHits, options.rrfK), options.duplicateThreshold),
        options.sectionSiblings,
      );
      let passages: RetrievedPassage[];
      let fuseMs: number;
      let rerankMs: number | undefined;
      if (options.rerank && candidates.length > 0) {
        const scored = withCoverage(candidates, terms);
        fuseMs = performance.now() - fuseStarted;
        const rerankStarted = performance.now();
        passages = (await options.rerank(request.query, scored, { topK, signal })).slice(0, topK);
        rerankMs = performance.now() - rerankStarted;
      } else {
        // Coverage only for what is returned: it is the costliest per-passage step.
        passages = withCoverage(candidates.slice(0, topK), terms);
        fuseMs = performance.now() - fuseStarted;
      }

      const bestCoverage = Math.max(0, ...passages.map((passage) => passage.coverage));
      const irrelevance = judgeRelevance({
        found: passages.length,
        termCount: terms.length,
        bestCoverage,
        minCoverage: options.minCoverage,
      });
      return {
        mode: vector.ok ? 'hybrid' : 'lexical',
        ...(vector.ok ? {} : { lexicalReason: vector.reason }),
        passages,
        relevant: irrelevance === undefined,
        ...(irrelevance === undefined ? {} : { irrelevance }),
        bestCoverage,
        warnings,
        timings: {
          ...(vector.ok ? { embedMs: vector.embedMs, vectorMs: vector.searchMs } : {}),
          lexicalMs: lexical.ms,
          fuseMs,
          ...(rerankMs === undefined ? {} : { rerankMs }),
          totalMs: performance.now() - started,
        },
      };
    },
  };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
