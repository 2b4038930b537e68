import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as lancedb from '@lancedb/lancedb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharesGroup } from '../access/index.ts';
import { seededRandom } from '../chunk/test-documents.ts';
import type { ChunkRecord, DocumentRecord } from '../types.ts';
import { accessGroupsSql, chunkFilterSql } from './filter.ts';
import { openLanceStore } from './lance-store.ts';
import { chunkToRow, documentToRow } from './rows.ts';
import { chunksSchema, documentsSchema } from './schema.ts';

/** Names chosen to hit every edge of the rule: blanks, padding, case, quotes, a separator-like comma. */
const names = ['a', 'b', 'A', ' a', 'a ', '\tb', '', ' ', "o'k", 'x, y', 'Directie', 'directie'];

/** Random group sets of up to three names, seeded so a failure reproduces. */
function groupSets(count: number, seed: number): string[][] {
  const next = seededRandom(seed);
  return Array.from({ length: count }, () =>
    Array.from({ length: Math.floor(next() * 4) }, () => names[Math.floor(next() * names.length)]!),
  );
}

const itemGroups = groupSets(60, 11);
const readerGroups = [...groupSets(60, 29), [], [''], [' ', '\t'], ["o'k"], ["' OR '1'='1"]];

function document(index: number, accessGroups: string[]): DocumentRecord {
  return {
    id: `d${index}`,
    source: 'bron',
    relativePath: `${index}.md`,
    title: `Document ${index}`,
    format: 'markdown',
    sizeBytes: 1,
    modifiedAt: new Date(0),
    contentHash: 'hash',
    status: 'indexed',
    reason: '',
    pageCount: 0,
    chunkCount: 1,
    chunkSet: 'set',
    accessGroups,
    text: 'tekst',
    indexedAt: new Date(0),
  };
}

function chunk(index: number, accessGroups: string[]): ChunkRecord {
  return {
    id: `c${index}`,
    documentId: `d${index}`,
    chunkSet: 'set',
    ordinal: 0,
    text: 'tekst',
    searchText: 'tekst',
    start: 0,
    end: 5,
    headingPath: [],
    tokenCount: 1,
    source: 'bron',
    relativePath: `${index}.md`,
    title: `Document ${index}`,
    format: 'markdown',
    modifiedAt: new Date(0),
    contentHash: 'hash',
    accessGroups,
  };
}

/** Property: for random item and reader groups, the SQL clause over stored rows and `sharesGroup` agree. */
describe('the access clause and sharesGroup agree', () => {
  let dir: string;
  let connection: lancedb.Connection;
  let documents: lancedb.Table;
  let chunks: lancedb.Table;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'vraagbaak-access-sql-'));
    connection = await lancedb.connect(dir);
    documents = await connection.createEmptyTable('documents', documentsSchema);
    await documents.add(itemGroups.map((groups, index) => documentToRow(document(index, groups))));
    chunks = await connection.createEmptyTable('chunks', chunksSchema(null));
    await chunks.add(itemGroups.map((groups, index) => chunkToRow(chunk(index, groups), false)));
  });

  afterAll(async () => {
    connection?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const expected = (reader: string[], prefix: string) =>
    itemGroups.flatMap((groups, index) => (sharesGroup(reader, groups) ? [`${prefix}${index}`] : [])).sort();
  const ids = (rows: Record<string, unknown>[]) => rows.map((row) => String(row.id)).sort();

  it('on the documents table (accessGroupsSql)', async () => {
    for (const reader of readerGroups) {
      const rows = await documents.query().where(accessGroupsSql(reader)).select(['id']).toArray();
      expect(ids(rows), JSON.stringify(reader)).toEqual(expected(reader, 'd'));
    }
  });

  it('on the chunks table (chunkFilterSql)', async () => {
    for (const reader of readerGroups) {
      const rows = await chunks
        .query()
        .where(chunkFilterSql({ accessGroups: reader }))
        .select(['id'])
        .toArray();
      expect(ids(rows), JSON.stringify(reader)).toEqual(expected(reader, 'c'));
    }
  });

  it('finds something for some readers and nothing for others, so the agreement is not vacuous', () => {
    const seen = readerGroups.map((reader) => expected(reader, 'd').length);
    expect(seen.some((count) => count > 0)).toBe(true);
    expect(seen.some((count) => count === 0)).toBe(true);
  });
});

describe('the store keeps group names normalised', () => {
  it('when it writes documents and when it changes a source’s groups, blank ones included', async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'vraagbaak-access-store-'));
    try {
      const store = await openLanceStore({ uri: work, ftsOptions: {} });
      await store.commit(
        [{ document: document(1, [' mobiliteit ', '']), chunks: [chunk(1, [' mobiliteit '])] }],
        'set',
      );
      expect((await store.getDocument('d1'))?.accessGroups).toEqual(['mobiliteit']);
      expect((await store.getDocumentFor('d1', ['mobiliteit']))?.id).toBe('d1');
      expect(await store.getDocumentFor('d1', ['directie', ' '])).toBeNull();

      await store.setSourceAccess('bron', ["o'k ", 'directie', ' directie']);
      expect((await store.getDocument('d1'))?.accessGroups).toEqual(["o'k", 'directie']);
      expect((await store.listChunks({ documentId: 'd1' }))[0]?.accessGroups).toEqual(["o'k", 'directie']);
      expect((await store.getDocumentFor('d1', ['directie']))?.id).toBe('d1');

      // Only blank names: no group, so nobody, not even a reader whose groups are blank too.
      await store.setSourceAccess('bron', ['  ', '']);
      expect((await store.getDocument('d1'))?.accessGroups).toEqual([]);
      expect(await store.getDocumentFor('d1', ['  ', ''])).toBeNull();
      await store.close();
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
