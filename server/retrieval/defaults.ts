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
 * candidates 100: enough depth for fusion to matter (a chunk ranked 30th by one list and 3rd by the other
 * rises) and for `groupSections` to find the later parts of an article, which share few words with the
 * question. Full-text retrieval on nl-legal-dev with section grouping (README, "Retrieval quality"):
 * 40 → nDCG@10 0.894 / recall@10 0.936, 80 → 0.898 / 0.940, 100 → 0.914 / 0.962, 150 → 0.921 / 0.971;
 * nl-policyqa-dev is the same at every depth. Coverage is computed for the returned passages only, so the
 * extra depth costs the store's search and the duplicate check, a few milliseconds.
 *
 * sectionSiblings 3: up to three more parts of a section follow its best-ranked part (about 3,000 characters
 * of one article). On nl-legal-dev: 1 → recall@10 0.891, 2 → 0.930, 3 → 0.962, unlimited → 0.968.
 */
export const retrieverDefaults = {
  candidates: 100,
  topK: 8,
  rrfK: 60,
  duplicateThreshold: 0.9,
  minCoverage: 0.6,
  indexInfoMaxAgeMs: 5_000,
  sectionSiblings: 3,
} as const;
