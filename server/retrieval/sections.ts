/**
 * Keeps the parts of one section together. A long article is stored as several chunks (or, in a corpus that
 * publishes it in parts, as several documents with the same title), and only the first part repeats the words
 * of the question: the rest of its list of conditions ranks far lower, or below other articles of the same
 * chapter. Moving a passage's section siblings among the candidates up to just behind it gives the reader, and
 * the answer, the whole article. Measured on nl-legal-dev: recall@10 0.859 → 0.962 (README, "Retrieval quality").
 *
 * A section is the same source, title and heading path; passages without headings (a PDF without detectable
 * headings) form no section, or a whole document would be one. At most `maxSiblings` follow each passage, so
 * one long section cannot crowd out every other document.
 */
import type { ChunkRecord } from '../../ingest/types.ts';

const sectionKey = (chunk: ChunkRecord): string | null =>
  chunk.headingPath.length === 0 ? null : [chunk.source, chunk.title, ...chunk.headingPath].join('\u0000');

/** The same items, best first, with up to `maxSiblings` later items of each one's section moved behind it. */
export function groupSections<T extends { chunk: ChunkRecord }>(
  ranked: readonly T[],
  maxSiblings: number,
): T[] {
  if (maxSiblings <= 0) return [...ranked];
  const keys = ranked.map((item) => sectionKey(item.chunk));
  const placed = new Set<number>();
  const grouped: T[] = [];
  ranked.forEach((item, index) => {
    if (placed.has(index)) return;
    placed.add(index);
    grouped.push(item);
    const key = keys[index];
    if (key === null) return;
    let moved = 0;
    for (let later = index + 1; later < ranked.length && moved < maxSiblings; later++) {
      if (placed.has(later) || keys[later] !== key) continue;
      placed.add(later);
      grouped.push(ranked[later]!);
      moved += 1;
    }
  });
  return grouped;
}
