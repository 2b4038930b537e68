import type { ChunkRecord } from '../../ingest/types.ts';
import type { NoteCitation } from '../contract/note-views.ts';

/** What the API shows of a passage: enough to cite and check it, nothing internal. */
export interface PassageView {
  number: number;
  chunkId: string;
  documentId: string;
  title: string;
  source: string;
  relativePath: string;
  format: string;
  pageStart: number | null;
  pageEnd: number | null;
  headingPath: string[];
  start: number;
  end: number;
  text: string;
  modifiedAt: string;
  score: number;
  /** Set for a passage from a knowledge note (source `ervaringskennis`): cite it by `note.label`, link to the note. */
  note?: NoteCitation | null;
}

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
