/**
 * A PDF opened with pdf.js: its page count, the lines of each page with their font size, and the title from
 * its metadata. The only module that talks to pdf.js; what is made of the lines is pure (`pdf-layout.ts`).
 */
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { assembleLines, type PdfLine, type PdfTextItem } from './pdf-lines.ts';

export interface PdfDocument {
  readonly pageCount: number;
  /** Throws when the page cannot be decoded; the caller decides what a lost page costs. */
  readLines(pageNumber: number): Promise<PdfLine[]>;
  /** The metadata Title as written, if any. */
  readMetadataTitle(): Promise<unknown>;
  close(): Promise<void>;
}

/** Throws when the file cannot be opened as a PDF (damaged, or protected with a password). */
export async function openPdfDocument(bytes: Uint8Array): Promise<PdfDocument> {
  const task = pdfjs.getDocument({
    // A copy, because pdf.js takes ownership of the array it is given.
    data: new Uint8Array(bytes),
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    // Never compile code from a document.
    isEvalSupported: false,
  });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw error;
  }
  return {
    pageCount: document.numPages,
    async readLines(pageNumber) {
      const page = await document.getPage(pageNumber);
      try {
        const viewport = page.getViewport({ scale: 1 });
        const content = await page.getTextContent();
        // Marked-content items carry no text.
        const items: PdfTextItem[] = content.items.flatMap((item) => ('str' in item ? [item] : []));
        return assembleLines(items, (x, y) => viewport.convertToViewportPoint(x, y));
      } finally {
        page.cleanup();
      }
    },
    async readMetadataTitle() {
      const metadata = await document.getMetadata();
      return (metadata.info as { Title?: unknown } | undefined)?.Title;
    },
    async close() {
      await task.destroy();
    },
  };
}
