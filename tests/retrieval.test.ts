/**
 * Retrieval against a real knowledge base: Markdown and text files through the real ingest pipeline into
 * LanceDB, read back through a separately opened store, as the server does.
 */
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDutchAnalyzer, dutchFtsOptions } from '../ingest/dutch/index.ts';
import type { Embedder } from '../ingest/embed/embedder.ts';
import { openLanceStore, type ChunkFilter, type SearchableStore } from '../ingest/store/index.ts';
import { createRetriever, type RetrievalResult } from '../server/retrieval/index.ts';
import { createDeterministicEmbedder } from './support/deterministic-embedder.ts';
import { folderSource, openHarness } from './support/ingest-harness.ts';
import { makeTempDir } from './support/paths.ts';

const permitParagraph = (year: number) =>
  `Een bewonersvergunning kost in ${year} per jaar 120 euro. U vraagt de bewonersvergunning aan via het ` +
  'digitale loket van de gemeente Groningen. Per adres worden ten hoogste twee vergunningen verleend, en ' +
  'alleen voor auto’s die op naam staan van een bewoner van dat adres. De vergunning geldt in het hele ' +
  'vergunninggebied van de wijk, maar niet in de binnenstad. Wie verhuist, zegt de vergunning op en vraagt ' +
  'een nieuwe aan voor het nieuwe adres. Bezoekers van bewoners parkeren met een bezoekersvergunning.';

interface CorpusFile {
  path: string;
  text: string;
  modified: string;
}

const files: Record<'beleid' | 'wijken' | 'directie', CorpusFile[]> = {
  beleid: [
    {
      path: 'bewonersvergunning-2024.md',
      text: `# Bewonersvergunning\n\n${permitParagraph(2024)}\n`,
      modified: '2024-03-01T12:00:00Z',
    },
    {
      path: 'bewonersvergunning-2025.md',
      text: `# Bewonersvergunning\n\n${permitParagraph(2025)}\n`,
      modified: '2025-03-01T12:00:00Z',
    },
    {
      path: 'laadpalen.md',
      text:
        '# Laadpalen\n\nEen openbare laadpaal voor een elektrische auto vraagt u aan bij de gemeente. De ' +
        'wachttijd voor een nieuwe laadpaal is ongeveer zes maanden.\n',
      modified: '2025-01-15T12:00:00Z',
    },
    {
      path: 'afvalinzameling.txt',
      text:
        'Het restafval wordt in de binnenstad op dinsdag opgehaald. Zet de container voor 7.30 uur aan de ' +
        'straat. Grofvuil haalt de gemeente op afspraak op.\n',
      modified: '2023-06-01T12:00:00Z',
    },
  ],
  wijken: [
    {
      path: 'wijkplan-oosterpoort.md',
      text:
        '# Wijkplan Oosterpoort\n\nIn de Oosterpoort komt betaald parkeren met een bewonersvergunning voor ' +
        'elke straat. De wijkraad wil minder auto’s en meer groen.\n',
      modified: '2025-05-01T12:00:00Z',
    },
  ],
  directie: [
    {
      path: 'kanarie.md',
      text:
        '# Vertrouwelijk kanarieprotocol\n\nHet kanarieprotocol regelt de geheime zwavelkanarie-procedure ' +
        'voor de bewonersvergunning van de directie. Niemand buiten de groep geheim mag dit lezen.\n',
      modified: '2025-02-01T12:00:00Z',
    },
  ],
};

const staff: ChunkFilter = { accessGroups: ['medewerkers'] };
const canaryQuery = 'kanarieprotocol zwavelkanarie procedure directie';
const ids = (result: RetrievalResult) => result.passages.map((passage) => passage.chunk.relativePath);

