import type { TextBlock } from '../types.ts';
import { ok } from '../result.ts';
import { errorMessage, failure, makeBlock, type ParseResult } from './blocks.ts';
import { openPdfDocument, type PdfDocument } from './pdf-document.ts';
import { fontSizes } from './pdf-font-sizes.ts';
import { coverTitle, firstLineTitle, letterCount, pageBlocks, plausibleTitle } from './pdf-layout.ts';
import type { PdfLine } from './pdf-lines.ts';

/** Fewer letters than this and a page counts as having no text layer (a stamp or page number on a scan). */
const minLettersPerPage = 8;

/** "10 pagina's", "1 pagina": the count with its Dutch noun, for the admin's messages. */
const pagesInDutch = (count: number): string => (count === 1 ? '1 pagina' : `${count} pagina's`);

async function readTitle(document: PdfDocument): Promise<string | undefined> {
  try {
    return plausibleTitle(await document.readMetadataTitle());
  } catch {
    return undefined; // metadata is optional; a broken info dictionary must not cost the text
  }
}

/** Pages are read one at a time so that one broken page costs that page, not the document. */
async function readPages(document: PdfDocument, warnings: string[]): Promise<PdfLine[][]> {
  const pages: PdfLine[][] = [];
  const unreadable: number[] = [];
  for (let page = 1; page <= document.pageCount; page++) {
    try {
      pages.push(await document.readLines(page));
    } catch (error) {
      // The first page stands for the document: when it cannot be read, neither can the rest.
      if (page === 1) throw error;
      unreadable.push(page);
      pages.push([]);
    }
  }
  if (unreadable.length > 0) {
    warnings.push(
      `${unreadable.length} van ${pagesInDutch(document.pageCount)} niet leesbaar (${unreadable.slice(0, 10).join(', ')})`,
    );
  }
  return pages;
}

function describeError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return 'beveiligd met een wachtwoord';
  return `beschadigde PDF: ${errorMessage(error)}`;
}

export async function parsePdf(
  bytes: Uint8Array,
  options: { warnings?: string[] } = {},
): Promise<ParseResult> {
  const warnings = [...(options.warnings ?? [])];
  let document: PdfDocument;
  try {
    document = await openPdfDocument(bytes);
  } catch (error) {
    return failure('failed', describeError(error));
  }
  try {
    if (document.pageCount === 0) return failure('failed', "beschadigde PDF: geen pagina's gevonden");
    let pages: PdfLine[][];
    try {
      pages = await readPages(document, warnings);
    } catch (error) {
      return failure('failed', describeError(error));
    }
    const texts = pages.map((lines) => lines.map((line) => line.text).join('\n'));
    const textless = texts.filter((text) => letterCount(text) < minLettersPerPage).length;
    if (textless * 2 > pages.length) {
      return failure(
        'needs-ocr',
        `geen tekstlaag op ${textless} van ${pagesInDutch(pages.length)} (gescand? OCR nodig)`,
      );
    }
    if (textless > 0)
      warnings.push(
        `${textless} van ${pagesInDutch(pages.length)} zonder tekst (gescande pagina's worden niet gelezen)`,
      );
    const sizes = fontSizes(pages);
    const blocks: TextBlock[] = pages
      .flatMap((lines, index) => pageBlocks(lines, index + 1, sizes))
      .flatMap((block) => makeBlock(block) ?? []);
    const title = coverTitle(blocks) ?? (await readTitle(document)) ?? firstLineTitle(texts);
    return ok({ format: 'pdf', ...(title ? { title } : {}), blocks, pageCount: pages.length, warnings });
  } finally {
    await document.close().catch(() => undefined);
  }
}
