import { cp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as lancedb from '@lancedb/lancedb';
import { readerVersion } from '../ingest/parse/index.ts';
import type { SearchableStore } from '../ingest/store/index.ts';
import { createDeterministicEmbedder } from './support/deterministic-embedder.ts';
import { consistencyProblems, folderSource, openHarness, type Harness } from './support/ingest-harness.ts';
import { makeTempDir, sampleDir } from './support/paths.ts';

const markdown = (title: string, body: string) =>
  `# ${title}\n\n## Inleiding\n\n${body}\n\n## Regels\n\nDe regels gelden voor heel Groningen.\n`;

describe('incremental sync', () => {
  let work: { dir: string; remove: () => Promise<void> };
  let corpus: string;
  let harness: Harness;

  beforeEach(async () => {
    work = await makeTempDir('sync');
    corpus = path.join(work.dir, 'share');
    await mkdir(path.join(corpus, 'beleid'), { recursive: true });
    await writeFile(
      path.join(corpus, 'beleid', 'fietsstraten.md'),
      markdown('Fietsstraten', 'Een fietsstraat is een straat waar de fiets de hoofdgebruiker is.'),
    );
    await writeFile(
      path.join(corpus, 'beleid', 'laadpalen.md'),
      markdown('Laadpalen', 'Een laadpaal vraagt u aan bij de gemeente.'),
    );
    await writeFile(
      path.join(corpus, 'notitie.txt'),
      'Deelscooters mogen niet op de stoep staan.\n\nDit is een tweede alinea.',
    );
    await writeFile(path.join(corpus, 'tabel.xlsx'), 'not really a spreadsheet');
    await writeFile(path.join(corpus, '~$open.docx'), 'lock');
    await writeFile(path.join(corpus, '.verborgen.md'), '# geheim');
    harness = await openHarness(work.dir);
  });

  afterEach(async () => {
    await harness.close();
    await work.remove();
  });

  it('indexes, then finds everything unchanged, then applies add, change and delete', async () => {
    const source = folderSource('share', corpus);
    const first = await harness.ingest([source]);
    expect(first.job.status).toBe('completed');
    expect(first.job.counts.indexed).toBe(3);
    expect(first.job.counts.skipped).toBe(3); // xlsx, lock file, hidden file
    const skipped = first.files
      .filter((file) => file.status === 'skipped')
      .map((file) => `${file.relativePath}: ${file.reason}`);
    expect(skipped).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^tabel\.xlsx: formaat niet ondersteund/),
        '~$open.docx: Office-vergrendelbestand (tijdelijk)',
        '.verborgen.md: verborgen bestand',
      ]),
    );
    expect(await consistencyProblems(harness.store)).toEqual([]);
    const chunksBefore = await harness.store.listChunks();

    const second = await harness.ingest([source]);
    expect(second.job.counts.unchanged).toBe(4); // three documents and the recorded xlsx
    expect(second.job.counts.indexed).toBe(0);
    expect((await harness.store.listChunks()).map((chunk) => chunk.id)).toEqual(
      chunksBefore.map((chunk) => chunk.id),
    );

    await writeFile(
      path.join(corpus, 'beleid', 'laadpalen.md'),
      markdown('Laadpalen', 'Nieuwe regel: de wachttijd voor een laadpaal is zes maanden.'),
    );
    await writeFile(
      path.join(corpus, 'beleid', 'venstertijden.md'),
      markdown('Venstertijden', 'Laden en lossen mag van 7.00 tot 11.00 uur.'),
    );
    await rm(path.join(corpus, 'notitie.txt'));
    const third = await harness.ingest([source]);
    expect(third.job.counts).toMatchObject({ indexed: 2, removed: 1, unchanged: 2 });
    expect(await consistencyProblems(harness.store)).toEqual([]);
    const documents = await harness.store.listDocuments('share');
    expect(documents.map((document) => document.relativePath).sort()).toEqual([
      'beleid/fietsstraten.md',
      'beleid/laadpalen.md',
      'beleid/venstertijden.md',
      'tabel.xlsx',
    ]);
    const chunks = await harness.store.listChunks();
    expect(chunks.some((chunk) => chunk.text.includes('zes maanden'))).toBe(true);
    expect(chunks.some((chunk) => chunk.text.includes('Een laadpaal vraagt u aan'))).toBe(false);
    expect(chunks.some((chunk) => chunk.relativePath === 'notitie.txt')).toBe(false);
  });

  it('keeps exact provenance: offsets into the stored text, heading paths, access groups', async () => {
    await harness.ingest([folderSource('share', corpus, ['mobiliteit'])]);
    const chunks = await harness.store.listChunks();
    expect(chunks.length).toBeGreaterThan(0);
    for (const chunk of chunks) {
      const document = await harness.store.getDocument(chunk.documentId);
      expect(document?.text.slice(chunk.start, chunk.end)).toBe(chunk.text);
      expect(chunk.accessGroups).toEqual(['mobiliteit']);
    }
    const rules = chunks.find(
      (chunk) => chunk.relativePath === 'beleid/fietsstraten.md' && chunk.text.includes('heel Groningen'),
    );
    expect(rules?.headingPath).toEqual(['Fietsstraten', 'Regels']);
  });

  it('lists what would change on a dry run and writes nothing', async () => {
    const source = folderSource('share', corpus);
    const dry = await harness.ingest([source], { dryRun: true });
    // The .xlsx is listed too: a dry run does not read files, so only a real run says it is unsupported.
    expect(dry.plan?.filter((entry) => entry.change === 'new')).toHaveLength(4);
    expect(await harness.store.listDocuments()).toEqual([]);
    expect(await harness.store.listJobs()).toEqual([]);
  });

  it('does not treat an empty (unmounted) share as "everything deleted"', async () => {
    const source = folderSource('share', corpus);
    await harness.ingest([source]);
    const emptyRoot = path.join(work.dir, 'unmounted');
    await mkdir(emptyRoot);
    const run = await harness.ingest([{ ...source, root: emptyRoot }]);
    expect(run.job.counts.removed).toBe(0);
    expect(run.warnings.join(' ')).toMatch(/is leeg/);
    expect((await harness.store.listDocuments('share')).length).toBe(4);
  });

  it('never follows a link out of the source root', async () => {
    const outside = path.join(work.dir, 'elders');
    await mkdir(outside);
    await writeFile(path.join(outside, 'geheim.md'), '# Geheim\n\nDit hoort niet in de kennisbank.');
    await symlink(outside, path.join(corpus, 'koppeling'));
    const run = await harness.ingest([folderSource('share', corpus)]);
    expect(run.files.find((file) => file.relativePath === 'koppeling')?.reason).toMatch(/buiten de bron/);
    expect((await harness.store.listChunks()).some((chunk) => chunk.text.includes('hoort niet'))).toBe(false);
  });

  it('re-embeds everything when the embedding model changes, never mixing vectors', async () => {
    const source = folderSource('share', corpus);
    const modelA = createDeterministicEmbedder({ dimensions: 16, model: 'test/model-a' });
    const modelB = createDeterministicEmbedder({ dimensions: 8, model: 'test/model-b' });
    await harness.ingest([source], { embedder: modelA });
    expect((await harness.store.readIndexInfo())?.embeddingModel).toBe('test/model-a');
    const rerun = await harness.ingest([source], { embedder: modelB });
    expect(rerun.job.counts.indexed).toBe(3);
    expect(rerun.job.counts.unchanged).toBe(0);
    const info = await harness.store.readIndexInfo();
    expect(info).toMatchObject({ embeddingModel: 'test/model-b', dimensions: 8 });
    const chunks = await harness.store.listChunks({ full: true });
    expect(chunks.every((chunk) => chunk.vector !== undefined && chunk.vector.length === 8)).toBe(true);
    expect(await consistencyProblems(harness.store)).toEqual([]);
    // A reader's listing (the document view) leaves the vectors and the search text in the table.
    const forReader = await harness.store.listChunks({ documentId: chunks[0]!.documentId });
    expect(forReader.length).toBeGreaterThan(0);
    expect(forReader.every((chunk) => chunk.vector === undefined && chunk.searchText === '')).toBe(true);

    const lexical = await harness.ingest([source], { embedder: null });
    expect(lexical.job.counts.indexed).toBe(3);
    expect(await harness.store.readIndexInfo()).toMatchObject({
      embeddingModel: null,
      lexicalReason: 'test zonder model',
    });
  });

  it('recomputes only the search text for a new version of the Dutch search analysis, keeping the vectors', async () => {
    const source = folderSource('share', corpus);
    const embedder = createDeterministicEmbedder();
    await harness.ingest([source], { embedder });
    const before = await harness.store.listChunks({ full: true });
    expect(before.every((chunk) => chunk.vector?.length === 16)).toBe(true);
    const info = await harness.store.readIndexInfo();
    expect(info?.chunking.searchText).toBeTruthy();

    // A knowledge base from an older analyzer: another version recorded, and search text it would have made.
    await harness.close();
    const database = await lancedb.connect(path.join(work.dir, 'index'));
    await (await database.openTable('chunks')).update({ valuesSql: { search_text: "'verouderd'" } });
    database.close();
    harness = await openHarness(work.dir);
    await harness.store.writeIndexInfo({
      ...info!,
      chunking: { ...info!.chunking, searchText: 'older-version' },
    });
    const everyone = { accessGroups: ['medewerkers'] };
    expect(
      await (harness.store as SearchableStore).searchLexical('fietsstraat', { filter: everyone, limit: 5 }),
    ).toEqual([]);

    const embedded = embedder.calls.length;
    const rerun = await harness.ingest([source], { embedder });
    expect(rerun.job.counts).toMatchObject({ indexed: 0, unchanged: 4 });
    expect(embedder.calls.length).toBe(embedded); // nothing embedded again
    expect((rerun.job.warnings ?? []).join(' ')).toMatch(/Zoektekst van \d+ tekststukken opnieuw berekend/u);
    expect((await harness.store.readIndexInfo())?.chunking.searchText).toBe(info!.chunking.searchText);

    const after = await harness.store.listChunks({ full: true });
    expect(after.map((chunk) => chunk.id).sort()).toEqual(before.map((chunk) => chunk.id).sort());
    const vectorOf = new Map(before.map((chunk) => [chunk.id, Array.from(chunk.vector ?? [])]));
    for (const chunk of after) expect(Array.from(chunk.vector ?? [])).toEqual(vectorOf.get(chunk.id));
    const found = await (harness.store as SearchableStore).searchLexical('fietsstraat', {
      filter: everyone,
      limit: 5,
    });
    expect(found[0]?.chunk.relativePath).toBe('beleid/fietsstraten.md');
    expect(await consistencyProblems(harness.store)).toEqual([]);
    expect(await harness.ingest([source], { embedder }).then((run) => run.job.counts.indexed)).toBe(0);
  });

  it('reads real PDF and DOCX files with pages and headings', async () => {
    await cp(sampleDir, path.join(corpus, 'voorbeeld'), { recursive: true });
    const run = await harness.ingest([folderSource('share', corpus)]);
    expect(run.job.counts.failed).toBe(0);
    const chunks = await harness.store.listChunks();
    const pdfChunks = chunks.filter((chunk) => chunk.format === 'pdf');
    expect(pdfChunks.length).toBeGreaterThan(0);
    expect(
      pdfChunks.every(
        (chunk) => (chunk.pageStart ?? 0) >= 1 && (chunk.pageEnd ?? 0) >= (chunk.pageStart ?? 0),
      ),
    ).toBe(true);
    expect(Math.max(...pdfChunks.map((chunk) => chunk.pageEnd ?? 0))).toBeGreaterThan(1);
    const docxChunks = chunks.filter((chunk) => chunk.format === 'docx');
    expect(docxChunks.some((chunk) => chunk.headingPath.length >= 2)).toBe(true);
    const tariff = pdfChunks.find((chunk) => chunk.text.includes('€ 98,40'));
    expect(tariff?.headingPath.at(-1)).toBe('4.4 Kosten van een bewonersvergunning');
    expect(await consistencyProblems(harness.store)).toEqual([]);
  });

  it('reads again only the files whose reader changed, not the whole index', async () => {
    await cp(sampleDir, path.join(corpus, 'voorbeeld'), { recursive: true });
    const source = folderSource('share', corpus);
    await harness.ingest([source]);
    const documents = await harness.store.listDocuments();
    expect(documents.find((document) => document.format === 'pdf')?.readerVersion).toBe(
      readerVersion('.pdf'),
    );
    const pdfCount = documents.filter((document) => document.relativePath.endsWith('.pdf')).length;
    expect(pdfCount).toBeGreaterThan(0);

    // A knowledge base from before reader versions: its documents count as read by version 1 of their reader,
    // so after this upgrade only the PDFs (now version 2) are read again.
    await harness.close();
    const database = await lancedb.connect(path.join(work.dir, 'index'));
    await (await database.openTable('documents')).update({ valuesSql: { reader_version: 'NULL' } });
    database.close();
    harness = await openHarness(work.dir);
    expect((await harness.store.listDocuments()).every((document) => !document.readerVersion)).toBe(true);
    const upgradedToday = await harness.ingest([source]);
    expect(upgradedToday.job.counts.indexed).toBe(pdfCount);
    expect(upgradedToday.job.counts.unchanged).toBe(documents.length - pdfCount);

    // A newer PDF reader: the PDFs are read again, everything else stays as it is.
    const newerPdfReader = (extension: string) =>
      extension === '.pdf' ? '.pdf@99' : readerVersion(extension);
    const upgraded = await harness.ingest([source], { readerVersion: newerPdfReader });
    expect(upgraded.job.counts.indexed).toBe(pdfCount);
    expect(upgraded.job.counts.unchanged).toBe(documents.length - pdfCount);
    const again = await harness.ingest([source], { readerVersion: newerPdfReader });
    expect(again.job.counts.indexed).toBe(0);
    expect(await consistencyProblems(harness.store)).toEqual([]);
  });
});
