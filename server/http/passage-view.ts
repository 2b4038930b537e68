import type { Chunk, ChunkRecord } from '../../ingest/types.ts';
import type { NoteCitation } from '../notes/api-types.ts';

/**
 * Where a chunk stands in its document: character offsets in the extracted text, pages and headings. The
 * passages of search and chat and the chunks of the document view show the same place, mapped here once.
 */
export interface ChunkPlace {
  pageStart: number | null;
  pageEnd: number | null;
  headingPath: string[];
  start: number;
  end: number;
}

export function chunkPlace(chunk: Chunk): ChunkPlace {
  return {
    pageStart: chunk.pageStart ?? null,
    pageEnd: chunk.pageEnd ?? null,
    headingPath: chunk.headingPath,
    start: chunk.start,
    end: chunk.end,
  };
}

/** What the API shows of a passage: enough to cite and check it, nothing internal. */
export interface PassageView extends ChunkPlace {
  number: number;
  chunkId: string;
  documentId: string;
  title: string;
  source: string;
  relativePath: string;
  format: string;
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
    ...chunkPlace(chunk),
    text: chunk.text,
    modifiedAt: chunk.modifiedAt.toISOString(),
    score,
    note,
  };
}

/** A chunk in the document view: its place, to mark passages in the full text (the text is the document's). */
export interface DocumentChunkView extends ChunkPlace {
  id: string;
  ordinal: number;
}

export function documentChunkView(chunk: ChunkRecord): DocumentChunkView {
  return { id: chunk.id, ordinal: chunk.ordinal, ...chunkPlace(chunk) };
}
