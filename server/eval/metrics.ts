/**
 * Ranking metrics as in BEIR (pytrec_eval): recall@k, MRR@k and nDCG@k with graded relevance and linear gain,
 * over a ranked list of document ids and the query's judgements. Pure functions, no I/O.
 */

/** Relevance grade per document id for one query; a grade of 0 or less means judged not relevant. */
export type Judgements = ReadonlyMap<string, number>;

const isRelevant = (judgements: Judgements, id: string): boolean => (judgements.get(id) ?? 0) > 0;

function relevantCount(judgements: Judgements): number {
  let count = 0;
  for (const grade of judgements.values()) if (grade > 0) count += 1;
  return count;
}

/** Ids in rank order without repeats: a document found through two chunks counts at its first rank. */
export function dedupe(ranked: readonly string[]): string[] {
  return [...new Set(ranked)];
}

/** Share of the relevant documents found in the first `k`; 0 when the query has none. */
export function recallAt(ranked: readonly string[], judgements: Judgements, k: number): number {
  const total = relevantCount(judgements);
  if (total === 0) return 0;
  const found = dedupe(ranked)
    .slice(0, k)
    .filter((id) => isRelevant(judgements, id)).length;
  return found / total;
}

/** 1 / rank of the first relevant document within the first `k`; 0 when there is none. */
export function reciprocalRankAt(ranked: readonly string[], judgements: Judgements, k: number): number {
  const index = dedupe(ranked)
    .slice(0, k)
    .findIndex((id) => isRelevant(judgements, id));
  return index === -1 ? 0 : 1 / (index + 1);
}

const discount = (index: number): number => 1 / Math.log2(index + 2);

/**
 * Discounted cumulative gain of the first `k`, normalised by that of the ideal order of all judged documents.
 * Gain is the grade itself (trec_eval's `ndcg_cut`, which BEIR reports), so a grade-2 document counts twice.
 */
export function ndcgAt(ranked: readonly string[], judgements: Judgements, k: number): number {
  const ideal = [...judgements.values()]
    .filter((grade) => grade > 0)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, grade, index) => sum + grade * discount(index), 0);
  if (ideal === 0) return 0;
  const gained = dedupe(ranked)
    .slice(0, k)
    .reduce((sum, id, index) => sum + Math.max(0, judgements.get(id) ?? 0) * discount(index), 0);
  return gained / ideal;
}

/** Nearest-rank percentile (`p` in 0..100) of unsorted samples: a value that was measured, never interpolated. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1]!;
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((sum, value) => sum + value, 0) / values.length;
}

export interface RankingScores {
  recallAt5: number;
  recallAt10: number;
  mrrAt10: number;
  ndcgAt10: number;
}

/** The four figures the evaluation reports, for one query. */
export function scoreRanking(ranked: readonly string[], judgements: Judgements): RankingScores {
  return {
    recallAt5: recallAt(ranked, judgements, 5),
    recallAt10: recallAt(ranked, judgements, 10),
    mrrAt10: reciprocalRankAt(ranked, judgements, 10),
    ndcgAt10: ndcgAt(ranked, judgements, 10),
  };
}

/** Means over queries (macro average, every query weighs the same). */
export function meanScores(scores: readonly RankingScores[]): RankingScores {
  return {
    recallAt5: mean(scores.map((score) => score.recallAt5)),
    recallAt10: mean(scores.map((score) => score.recallAt10)),
    mrrAt10: mean(scores.map((score) => score.mrrAt10)),
    ndcgAt10: mean(scores.map((score) => score.ndcgAt10)),
  };
}
