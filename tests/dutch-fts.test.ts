/**
 * The Dutch full-text setup against a real LanceDB: the index options are accepted, and the
 * analyzer's stored text and queries find what a Dutch reader expects.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as lancedb from '@lancedb/lancedb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDutchAnalyzer, dutchFtsOptions } from '../ingest/dutch/index.ts';

const documents = [
  {
    id: 'parkeren',
    topic: 'verkeer',
    text: 'Bewoners kunnen een parkeervergunning aanvragen bij de gemeente.',
  },
  { id: 'fietsstraat', topic: 'verkeer', text: 'In een fietsstraat is de auto te gast.' },
  { id: 'coordinatie', topic: 'bestuur', text: 'De coördinatie van de werkzaamheden ligt bij het college.' },
  { id: 'apv', topic: 'bestuur', text: 'Dit staat in de Algemene Plaatselijke Verordening, artikel 2:10.' },
  { id: 'afval', topic: 'bestuur', text: 'Het ophalen van afval gebeurt op maandag.' },
];

// Seed lexicon only, so the test is the same with or without a system word list.
const analyzer = createDutchAnalyzer({ wordListPaths: [] });

const toRow = (document: (typeof documents)[number]) => ({
  id: document.id,
  topic: document.topic,
  search_text: analyzer.searchText({ title: '', headingPath: [], text: document.text }),
});

describe('Dutch full-text search in LanceDB', () => {
  let directory = '';
  let table: lancedb.Table;

  const search = async (query: string, options: { where?: string; limit?: number } = {}) => {
    let builder = table.query().fullTextSearch(analyzer.queryText(query), { columns: 'search_text' });
    if (options.where !== undefined) builder = builder.where(options.where);
    const rows = await builder.limit(options.limit ?? 10).toArray();
    return rows.map((row: { id: string }) => row.id);
  };

  beforeAll(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'vraagbaak-dutch-fts-'));
    const connection = await lancedb.connect(directory);
    table = await connection.createTable('chunks', documents.map(toRow));
    await table.createIndex('search_text', { config: lancedb.Index.fts(dutchFtsOptions) });
  });

  afterAll(async () => {
    table?.close();
    if (directory !== '') await rm(directory, { recursive: true, force: true });
  });

  it('builds the index with the Dutch settings', async () => {
    const [index] = await table.listIndices();
    expect(index?.indexType).toBe('FTS');
    const stats = await table.indexStats('search_text_idx');
    expect(stats?.numIndexedRows).toBe(documents.length);
  });

  it('finds a compound by either of its parts', async () => {
    expect(await search('parkeer')).toEqual(['parkeren']);
    expect(await search('vergunning')).toEqual(['parkeren']);
    expect(await search('fiets')).toEqual(['fietsstraat']);
  });

  it('finds a compound by its plural and by the verb its first part comes from', async () => {
    expect(await search('parkeervergunningen')).toEqual(['parkeren']);
    expect(await search('parkeren')).toEqual(['parkeren']);
  });

  it('folds accents on both sides', async () => {
    expect(await search('coordinatie')).toEqual(['coordinatie']);
    expect(await search('Coördinatie')).toEqual(['coordinatie']);
  });

  it('returns nothing for stop words alone, and for an empty query', async () => {
    expect(await search('de het een')).toEqual([]);
    expect(await search('')).toEqual([]);
    expect(await search('?!')).toEqual([]);
  });

  it('survives the punctuation people type', async () => {
    const awkward = [
      '"parkeervergunning"',
      'fiets: (straat)',
      '+fiets -auto',
      'artikel 2:10',
      '\\*~^[]{}',
      "'t",
    ];
    for (const query of awkward) await expect(search(query)).resolves.toBeInstanceOf(Array);
    expect(await search('"parkeervergunning"')).toEqual(['parkeren']);
  });

  it('finds the full name of an abbreviation', async () => {
    expect(await search('APV')).toEqual(['apv']);
    expect(await search('apv')).toEqual(['apv']);
  });

  it('filters before ranking, with a limit', async () => {
    // Unfiltered, the parking row ranks first; a filter applied after the limit would leave nothing.
    expect(await search('parkeervergunning coördinatie', { limit: 1 })).toEqual(['parkeren']);
    expect(await search('parkeervergunning coördinatie', { where: "topic = 'bestuur'", limit: 1 })).toEqual([
      'coordinatie',
    ]);
  });

  it('finds rows added after the index was built, before optimize', async () => {
    await table.add([
      toRow({ id: 'laden', topic: 'verkeer', text: 'Een laadpaal voor elektrische auto’s.' }),
    ]);
    const stats = await table.indexStats('search_text_idx');
    expect(stats?.numUnindexedRows).toBe(1);
    expect(await search('laadpaal')).toEqual(['laden']);
    expect(await search('paal')).toEqual(['laden']);
    await table.optimize();
    expect((await table.indexStats('search_text_idx'))?.numUnindexedRows).toBe(0);
    expect(await search('laadpaal')).toEqual(['laden']);
  });
});
