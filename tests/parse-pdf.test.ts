import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePdf } from '../ingest/parse/pdf.ts';
import type { ParsedDocument } from '../ingest/types.ts';
import {
  buildFixtures,
  fixturePath,
  largePdfPages,
  multiPagePdfMarkers,
  type FixtureName,
} from './fixtures/build-fixtures.ts';

const parseFixture = async (name: FixtureName) => parsePdf(await readFile(fixturePath(name)));

async function parsedFixture(name: FixtureName): Promise<ParsedDocument> {
  const result = await parseFixture(name);
  if (!result.ok) throw new Error(`${name}: ${result.reason.status} ${result.reason.reason}`);
  return result.value;
}

describe('PDF parser on generated PDFs', () => {
  beforeAll(() => buildFixtures());

  it('keeps the page of every block and the metadata title', async () => {
    const document = await parsedFixture('multiPagePdf');
    expect(document).toMatchObject({
      format: 'pdf',
      title: 'Beleidsnotitie fietsparkeren',
      pageCount: 3,
      warnings: [],
    });
    expect(document.blocks.every((block) => block.page !== undefined)).toBe(true);
    multiPagePdfMarkers.forEach((marker, index) => {
      const pages = document.blocks.filter((block) => block.text.includes(marker)).map((block) => block.page);
      expect(pages, marker).toEqual([index + 1]);
    });
  });

  it('rebuilds paragraphs, joins hyphenated words and keeps bullets apart', async () => {
    const texts = (await parsedFixture('multiPagePdf')).blocks.map((block) => block.text);
    expect(texts).toContain('1. Inleiding');
    expect(texts.find((text) => text.startsWith('Het Stationsplein'))).toBe(
      'Het Stationsplein krijgt een nieuwe fietsenstalling met 5000 plekken voor reizigers en bezoekers van de ' +
        'binnenstad. Deze notitie beschrijft de uitvoeringsmaatregelen voor het centrum.',
    );
    expect(texts).toContain(
      'Het gaat om beleids- en uitvoeringskeuzes die de raad in het voorjaar bespreekt.',
    );
    const bullets = (await parsedFixture('multiPagePdf')).blocks.filter(
      (block) => block.kind === 'list-item',
    );
    expect(bullets.map((block) => [block.text, block.page])).toEqual([
      ['• Zuidzijde: 200 plekken', 2],
      ['• Noordzijde: 150 plekken', 2],
    ]);
  });

  it('finds headings by their number and, unnumbered, by their larger font size', async () => {
    const headings = (await parsedFixture('multiPagePdf')).blocks
      .filter((block) => block.kind === 'heading')
      .map((block) => [block.text, block.level, block.page]);
    expect(headings).toEqual([
      ['Beleidsnotitie fietsparkeren', 1, 1], // 20 pt, no number: the largest size is level 1
      ['1. Inleiding', 1, 1],
      ['2. Aanpak', 1, 2],
      ['3. Kosten', 1, 3],
    ]);
  });

  it('reports a PDF without a text layer as needs-ocr, never as an empty document', async () => {
    expect(await parseFixture('scannedPdf')).toEqual({
      ok: false,
      reason: { status: 'needs-ocr', reason: "geen tekstlaag op 3 van 3 pagina's (gescand? OCR nodig)" },
    });
  });

  it('indexes a mostly-text PDF with one scanned page, with a warning', async () => {
    const document = await parsedFixture('partlyScannedPdf');
    expect(document.warnings).toEqual([
      "1 van 4 pagina's zonder tekst (gescande pagina's worden niet gelezen)",
    ]);
    expect([...new Set(document.blocks.map((block) => block.page))]).toEqual([1, 3, 4]);
  });

  it('fails a password-protected PDF with that reason', async () => {
    expect(await parseFixture('passwordPdf')).toEqual({
      ok: false,
      reason: { status: 'failed', reason: 'beveiligd met een wachtwoord' },
    });
  });

  it('fails a truncated PDF with a short reason', async () => {
    const result = await parseFixture('truncatedPdf');
    expect(result).toMatchObject({
      ok: false,
      reason: { status: 'failed', reason: expect.stringMatching(/^beschadigde PDF: .{3,}/) },
    });
  });

  it('reads every page of a long PDF', async () => {
    const document = await parsedFixture('largePdf');
    expect(document.pageCount).toBe(largePdfPages);
    expect(document.blocks.at(-1)?.page).toBe(largePdfPages);
    expect(document.blocks.filter((block) => block.text === `Hoofdstuk ${largePdfPages}`)).toHaveLength(1);
  });
});
