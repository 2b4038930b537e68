import { describe, expect, it } from 'vitest';
import type { TextBlock } from '../types.ts';
import { placeBlocks } from './index.ts';

const heading = (text: string, level?: number): TextBlock => ({ kind: 'heading', text, level });
const paragraph = (text: string, page?: number): TextBlock => ({ kind: 'paragraph', text, page });

describe('placeBlocks', () => {
  it('joins blocks with a blank line and gives each exact offsets', () => {
    const blocks = [
      heading('Inleiding', 1),
      paragraph('Eerste alinea.'),
      paragraph(''),
      paragraph('  Derde  '),
    ];
    const { text, placed } = placeBlocks(blocks);
    expect(text).toBe('Inleiding\n\nEerste alinea.\n\n\n\n  Derde  ');
    for (const [index, block] of placed.entries()) {
      expect(text.slice(block.start, block.end)).toBe(blocks[index]!.text);
    }
    expect(placed.map((block) => [block.start, block.end])).toEqual([
      [0, 9],
      [11, 25],
      [27, 27],
      [29, 38],
    ]);
  });

  it('returns no text and no blocks for an empty document', () => {
    expect(placeBlocks([])).toEqual({ text: '', placed: [] });
  });

  it('keeps the fields of each block', () => {
    const { placed } = placeBlocks([{ kind: 'table', text: 'a | b', page: 4 }]);
    expect(placed[0]).toMatchObject({ kind: 'table', text: 'a | b', page: 4, headingPath: [] });
  });

  it('builds heading paths like a DOCX outline, a heading included in its own path', () => {
    const { placed } = placeBlocks([
      paragraph('Voorwoord'),
      heading('1 Beleid', 1),
      paragraph('a'),
      heading('1.1 Doelen', 2),
      paragraph('b'),
      heading('1.2 Middelen', 2),
      paragraph('c'),
      heading('2 Uitvoering', 1),
      paragraph('d'),
    ]);
    expect(placed.map((block) => block.headingPath)).toEqual([
      [],
      ['1 Beleid'],
      ['1 Beleid'],
      ['1 Beleid', '1.1 Doelen'],
      ['1 Beleid', '1.1 Doelen'],
      ['1 Beleid', '1.2 Middelen'],
      ['1 Beleid', '1.2 Middelen'],
      ['2 Uitvoering'],
      ['2 Uitvoering'],
    ]);
  });

  it('handles level jumps: a heading pops every open heading at its level or deeper', () => {
    const { placed } = placeBlocks([
      heading('A', 1),
      heading('A.x.1', 3),
      paragraph('p'),
      heading('A.2', 2),
      heading('A.2.x.1', 4),
      heading('B', 1),
      heading('B.1', 2),
    ]);
    expect(placed.map((block) => block.headingPath)).toEqual([
      ['A'],
      ['A', 'A.x.1'],
      ['A', 'A.x.1'],
      ['A', 'A.2'],
      ['A', 'A.2', 'A.2.x.1'],
      ['B'],
      ['B', 'B.1'],
    ]);
  });

  it('treats a heading without a level as top level, ignores blank headings and tidies titles', () => {
    const { placed } = placeBlocks([
      heading('Deel 1', 2),
      heading('Bijlage\n  A'),
      heading('   ', 1),
      paragraph('tekst'),
    ]);
    expect(placed.map((block) => block.headingPath)).toEqual([
      ['Deel 1'],
      ['Bijlage A'],
      ['Bijlage A'],
      ['Bijlage A'],
    ]);
  });
});
