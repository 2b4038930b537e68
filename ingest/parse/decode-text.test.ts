import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252, looksBinary } from './decode-text.ts';

describe('decodeText', () => {
  it('reads UTF-8 and drops a byte order mark', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('één')]);
    expect(decodeText(bytes)).toEqual({ ok: true, value: { text: 'één', warnings: [] } });
  });

  it('falls back to Windows-1252, including the characters Latin-1 lacks', () => {
    const bytes = Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x20, 0x93, 0x78, 0x94]);
    expect(decodeText(bytes)).toEqual({
      ok: true,
      value: { text: 'Café € “x”', warnings: ['tekencodering is geen UTF-8; gelezen als Windows-1252'] },
    });
    expect(decodeWindows1252(Uint8Array.from([0x8a, 0x9f, 0x81]))).toBe('ŠŸ\u0081');
  });

  it('reads UTF-16 with a byte order mark, although its ASCII has NUL bytes', () => {
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x42, 0x00]))).toMatchObject({
      value: { text: 'AB' },
    });
    expect(decodeText(Uint8Array.from([0xfe, 0xff, 0x00, 0x41]))).toMatchObject({ value: { text: 'A' } });
  });

  it('refuses binary content', () => {
    expect(decodeText(Uint8Array.from([0x48, 0x00, 0x49]))).toEqual({
      ok: false,
      reason: { code: 'binary' },
    });
    expect(
      looksBinary(Uint8Array.from({ length: 100 }, (_, index) => (index % 10 === 0 ? 0x01 : 0x41))),
    ).toBe(true);
    expect(looksBinary(new TextEncoder().encode('Gewone tekst\r\n\tmet tab.'))).toBe(false);
  });
});
