import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv.ts';

describe('csv', () => {
  it.each([
    ['gewoon.pdf', 'gewoon.pdf'],
    ['a,b.pdf', '"a,b.pdf"'],
    ['zei "nee".pdf', '"zei ""nee"".pdf"'],
    ['twee\nregels', '"twee\nregels"'],
    [' spatie', '" spatie"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+31 50 123', "'+31 50 123"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tverborgen', "'\tverborgen"],
  ])('writes %j as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('leaves numbers alone, even negative ones', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(12.5)).toBe('12.5');
  });

  it('starts with a byte-order mark and ends every line with CRLF', () => {
    expect(toCsv(['a', 'b'], [['x', 1]])).toBe('\uFEFFa,b\r\nx,1\r\n');
  });
});
