import { describe, expect, it } from 'vitest';
import type { ChunkRecord } from '../../ingest/types.ts';
import { chunkPlace, documentChunkView, passageView } from './passage-view.ts';

const chunk: ChunkRecord = {
  id: 'c1',
  documentId: 'd1',
  chunkSet: 'set',
  ordinal: 3,
  text: 'De bewonersvergunning kost 120 euro.',
  searchText: 'bewonersvergunning kost euro',
  start: 100,
  end: 136,
  pageStart: 2,
  pageEnd: 3,
  headingPath: ['Parkeren', 'Vergunningen'],
  tokenCount: 9,
  source: 'bron',
  relativePath: 'parkeren.pdf',
  title: 'Parkeren',
  format: 'pdf',
  modifiedAt: new Date('2025-01-02T03:04:05.000Z'),
  contentHash: 'hash',
  accessGroups: ['medewerkers'],
  vector: [1, 0],
};

describe('chunk views', () => {
  it('shows a passage with its place and nothing internal', () => {
    expect(passageView(1, chunk, 0.5)).toEqual({
      number: 1,
      chunkId: 'c1',
      documentId: 'd1',
      title: 'Parkeren',
      source: 'bron',
      relativePath: 'parkeren.pdf',
      format: 'pdf',
      pageStart: 2,
      pageEnd: 3,
      headingPath: ['Parkeren', 'Vergunningen'],
      start: 100,
      end: 136,
      text: 'De bewonersvergunning kost 120 euro.',
      modifiedAt: '2025-01-02T03:04:05.000Z',
      score: 0.5,
      note: null,
    });
  });

  it('shows a chunk of the document view with the same place', () => {
    expect(documentChunkView(chunk)).toEqual({ id: 'c1', ordinal: 3, ...chunkPlace(chunk) });
    expect(documentChunkView(chunk)).toMatchObject({ start: 100, end: 136, pageStart: 2, pageEnd: 3 });
  });

  it('says null, not undefined, for a chunk without pages', () => {
    const { pageStart: _start, pageEnd: _end, ...withoutPages } = chunk;
    expect(chunkPlace(withoutPages)).toEqual({
      pageStart: null,
      pageEnd: null,
      headingPath: ['Parkeren', 'Vergunningen'],
      start: 100,
      end: 136,
    });
  });
});
