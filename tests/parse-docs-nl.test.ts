/**
 * The 82 real Dutch government documents of the shared corpus, one worker, one file at a time: text PDFs
 * must come out with text, the image-only Woo letter as needs-ocr, and the page rate is measured per core.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createParsePool, type ParsePool, type ParseResult } from '../ingest/parse/index.ts';
import { sourceFileAt } from './fixtures/source-file.ts';
import { sharedDir, warnIfNoShared } from './support/paths.ts';

const corpusDir = path.join(sharedDir, 'corpus', 'docs-nl');
const present = existsSync(path.join(corpusDir, 'MANIFEST.tsv'));
if (!present) warnIfNoShared('docs-nl corpus');

interface ManifestRow {
  file: string;
  format: string;
  pages: number;
  words: number;
}

function readManifest(): ManifestRow[] {
  const [, ...lines] = readFileSync(path.join(corpusDir, 'MANIFEST.tsv'), 'utf8').trim().split('\n');
  return lines.map((line) => {
    const [file = '', format = '', , pages = '0', words = '0'] = line.split('\t');
    return { file, format, pages: Number(pages), words: Number(words) };
  });
}

const wordCount = (result: ParseResult) =>
  result.ok ? result.value.blocks.reduce((sum, block) => sum + block.text.split(/\s+/).length, 0) : 0;

describe.skipIf(!present)('docs-nl corpus through one parse worker', () => {
  let pool: ParsePool;
  let rows: ManifestRow[];
  const results = new Map<string, { result: ParseResult; ms: number }>();

  beforeAll(async () => {
    rows = readManifest();
    pool = createParsePool({ workers: 1 });
    // Warm up, so the page rate measures parsing and not the worker's start.
    const first = rows.find((row) => row.format === 'pdf');
    if (first) await pool.parse(sourceFileAt(corpusDir, first.file));
    for (const row of rows) {
      const start = performance.now();
      const result = await pool.parse(sourceFileAt(corpusDir, row.file));
      results.set(row.file, { result, ms: performance.now() - start });
    }
  }, 300_000);

  afterAll(() => pool?.close());

  it('parses all 82 documents', () => {
    expect(rows).toHaveLength(82);
    expect(results.size).toBe(82);
  });

  it('reports the image-only Woo decision letter as needs-ocr', () => {
    expect(results.get('woo-vws/woodecision_besluitbrief.pdf')?.result).toEqual({
      ok: false,
      reason: { status: 'needs-ocr', reason: "geen tekstlaag op 10 van 10 pagina's (gescand? OCR nodig)" },
    });
  });

  it('gets the text of every text PDF and Word file, with PDF page numbers', () => {
    // pdftotext found at least 30 words a page in these: they have a real text layer.
    const textual = rows.filter((row) => row.format === 'docx' || row.words >= 30 * row.pages);
    expect(textual.length).toBeGreaterThan(70);
    for (const row of textual) {
      const { result } = results.get(row.file) ?? {};
      expect(result?.ok, row.file).toBe(true);
      if (!result?.ok) continue;
      expect(wordCount(result), row.file).toBeGreaterThan(row.words * 0.8);
      if (row.format === 'pdf') {
        expect(result.value.pageCount, row.file).toBe(row.pages);
        expect(
          result.value.blocks.every((block) => block.page !== undefined && block.page <= row.pages),
        ).toBe(true);
      }
    }
  });

  it('finds unnumbered headings by font size in typeset PDFs, and none from the OCR layer of scanned mail', () => {
    const headings = (file: string) => {
      const result = results.get(file)?.result;
      return result?.ok ? result.value.blocks.filter((block) => block.kind === 'heading') : [];
    };
    const study = headings('mobiliteit-zuid-holland/Snelstudie-De-ideale-wijk-in-Zuid-Holland.pdf');
    expect(study.map((block) => [block.text, block.page])).toEqual(
      expect.arrayContaining([
        ['Inleiding', 5],
        ['Samenvatting: bouw 15-minutenwijken rond stations en hoogwaardig OV-haltes', 3],
        ['1.1 Wonen nabij voorzieningen', 6],
      ]),
    );
    // The running header "Elke dag beter. Zuid-Holland. 3" is set larger than the body, on every page.
    expect(study.some((block) => block.text.startsWith('Elke dag beter'))).toBe(false);
    const ordinance = headings('gemeente-heerlen/Parkeerverordening_Heerlen_2025__183800__.pdf');
    expect(ordinance.map((block) => block.text)).toEqual(
      expect.arrayContaining(['AFDELING I DEFINITIES', 'Artikel 1', 'Artikel 13']),
    );
    // A WCAG audit's table: numbered rows ("1.1.1 ⇥ Niet-tekstuele content ⇥ A ⇥ Voldoet") are no headings.
    const audit = headings('minvws-open-reports/2025-06-04-toegankelijkheidsonderzoek-open.minvws.nl.pdf');
    expect(audit.filter((block) => /^\d+\.\d+\.\d+ /u.test(block.text))).toEqual([]);
    // The title on the cover beats a first line that is a running header, and stale metadata.
    const title = (file: string) => {
      const result = results.get(file)?.result;
      return result?.ok ? result.value.title : undefined;
    };
    expect(title('mobiliteit-zuid-holland/snelstudiesnellerreizenmetdebusinzuid-holland.pdf')).toBe(
      'Sneller reizen met de bus in Zuid-Holland',
    );
    expect(title('ai-beleid-algoritmekader/GenAI_compliance_FAQ.pdf')).toBe(
      'Veelgestelde vragen Generatieve AI compliance',
    );
    // A scanned e-mail whose OCR layer gives every line its own size.
    expect(
      headings(
        'woo-vws/ad2_VWS-WOO-183586-RE_nieuw_thuisblijf_en_testbeleid_voor_oranje_en_app_kinderen.pdf',
      ),
    ).toEqual([]);
  });

  it('parses text PDFs at a useful rate on one core', () => {
    let pages = 0;
    let ms = 0;
    for (const row of rows) {
      const entry = results.get(row.file);
      if (row.format !== 'pdf' || !entry?.result.ok) continue;
      pages += entry.result.value.pageCount ?? 0;
      ms += entry.ms;
    }
    const rate = pages / (ms / 1000);
    console.info(
      `docs-nl: ${pages} text-PDF pages in ${(ms / 1000).toFixed(1)} s on one worker: ${rate.toFixed(1)} pages/s`,
    );
    // The target is 20 pages/s; the floor is lower so a busy test machine does not fail the suite.
    expect(rate).toBeGreaterThan(5);
  });
});
