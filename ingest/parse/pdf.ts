import { PDFParse } from 'pdf-parse';
import type { TextBlock } from '../types.ts';
import { ok } from '../result.ts';
import { errorMessage, failure, makeBlock, type ParseResult } from './blocks.ts';
import { firstLineTitle, letterCount, pageBlocks, plausibleTitle } from './pdf-layout.ts';

/** Fewer letters than this and a page counts as having no text layer (a stamp or page number on a scan). */
const minLettersPerPage = 8;

/** "10 pagina's", "1 pagina": the count with its Dutch noun, for the admin's messages. */
const pagesInDutch = (count: number): string => (count === 1 ? '1 pagina' : `${count} pagina's`);

async function readTitle(parser: PDFParse): Promise<string | undefined> {
  try {
    const info = await parser.getInfo();
    return plausibleTitle((info.info as { Title?: unknown } | undefined)?.Title);
  } catch {
    return undefined; // metadata is optional; a broken info dictionary must not cost the text
  }
}

/**
 * Pages are read one at a time so that one broken page costs that page, not the document.
 * Throws when the document itself cannot be opened.
 */
async function readPages(parser: PDFParse, warnings: string[]): Promise<{ total: number; texts: string[] }> {
  const first = await parser.getText({ partial: [1] });
  const texts = [first.pages[0]?.text ?? ''];
  const unreadable: number[] = [];
  for (let page = 2; page <= first.total; page++) {
    try {
      const result = await parser.getText({ partial: [page] });
      texts.push(result.pages[0]?.text ?? '');
    } catch {
      unreadable.push(page);
      texts.push('');
    }
  }
  if (unreadable.length > 0) {
    warnings.push(
      `${unreadable.length} van ${pagesInDutch(first.total)} niet leesbaar (${unreadable.slice(0, 10).join(', ')})`,
    );
  }
  return { total: first.total, texts };
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
  // A copy, because pdf.js takes ownership of the array it is given.
  const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false });
  try {
    let pages: { total: number; texts: string[] };
    try {
      pages = await readPages(parser, warnings);
    } catch (error) {
      return failure('failed', describeError(error));
    }
    if (pages.total === 0) return failure('failed', "beschadigde PDF: geen pagina's gevonden");
    const textless = pages.texts.filter((text) => letterCount(text) < minLettersPerPage).length;
    if (textless * 2 > pages.total) {
      return failure(
        'needs-ocr',
        `geen tekstlaag op ${textless} van ${pagesInDutch(pages.total)} (gescand? OCR nodig)`,
      );
    }
    if (textless > 0)
      warnings.push(
        `${textless} van ${pagesInDutch(pages.total)} zonder tekst (gescande pagina's worden niet gelezen)`,
      );
    const blocks: TextBlock[] = pages.texts
      .flatMap((text, index) => pageBlocks(text, index + 1))
      .flatMap((block) => makeBlock(block) ?? []);
    const title = (await readTitle(parser)) ?? firstLineTitle(pages.texts);
    return ok({ format: 'pdf', ...(title ? { title } : {}), blocks, pageCount: pages.total, warnings });
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}
