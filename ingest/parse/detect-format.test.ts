import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect-format.ts';

const ascii = (text: string) => strToU8(text);
const zipWith = (...names: string[]) =>
  zipSync(Object.fromEntries(names.map((name) => [name, strToU8('<x/>')])));
const ole2 = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);

describe('detectFormat', () => {
  it('recognises a PDF by its header, also after leading junk', () => {
    expect(detectFormat(ascii('%PDF-1.7\n...'), 'a.pdf')).toEqual({
      ok: true,
      value: { format: 'pdf', warnings: [] },
    });
    expect(detectFormat(ascii('junk junk\n%PDF-1.4\n'), 'a.pdf')).toMatchObject({ value: { format: 'pdf' } });
  });

  it('reads a PDF by its content when the name says otherwise, with a warning', () => {
    const detection = detectFormat(ascii('%PDF-1.7\n'), 'notulen.docx');
    expect(detection).toMatchObject({ ok: true, value: { format: 'pdf' } });
    expect(detection.ok && detection.value.warnings[0]).toBe(
      'het bestand is een PDF, maar de naam eindigt op .docx; gelezen als een PDF',
    );
  });

  it('tells a Word document from other ZIP formats by the entries inside', () => {
    expect(detectFormat(zipWith('[Content_Types].xml', 'word/document.xml'), 'a.docx')).toMatchObject({
      value: { format: 'docx', warnings: [] },
    });
    // The main part may be renamed; it is still a Word document.
    expect(detectFormat(zipWith('word/blah_blah.xml'), 'a.docx')).toMatchObject({
      value: { format: 'docx' },
    });
    expect(detectFormat(zipWith('mimetype', 'content.xml'), 'a.odt')).toEqual({
      ok: false,
      reason: {
        status: 'skipped',
        reason: 'OpenDocument (.odt) wordt niet ondersteund; sla het op als .docx',
      },
    });
    expect(detectFormat(zipWith('xl/workbook.xml'), 'a.xlsx')).toMatchObject({
      reason: { status: 'skipped', reason: 'Excel-bestanden worden niet ondersteund' },
    });
    expect(detectFormat(zipWith('lees-mij.txt'), 'a.pdf')).toMatchObject({
      reason: { status: 'skipped', reason: expect.stringMatching(/ZIP-bestand zonder Word-document/) },
    });
  });

  it('skips old Word with advice, and other old Office files', () => {
    expect(detectFormat(ole2, 'brief.doc')).toEqual({
      ok: false,
      reason: {
        status: 'skipped',
        reason: 'Word 97-2003 (.doc) wordt niet ondersteund; sla het op als .docx',
      },
    });
    expect(detectFormat(ole2, 'brief.docx')).toMatchObject({
      reason: { reason: expect.stringMatching(/97-2003/) },
    });
    expect(detectFormat(ole2, 'begroting.xls')).toMatchObject({
      reason: { reason: expect.stringMatching(/\.xls/) },
    });
  });

  it('skips RTF and images', () => {
    expect(detectFormat(ascii('{\\rtf1\\ansi'), 'a.docx')).toMatchObject({ reason: { status: 'skipped' } });
    expect(detectFormat(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0]), 'a.pdf')).toMatchObject({
      reason: { reason: 'een afbeelding, geen document' },
    });
  });

  it('trusts the extension for text formats, even when the text mentions %PDF- or starts with <html>', () => {
    expect(detectFormat(ascii('# Over PDF\n\nHet teken %PDF- staat aan het begin.'), 'a.md')).toMatchObject({
      value: { format: 'markdown', warnings: [] },
    });
    expect(detectFormat(ascii('<html><body>x</body></html>'), 'a.txt')).toMatchObject({
      value: { format: 'text' },
    });
    expect(detectFormat(ascii('<p>x</p>'), 'a.HTM')).toMatchObject({ value: { format: 'html' } });
  });

  it('reads an HTML page named .pdf as HTML, with a warning', () => {
    const detection = detectFormat(ascii('<!DOCTYPE html><html><body>x</body></html>'), 'a.pdf');
    expect(detection).toMatchObject({ ok: true, value: { format: 'html' } });
    expect(detection.ok && detection.value.warnings).toHaveLength(1);
  });

  it('fails a .pdf or .docx without any known structure, and skips unknown extensions', () => {
    expect(detectFormat(ascii('hello'), 'a.pdf')).toMatchObject({
      reason: { status: 'failed', reason: expect.stringMatching(/^geen PDF: .*%PDF/) },
    });
    expect(detectFormat(ascii('hello'), '~$a.docx')).toMatchObject({
      reason: { status: 'failed', reason: expect.stringMatching(/^geen Word-document: .*ZIP/) },
    });
    expect(detectFormat(ascii('a;b'), 'a.csv')).toMatchObject({
      reason: { status: 'skipped', reason: 'formaat niet ondersteund (.csv)' },
    });
    expect(detectFormat(ascii('a'), 'LEESMIJ')).toMatchObject({
      reason: { reason: 'formaat niet ondersteund (geen extensie)' },
    });
  });
});
