import { createHash } from 'node:crypto';
import path from 'node:path';
import type {
  Chunk,
  ChunkRecord,
  DocumentFormat,
  DocumentRecord,
  ParseFailure,
  SourceConfig,
  SourceFile,
} from './types.ts';

/** Stable across runs and machines: the same file in the same source always has the same id. */
export function documentId(source: string, relativePath: string): string {
  return createHash('sha256').update(`${source}\u0000${relativePath}`).digest('hex').slice(0, 24);
}

export function chunkId(documentIdValue: string, chunkSet: string, ordinal: number): string {
  return `${documentIdValue}:${chunkSet}:${ordinal}`;
}

export function titleFromPath(relativePath: string): string {
  return path.posix
    .basename(relativePath)
    .replace(/\.[^.]+$/, '')
    .replace(/[_]+/g, ' ')
    .trim();
}

interface DocumentBase {
  source: SourceConfig;
  file: SourceFile;
  contentHash: string;
  readerVersion: string;
  chunkSet: string;
  now: Date;
}

export function failedDocument(
  base: DocumentBase,
  failure: ParseFailure,
  format: DocumentFormat | 'unknown',
): DocumentRecord {
  return {
    id: documentId(base.source.name, base.file.relativePath),
    source: base.source.name,
    relativePath: base.file.relativePath,
    title: titleFromPath(base.file.relativePath),
    format,
    sizeBytes: base.file.sizeBytes,
    modifiedAt: base.file.modifiedAt,
    contentHash: base.contentHash,
    readerVersion: base.readerVersion,
    status: failure.status,
    reason: failure.reason,
    pageCount: 0,
    chunkCount: 0,
    chunkSet: base.chunkSet,
    accessGroups: base.source.accessGroups,
    text: '',
    indexedAt: base.now,
  };
}

export function indexedDocument(
  base: DocumentBase,
  parsed: { title: string; format: DocumentFormat; pageCount: number; text: string; warnings: string[] },
  chunkCount: number,
): DocumentRecord {
  return {
    ...failedDocument(base, { status: 'failed', reason: '' }, parsed.format),
    title: parsed.title,
    status: 'indexed',
    reason: parsed.warnings.join('; '),
    pageCount: parsed.pageCount,
    chunkCount,
    text: parsed.text,
  };
}

export function chunkRecords(
  document: DocumentRecord,
  chunks: Chunk[],
  searchText: (fields: { title: string; headingPath: string[]; text: string }) => string,
  vectors: Float32Array[] | null,
): ChunkRecord[] {
  return chunks.map((chunk, index) => ({
    ...chunk,
    id: chunkId(document.id, document.chunkSet, chunk.ordinal),
    documentId: document.id,
    chunkSet: document.chunkSet,
    source: document.source,
    relativePath: document.relativePath,
    title: document.title,
    format: document.format as DocumentFormat,
    modifiedAt: document.modifiedAt,
    contentHash: document.contentHash,
    accessGroups: document.accessGroups,
    searchText: searchText({ title: document.title, headingPath: chunk.headingPath, text: chunk.text }),
    vector: vectors ? vectors[index] : undefined,
  }));
}
