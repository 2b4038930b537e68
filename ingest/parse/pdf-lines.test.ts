import { describe, expect, it } from 'vitest';
import { assembleLines, type PdfTextItem } from './pdf-lines.ts';

/** A text item at (x, y) in page coordinates (y downwards), `size` high. */
function item(str: string, x: number, y: number, size: number, hasEOL = false): PdfTextItem {
  return { str, transform: [size, 0, 0, size, x, y], width: str.length * size * 0.5, height: size, hasEOL };
}
const identity = (x: number, y: number) => [x, y];

describe('assembleLines', () => {
  it('breaks lines at end-of-line marks and keeps the largest font size of each line', () => {
    const lines = assembleLines(
      [
        item('Inleiding', 50, 100, 16, true),
        item('De gemeente ', 50, 120, 10),
        item('Groningen', 110, 120, 11, true),
      ],
      identity,
    );
    expect(lines).toEqual([
      { text: 'Inleiding', height: 16 },
      { text: 'De gemeente Groningen', height: 11 },
      { text: '', height: 0 },
    ]);
  });

  it('starts a new line where the baseline jumps without an end-of-line mark', () => {
    const lines = assembleLines(
      [item('Eerste regel', 50, 100, 10), item('Tweede regel', 50, 130, 10)],
      identity,
    );
    expect(lines.map((line) => line.text)).toEqual(['Eerste regel', 'Tweede regel']);
  });

  it('separates the cells of a table row with a tab', () => {
    const lines = assembleLines([item('Tarief', 50, 100, 10), item('€ 98,40', 300, 100, 10)], identity);
    expect(lines).toEqual([{ text: 'Tarief\t€ 98,40', height: 10 }]);
  });

  it('gives white space no size, so an empty item does not make a line a heading', () => {
    const lines = assembleLines([item(' ', 50, 100, 30), item('tekst', 60, 100, 10, true)], identity);
    expect(lines[0]).toEqual({ text: ' tekst', height: 10 });
  });

  it('uses the viewport transform for positions', () => {
    // A flipped y axis: the two items are 30 apart on the page either way.
    const lines = assembleLines([item('a', 0, 700, 10), item('b', 0, 670, 10)], (x, y) => [x, 800 - y]);
    expect(lines.map((line) => line.text)).toEqual(['a', 'b']);
  });
});
