import { describe, expect, it } from 'vitest';
import { columnWidths, toBlocks } from './blocks.ts';

describe('toBlocks', () => {
  it('turns headings, emphasis, lists, quotes and tables into blocks', () => {
    const blocks = toBlocks(
      [
        '> **Let op:** fictief.',
        '## 1. Kosten',
        'Een vergunning kost **€ 98,40** per jaar en\nkan per *kwartaal*.',
        '1. eerst\n2. dan',
        '| Soort | Tarief |\n| --- | --- |\n| Bewoner | € 98,40 |',
      ].join('\n\n'),
    );
    expect(blocks).toEqual([
      { kind: 'notice', runs: [{ text: 'Let op:', bold: true }, { text: ' fictief.' }] },
      { kind: 'heading', level: 2, text: '1. Kosten' },
      {
        kind: 'paragraph',
        runs: [
          { text: 'Een vergunning kost ' },
          { text: '€ 98,40', bold: true },
          { text: ' per jaar en kan per ' },
          { text: 'kwartaal', italic: true },
          { text: '.' },
        ],
      },
      { kind: 'list', ordered: true, items: [[{ text: 'eerst' }], [{ text: 'dan' }]] },
      { kind: 'table', header: ['Soort', 'Tarief'], rows: [['Bewoner', '€ 98,40']] },
    ]);
  });

  it('decodes the entities the lexer leaves in text', () => {
    expect(toBlocks('Bord \'fietsstraat\' & "auto te gast"')).toEqual([
      { kind: 'paragraph', runs: [{ text: 'Bord \'fietsstraat\' & "auto te gast"' }] },
    ]);
  });

  it('refuses Markdown no renderer can draw', () => {
    expect(() => toBlocks('```\ncode\n```')).toThrow(/unsupported Markdown \(code\)/);
    expect(() => toBlocks('- a\n  - b')).toThrow(/nested lists/);
  });
});

describe('columnWidths', () => {
  const table = {
    kind: 'table' as const,
    header: ['Nr', 'Toelichting'],
    rows: [['1', 'een lange toelichting die veel meer ruimte nodig heeft dan het nummer ernaast']],
  };
  const measure = (text: string): number => text.length;

  it('fills the width and gives the wordy column the most room', () => {
    const widths = columnWidths(table, 60, measure, 2);
    expect(widths.reduce((sum, width) => sum + width, 0)).toBeCloseTo(60);
    expect(widths[1]).toBeGreaterThan(widths[0] ?? Infinity);
  });

  it('never makes a column narrower than its longest word', () => {
    const widths = columnWidths(
      { ...table, header: ['Bewonersvergunningen', 'Toelichting'] },
      60,
      measure,
      2,
    );
    expect(widths[0]).toBeGreaterThanOrEqual('Bewonersvergunningen'.length + 2);
  });
});
