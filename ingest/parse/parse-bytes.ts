import type { DocumentFormat } from '../types.ts';
import { fail } from '../result.ts';
import { errorMessage, failure, type ParseResult } from './blocks.ts';
import { decodeText } from './decode-text.ts';
import { detectFormat } from './detect-format.ts';

/**
 * Reads one file's bytes into a document, or says why not. Parsers are imported on first use, so a worker
 * that only ever sees text files never loads pdf.js. Never throws: a library error is a failed file.
 */
export async function parseBytes(bytes: Uint8Array, fileName: string): Promise<ParseResult> {
  if (bytes.length === 0) return failure('skipped', 'leeg bestand');
  const detection = detectFormat(bytes, fileName);
  if (!detection.ok) return fail(detection.reason);
  const { format, warnings } = detection.value;
  const result = await parseAs(format, bytes, warnings);
  // A renamed file that then fails is explained by its disguise, so the reason says so.
  if (!result.ok && warnings.length > 0)
    return fail({ ...result.reason, reason: `${result.reason.reason} (${warnings.join('; ')})` });
  return result;
}

async function parseAs(format: DocumentFormat, bytes: Uint8Array, warnings: string[]): Promise<ParseResult> {
  try {
    if (format === 'pdf') return await (await import('./pdf.ts')).parsePdf(bytes, { warnings });
    if (format === 'docx') return await (await import('./docx.ts')).parseDocx(bytes, { warnings });
    const decoded = decodeText(bytes);
    // The reason is stored with the file and shown to admins.
    if (!decoded.ok) return failure('failed', 'geen tekstbestand (beschadigd of hernoemd)');
    const textOptions = { warnings: [...warnings, ...decoded.value.warnings] };
    if (format === 'markdown')
      return (await import('./markdown.ts')).parseMarkdown(decoded.value.text, textOptions);
    if (format === 'html') return (await import('./html.ts')).parseHtml(decoded.value.text, textOptions);
    return (await import('./text.ts')).parseText(decoded.value.text, textOptions);
  } catch (error) {
    return failure('failed', `fout bij lezen (${format}): ${errorMessage(error)}`);
  }
}
