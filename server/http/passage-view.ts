import type { ChunkRecord } from '../../ingest/types.ts';
import type { NoteCitation, PassageView } from '../contract/passage.ts';

/** What the API shows of a passage (`PassageSchema`): enough to cite and check it, nothing internal. */
export function passageView(
  number: number,
  chunk: ChunkRecord,
  score: number,
  note: NoteCitation | null = null,
): PassageView {
  return {
    number,
    chunkId: chunk.id,
    documentId: chunk.documentId,
    title: chunk.title,
    source: chunk.source,
    relativePath: chunk.relativePath,
    format: chunk.format,
    pageStart: chunk.pageStart ?? null,
    pageEnd: chunk.pageEnd ?? null,
    headingPath: chunk.headingPath,
    start: chunk.start,
    end: chunk.end,
    text: chunk.text,
    modifiedAt: chunk.modifiedAt.toISOString(),
    score,
    note,
  };
}
