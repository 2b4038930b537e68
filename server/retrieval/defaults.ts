/**
 * Defaults of the retriever, and why.
 *
 * minCoverage 0.6 was measured with `queryCoverage` on the best of the top 8 full-text hits
 * (Dutch analyzer, LanceDB FTS), over the dev sets in ../shared/eval:
 *
 * | set                                   | questions | best ≥ 0.5 | best ≥ 0.6 | best ≥ 0.67 |
 * | ------------------------------------- | --------- | ---------- | ---------- | ----------- |
 * | nl-policyqa-dev, answer page present  | 400       | 1.00       | 0.97       | 0.90        |
 * | nl-legal-dev, gold articles present   | 51        | 1.00       | 1.00       | 1.00        |
 * | off-topic questions (recipes, sports) | 10 × 2    | 0.20       | 0.00       | 0.00        |
 *
 * Off-topic questions reach 0.5 when one of two content words happens to occur (`recept`, `hoofdstad`),
 * so 0.5 lets them through; 0.6 stops them all and keeps 97-100% of answerable questions (the misses are
 * vocabulary mismatches such as `ingevoerd` against `invoering`). With the answer page removed from the
 * collection, 81-90% still pass 0.6: coverage tells on-topic from off-topic, not whether the answer itself
 * is there, which stays the answering model's call.
 *
 * indexInfoMaxAgeMs 5 s: the index description (which model made the vectors) is re-read at most this often,
 * instead of costing a few milliseconds on every hybrid query. It changes only when an ingest run re-indexes
 * with another model; for at most these seconds afterwards a mismatch can go unnoticed (different dimensions
 * still fail safe: the vector search errors and retrieval falls back to lexical).
 *
 * candidates 40: enough depth for fusion to matter (a chunk ranked 30th by one list and 3rd by the other
 * rises), small enough that coverage and duplicate checks over the union (≤ 80) cost well under a millisecond.
 */
export const retrieverDefaults = {
  candidates: 40,
  topK: 8,
  rrfK: 60,
  duplicateThreshold: 0.9,
  minCoverage: 0.6,
  indexInfoMaxAgeMs: 5_000,
} as const;
