/** From two hit lists to passages: fused by rank, near-duplicates folded, coverage of the question added. */
import type { ScoredChunk } from '../../ingest/store/index.ts';
import { queryCoverage, type QueryTerm } from './coverage.ts';
import { reciprocalRankFusion } from './fusion.ts';
import { collapseNearDuplicates } from './near-duplicates.ts';
import type { RetrievedPassage } from './types.ts';

export type Candidate = Omit<RetrievedPassage, 'coverage'>;

export function fuseHits(lexicalHits: ScoredChunk[], vectorHits: ScoredChunk[], rrfK: number): Candidate[] {
  const lexicalRank = new Map(lexicalHits.map((hit, index) => [hit.chunk.id, { rank: index + 1, hit }]));
  const vectorRank = new Map(vectorHits.map((hit, index) => [hit.chunk.id, { rank: index + 1, hit }]));
  const fused = reciprocalRankFusion(
    [
      { name: 'lexical', ids: lexicalHits.map((hit) => hit.chunk.id) },
      { name: 'vector', ids: vectorHits.map((hit) => hit.chunk.id) },
    ],
    { k: rrfK },
  );
  return fused.map(({ id, score }) => {
    const inLexical = lexicalRank.get(id);
    const inVector = vectorRank.get(id);
    return {
      chunk: (inLexical ?? inVector)!.hit.chunk,
      score,
      ...(inLexical ? { lexical: { rank: inLexical.rank, score: inLexical.hit.score } } : {}),
      ...(inVector ? { vector: { rank: inVector.rank, similarity: inVector.hit.score } } : {}),
      collapsed: [],
    };
  });
}

export function collapseCandidates(candidates: Candidate[], threshold: number): Candidate[] {
  const groups = collapseNearDuplicates(
    candidates.map((candidate) => ({ id: candidate.chunk.id, text: candidate.chunk.text, candidate })),
    { threshold },
  );
  return groups.map((group) => ({ ...group.passage.candidate, collapsed: group.collapsed }));
}

/** Title and headings count: a question often names what the document is about, not what the paragraph says. */
export function withCoverage(candidates: Candidate[], terms: QueryTerm[]): RetrievedPassage[] {
  return candidates.map((candidate) => {
    const { chunk } = candidate;
    const text = [chunk.title, chunk.headingPath.join(' '), chunk.text].join('\n');
    return { ...candidate, coverage: queryCoverage(terms, text) };
  });
}
