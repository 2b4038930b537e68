import { describe, expect, it } from 'vitest';
import { fontSizes, runningKey, sizeLevel } from './pdf-font-sizes.ts';
import type { PdfLine } from './pdf-lines.ts';

const body = (text: string): PdfLine => ({ text, height: 10 });
const paragraph = Array.from({ length: 8 }, (_, index) =>
  body(`Regel ${index} van de lopende tekst over parkeren.`),
);

describe('fontSizes', () => {
  it('finds the body size and ranks the larger sizes as heading levels', () => {
    const sizes = fontSizes([
      [{ text: 'Parkeerbeleid', height: 24 }, { text: 'Inleiding', height: 16 }, ...paragraph],
      [{ text: 'Tarieven', height: 16 }, { text: 'Voor bewoners', height: 12 }, ...paragraph],
    ]);
    expect(sizes).toMatchObject({ typeset: true, body: 10, headings: [24, 16, 12] });
    expect(sizeLevel(24, sizes)).toBe(1);
    expect(sizeLevel(16.02, sizes)).toBe(2);
    expect(sizeLevel(12, sizes)).toBe(3);
    expect(sizeLevel(10.5, sizes)).toBeNull(); // not clearly larger than the body
  });

  it('knows running headers and footers by their words, whatever their page number', () => {
    const pages = [1, 2, 3, 4].map((page) => [
      { text: `Gemeente Groningen — pagina ${page}`, height: 12 },
      ...paragraph,
    ]);
    const sizes = fontSizes(pages);
    expect(sizes.running.has(runningKey('Gemeente Groningen — pagina 9'))).toBe(true);
    expect(sizes.headings).toEqual([]);
  });

  it('does not trust the sizes of an OCR text layer, where every line has its own measured size', () => {
    const scanned = Array.from({ length: 40 }, (_, index) => ({
      text: `Van: medewerker ${index} Verzonden: dinsdag`,
      height: 7.2 + (index % 9) * 0.24,
    }));
    const sizes = fontSizes([scanned]);
    expect(sizes.typeset).toBe(false);
    expect(sizeLevel(12, sizes)).toBeNull();
  });

  it('has no body size for a document without text', () => {
    expect(fontSizes([[], [{ text: '', height: 0 }]])).toMatchObject({ typeset: false, headings: [] });
  });
});
