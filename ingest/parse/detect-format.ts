/**
 * Decides how to read a file from its first bytes, with the extension only as a hint: a share holds
 * renamed files, and a PDF called .docx is still a PDF. Text formats have no signature, so for them the
 * extension decides (and decoding later checks that the bytes are text).
 */
import path from 'node:path';
import type { DocumentFormat, ParseFailure } from '../types.ts';
import { fail, ok, type Result } from '../result.ts';
import { zipEntryNames } from './zip-entries.ts';

export type Detection = Result<{ format: DocumentFormat; warnings: string[] }, ParseFailure>;

const formatByExtension: Record<string, DocumentFormat> = {
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.docm': 'docx',
  '.dotx': 'docx',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.txt': 'text',
  '.text': 'text',
};

/** Extensions this stage can read. */
export const supportedExtensions: readonly string[] = Object.keys(formatByExtension);

/** Office formats users will expect to be read; picked up so the admin sees why they were skipped. */
export const reportedExtensions: readonly string[] = [
  '.doc',
  '.dot',
  '.rtf',
  '.odt',
  '.xls',
  '.xlsx',
  '.ppt',
  '.pptx',
];

/** Dutch names for the admin's messages, with the article where Dutch needs one. */
const formatLabel: Record<DocumentFormat, string> = {
  pdf: 'een PDF',
  docx: 'een Word-document',
  markdown: 'Markdown',
  html: 'een HTML-pagina',
  text: 'tekst',
};

const startsWith = (bytes: Uint8Array, signature: number[]): boolean =>
  signature.every((byte, index) => bytes[index] === byte);

const asciiHead = (bytes: Uint8Array, length: number): string =>
  String.fromCharCode(...bytes.subarray(0, Math.min(length, bytes.length)));

const skipped = (reason: string): Detection => fail({ status: 'skipped', reason });

type Sniffed = DocumentFormat | ParseFailure | undefined;

function sniffZip(bytes: Uint8Array): Sniffed {
  const names = zipEntryNames(bytes);
  // The main part is usually word/document.xml, but it may be renamed; the relationships say where it is.
  if (names.some((name) => /^word\/[^/]+\.xml$/i.test(name))) return 'docx';
  const unsupported = (reason: string): ParseFailure => ({ status: 'skipped', reason });
  if (names.includes('mimetype') && names.includes('content.xml')) {
    return unsupported('OpenDocument (.odt) wordt niet ondersteund; sla het op als .docx');
  }
  if (names.some((name) => name.startsWith('xl/')))
    return unsupported('Excel-bestanden worden niet ondersteund');
  if (names.some((name) => name.startsWith('ppt/')))
    return unsupported('PowerPoint-presentaties worden niet ondersteund');
  return unsupported('ZIP-bestand zonder Word-document; wordt niet ondersteund');
}

const imageSignatures = [
  [0x89, 0x50, 0x4e, 0x47],
  [0xff, 0xd8, 0xff],
  [0x47, 0x49, 0x46, 0x38],
  [0x49, 0x49, 0x2a, 0x00],
  [0x4d, 0x4d, 0x00, 0x2a],
];

/** The format the content shows, a reason it cannot be read, or undefined when it has no known signature. */
function sniff(bytes: Uint8Array, extension: string, expectsText: boolean): Sniffed {
  // Readers accept junk before the header; a text file that merely mentions %PDF- is not a PDF.
  const pdfHeaderAt = asciiHead(bytes, 1024).indexOf('%PDF-');
  if (pdfHeaderAt === 0 || (pdfHeaderAt > 0 && !expectsText)) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return sniffZip(bytes);
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return ['.xls', '.ppt', '.msg'].includes(extension)
      ? { status: 'skipped', reason: `Office 97-2003-bestanden (${extension}) worden niet ondersteund` }
      : { status: 'skipped', reason: 'Word 97-2003 (.doc) wordt niet ondersteund; sla het op als .docx' };
  }
  if (asciiHead(bytes, 5) === '{\\rtf')
    return { status: 'skipped', reason: 'RTF wordt niet ondersteund; sla het op als .docx' };
  if (imageSignatures.some((signature) => startsWith(bytes, signature))) {
    return { status: 'skipped', reason: 'een afbeelding, geen document' };
  }
  if (/^(?:\xEF\xBB\xBF)?\s*(?:<!doctype html|<html)/i.test(asciiHead(bytes, 1024))) return 'html';
  return undefined;
}

export function detectFormat(bytes: Uint8Array, fileName: string): Detection {
  const extension = path.extname(fileName).toLowerCase();
  const expected = formatByExtension[extension];
  const textFormat = expected === 'markdown' || expected === 'html' || expected === 'text';
  const sniffed = sniff(bytes, extension, textFormat);
  if (typeof sniffed === 'object') return fail(sniffed);
  // An HTML signature in a .md or .txt file is just content; those extensions are trusted.
  if (textFormat && (sniffed === undefined || sniffed === 'html'))
    return ok({ format: expected, warnings: [] });
  if (sniffed === undefined) {
    if (expected === 'pdf')
      return fail({
        status: 'failed',
        reason: 'geen PDF: het bestand begint niet met %PDF (beschadigd of hernoemd)',
      });
    if (expected === 'docx') {
      return fail({
        status: 'failed',
        reason: 'geen Word-document: het bestand is geen ZIP-bestand (beschadigd of hernoemd)',
      });
    }
    return skipped(`formaat niet ondersteund (${extension || 'geen extensie'})`);
  }
  if (sniffed === expected) return ok({ format: sniffed, warnings: [] });
  const named = extension ? `de naam eindigt op ${extension}` : 'de naam heeft geen extensie';
  return ok({
    format: sniffed,
    warnings: [`het bestand is ${formatLabel[sniffed]}, maar ${named}; gelezen als ${formatLabel[sniffed]}`],
  });
}
