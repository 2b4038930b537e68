/**
 * Reciprocal-rank fusion (Cormack, Clarke & Büttcher, 2009): each list adds `weight / (k + rank)` for every id it
 * ranks. Only ranks count, so BM25 scores and cosine similarities need no common scale.
 */

export interface Ranking {
  /** Names the list in the result, for example `lexical` or `vector`. */
  name: string;
  /** Best first. An id listed twice counts once, at its best rank. */
  ids: readonly string[];
  /** Defaults to 1. */
  weight?: number;
}

export interface FusedScore {
  id: string;
  score: number;
  /** 1-based rank per list that holds the id. */
  ranks: Record<string, number>;
}

export interface FusionOptions {
  /** Damps the head of each list; 60 is the value from the paper and works across collections. */
  k?: number;
}

/** Fused scores, best first; ties go to the id with the best single rank, then to the earlier list. */
export function reciprocalRankFusion(
  rankings: readonly Ranking[],
  options: FusionOptions = {},
): FusedScore[] {
  const k = options.k ?? 60;
  if (!(k >= 0)) throw new Error(`RRF k must be zero or more, got ${k}`);
  const fused = new Map<string, FusedScore & { bestRank: number; order: number }>();
  rankings.forEach((ranking, listIndex) => {
    const weight = ranking.weight ?? 1;
    const seen = new Set<string>();
    ranking.ids.forEach((id, index) => {
      if (seen.has(id)) return;
      seen.add(id);
      const rank = index + 1;
      const entry = fused.get(id) ?? {
        id,
        score: 0,
        ranks: {},
        bestRank: Number.POSITIVE_INFINITY,
        order: listIndex * 1e9 + index,
      };
      entry.score += weight / (k + rank);
      entry.ranks[ranking.name] = rank;
      entry.bestRank = Math.min(entry.bestRank, rank);
      fused.set(id, entry);
    });
  });
  return [...fused.values()]
    .sort((a, b) => b.score - a.score || a.bestRank - b.bestRank || a.order - b.order)
    .map(({ id, score, ranks }) => ({ id, score, ranks }));
}
