/**
 * Near-duplicate questions as one knowledge gap: "Wat kost een bewonersvergunning?" and "Hoeveel kost een
 * bewonersvergunning" are the same gap. Questions are compared by their content words (folded, Dutch stop
 * words and question words removed) with Jaccard similarity; wording that differs only in function words
 * matches exactly, and one extra or missing content word in a short question still groups at 0.6.
 */
import { foldedWords } from '../../ingest/dutch/index.ts';
import { jaccard, queryTerms } from '../retrieval/index.ts';

export const gapSimilarity = 0.6;

/** Content words of a question, sorted; an empty list means it has none (then the folded text is used). */
export function gapTerms(question: string): string[] {
  const terms = queryTerms(question).map((term) => term.term);
  if (terms.length > 0) return [...new Set(terms)].sort();
  const folded = foldedWords(question).join(' ');
  return folded === '' ? [] : [`"${folded}"`];
}

export interface GapCandidate {
  id: string;
  terms: readonly string[];
}

/** The most similar gap at or above the threshold, or null. Ties go to the earlier candidate. */
export function closestGap(
  terms: readonly string[],
  candidates: readonly GapCandidate[],
  threshold = gapSimilarity,
): GapCandidate | null {
  if (terms.length === 0) return null;
  const own = new Set(terms);
  let best: { candidate: GapCandidate; score: number } | null = null;
  for (const candidate of candidates) {
    if (candidate.terms.length === 0) continue;
    const score = jaccard(own, new Set(candidate.terms));
    if (score >= threshold && (best === null || score > best.score)) best = { candidate, score };
  }
  return best?.candidate ?? null;
}
