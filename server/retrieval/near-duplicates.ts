/**
 * Collapses passages that say the same thing, so the answer does not cite one paragraph twice. The common case
 * is the same paragraph in two versions of a document (`beleidsregels-2024.pdf`, `beleidsregels-2025.pdf`):
 * their texts differ in a date or a word, which exact matching would miss.
 */
import { isSimilar, shingleHashes } from './shingle-hashes.ts';
import { foldedWords } from '../../ingest/dutch/index.ts';

export interface DuplicateOptions {
  /** Jaccard similarity of word shingles at or above which two passages are one; default 0.9. */
  threshold?: number;
  /**
   * Words per shingle; default 2. A changed word alters `size` shingles, so with pairs a 150-word chunk (the
   * chunker's 256 tokens) stays above 0.9 after three or four edits, as between two versions of one paragraph.
   */
  shingleSize?: number;
}

export interface CollapsedGroup<P> {
  /** The best-ranked passage of the group. */
  passage: P;
  /** Ids of the passages folded into it, in rank order. */
  collapsed: string[];
}

/**
 * Overlapping runs of `size` words; a text shorter than that is one shingle of all its words. The readable
 * definition: collapsing uses the same shingles hashed (`shingle-hashes.ts`).
 */
export function shingles(text: string, size = 2): Set<string> {
  const words = foldedWords(text);
  const result = new Set<string>();
  if (words.length === 0) return result;
  if (words.length <= size) {
    result.add(words.join(' '));
    return result;
  }
  for (let index = 0; index + size <= words.length; index++)
    result.add(words.slice(index, index + size).join(' '));
  return result;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const item of small) if (large.has(item)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Passages in rank order in, groups in the same order out. Each passage joins the first kept passage it is
 * near enough to; the kept one is always the better-ranked. Quadratic in the worst case, but a dissimilar
 * pair is rejected after a few steps (`isSimilar`).
 */
export function collapseNearDuplicates<P extends { id: string; text: string }>(
  passages: readonly P[],
  options: DuplicateOptions = {},
): CollapsedGroup<P>[] {
  const threshold = options.threshold ?? 0.9;
  const size = options.shingleSize ?? 2;
  const kept: (CollapsedGroup<P> & { hashes: Uint32Array })[] = [];
  for (const passage of passages) {
    const hashes = shingleHashes(passage.text, size);
    const group = kept.find((candidate) => isSimilar(hashes, candidate.hashes, threshold));
    if (group) group.collapsed.push(passage.id);
    else kept.push({ passage, collapsed: [], hashes });
  }
  return kept.map(({ passage, collapsed }) => ({ passage, collapsed }));
}