describe('retrieval on a real knowledge base', () => {
  let work: { dir: string; remove: () => Promise<void> };
  let store: SearchableStore;
  let embedder: ReturnType<typeof createDeterministicEmbedder>;
  const analyzer = createDutchAnalyzer();
  const queryText = (query: string) => analyzer.queryText(query);
  const pathOfChunk = new Map<string, string>();
  /** Files of the passages and of the near-duplicates folded into them. */
  const allPaths = (result: RetrievalResult) =>
    result.passages.flatMap((passage) => [
      passage.chunk.relativePath,
      ...passage.collapsed.map((id) => pathOfChunk.get(id) ?? `unknown chunk ${id}`),
    ]);

  beforeAll(async () => {
    work = await makeTempDir('retrieval');
    for (const [source, entries] of Object.entries(files)) {
      for (const file of entries) {
        const target = path.join(work.dir, 'shares', source, file.path);
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, file.text);
        const modified = new Date(file.modified);
        await utimes(target, modified, modified);
      }
    }
    embedder = createDeterministicEmbedder({ dimensions: 64 });
    const harness = await openHarness(work.dir, { embedder });
    const summary = await harness.ingest([
      folderSource('beleid', path.join(work.dir, 'shares', 'beleid'), ['medewerkers']),
      folderSource('wijken', path.join(work.dir, 'shares', 'wijken'), ['medewerkers']),
      folderSource('directie', path.join(work.dir, 'shares', 'directie'), ['geheim']),
    ]);
    expect(summary.job.counts.indexed).toBe(6);
    await harness.close();
    store = await openLanceStore({ uri: path.join(work.dir, 'index'), ftsOptions: dutchFtsOptions });
    for (const chunk of await store.listChunks()) pathOfChunk.set(chunk.id, chunk.relativePath);
  });

  afterAll(async () => {
    await store?.close();
    await work?.remove();
  });

  it('runs hybrid with the index’s embedder and lexical without one, and says so', async () => {
    const hybrid = await createRetriever({ store, embedder, queryText }).retrieve({
      query: 'Hoe vraag ik een bewonersvergunning aan?',
      filter: staff,
    });
    expect(hybrid.mode).toBe('hybrid');
    expect(hybrid.lexicalReason).toBeUndefined();
    expect(hybrid.passages.some((passage) => passage.lexical && passage.vector)).toBe(true);
    expect(hybrid.timings.vectorMs).toBeGreaterThanOrEqual(0);

    const lexical = await createRetriever({
      store,
      embedder: null,
      queryText,
      lexicalReason: 'geen model in deze test',
    }).retrieve({ query: 'Hoe vraag ik een bewonersvergunning aan?', filter: staff });
    expect(lexical.mode).toBe('lexical');
    expect(lexical.lexicalReason).toBe('geen model in deze test');
    expect(lexical.passages.length).toBeGreaterThan(0);
    expect(lexical.passages.every((passage) => passage.vector === undefined)).toBe(true);
  });

  it('falls back to lexical when the embedder fails at query time', async () => {
    const broken: Embedder = {
      ...embedder,
      info: embedder.info,
      embedQuery: async () => {
        throw new Error('worker gestopt');
      },
    };
    const result = await createRetriever({ store, embedder: broken, queryText }).retrieve({
      query: 'laadpaal aanvragen',
      filter: staff,
    });
    expect(result.mode).toBe('lexical');
    expect(result.lexicalReason).toContain('worker gestopt');
    expect(ids(result)).toContain('laadpalen.md');
  });

  it('filters by source, format and date range', async () => {
    const retriever = createRetriever({ store, embedder, queryText });
    const query = 'bewonersvergunning parkeren gemeente';
    const everything = await retriever.retrieve({ query, filter: staff, topK: 20 });
    expect(new Set(everything.passages.map((passage) => passage.chunk.source))).toEqual(
      new Set(['beleid', 'wijken']),
    );

    const wijken = await retriever.retrieve({ query, filter: { ...staff, sources: ['wijken'] } });
    expect(ids(wijken)).toEqual(['wijkplan-oosterpoort.md']);

    const text = await retriever.retrieve({ query: 'gemeente', filter: { ...staff, formats: ['text'] } });
    expect(ids(text)).toEqual(['afvalinzameling.txt']);

    const recent = await retriever.retrieve({
      query,
      filter: { ...staff, modifiedFrom: new Date('2025-01-01'), modifiedTo: new Date('2025-04-01') },
      topK: 20,
    });
    expect(allPaths(recent)).toContain('bewonersvergunning-2025.md');
    expect(allPaths(recent)).not.toContain('bewonersvergunning-2024.md');
    expect(allPaths(recent)).not.toContain('wijkplan-oosterpoort.md');
  });

  it('never shows a document of group geheim to a reader in medewerkers, on any path', async () => {
    const canaryVector = await embedder.embedQuery(files.directie[0]!.text);
    const canaryLexical = queryText(canaryQuery);
    const isCanary = (relativePath: string) => relativePath === 'kanarie.md';

    // Control: the canary is what every path finds first for a reader who may see it.
    const secret: ChunkFilter = { accessGroups: ['geheim'] };
    expect(
      (await store.searchLexical(canaryLexical, { filter: secret, limit: 5 }))[0]?.chunk.relativePath,
    ).toBe('kanarie.md');
    expect(
      (await store.searchVector(canaryVector, { filter: secret, limit: 5 }))[0]?.chunk.relativePath,
    ).toBe('kanarie.md');

    const lexicalHits = await store.searchLexical(canaryLexical, { filter: staff, limit: 50 });
    const vectorHits = await store.searchVector(canaryVector, { filter: staff, limit: 50 });
    expect(vectorHits.length).toBeGreaterThan(0);
    expect([...lexicalHits, ...vectorHits].some((hit) => isCanary(hit.chunk.relativePath))).toBe(false);

    for (const retrieverEmbedder of [embedder, null]) {
      const retriever = createRetriever({ store, embedder: retrieverEmbedder, queryText });
      const asStaff = await retriever.retrieve({ query: canaryQuery, filter: { ...staff }, topK: 50 });
      expect(allPaths(asStaff).some(isCanary)).toBe(false);
      const asSecret = await retriever.retrieve({ query: canaryQuery, filter: secret });
      expect(ids(asSecret)[0]).toBe('kanarie.md');
    }
  });

  it('collapses the same paragraph in two versions of a document', async () => {
    const result = await createRetriever({ store, embedder, queryText }).retrieve({
      query: 'Wat kost een bewonersvergunning per jaar?',
      filter: staff,
    });
    const versions = result.passages.filter((passage) => passage.chunk.title === 'Bewonersvergunning');
    expect(versions).toHaveLength(1);
    const folded = versions[0]!.collapsed.map((id) => pathOfChunk.get(id));
    expect([versions[0]!.chunk.relativePath, ...folded].sort()).toEqual([
      'bewonersvergunning-2024.md',
      'bewonersvergunning-2025.md',
    ]);
    expect(result.relevant).toBe(true);
  });

  it('reports an off-topic question as not relevant, with a reason', async () => {
    for (const retrieverEmbedder of [embedder, null]) {
      const result = await createRetriever({ store, embedder: retrieverEmbedder, queryText }).retrieve({
        query: 'Wat is het recept voor appeltaart met kaneel?',
        filter: staff,
      });
      expect(result.relevant).toBe(false);
      expect(result.irrelevance?.kind).toMatch(/^(low-coverage|nothing-found)$/);
    }
  });
});
