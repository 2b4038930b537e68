import type { Chunk, ChunkRecord } from '../../ingest/types.ts';
import type { DocumentChunk } from '../contract/documents.ts';
import type { NoteCitation, PassageView } from '../contract/passage.ts';

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
    ...chunkPlace(chunk),
    text: chunk.text,
    modifiedAt: chunk.modifiedAt.toISOString(),
    score,
    note,
  };
}

/** A chunk in the document view (`DocumentChunkSchema`): its place, to mark passages in the full text. */
export function documentChunkView(chunk: ChunkRecord): DocumentChunk {
  return { id: chunk.id, ordinal: chunk.ordinal, ...chunkPlace(chunk) };
}
