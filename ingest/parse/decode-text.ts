import { fail, ok, type Failure, type Result } from '../result.ts';

export interface DecodedText {
  text: string;
  warnings: string[];
}

/** Windows-1252 differs from Latin-1 only in 0x80-0x9F; the five unassigned bytes stay as they are. */
const windows1252Specials =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Node 20's TextDecoder('windows-1252') decodes as Latin-1 (€ becomes U+0080), so the specials are mapped here. */
export const decodeWindows1252 = (bytes: Uint8Array): string =>
  new TextDecoder('latin1')
    .decode(bytes)
    .replace(
      /[\u0080-\u009f]/g,
      (character) => windows1252Specials[character.charCodeAt(0) - 0x80] ?? character,
    );

/** Control characters other than tab, line feed, form feed and carriage return do not occur in real text. */
const controlCharacter = (byte: number): boolean =>
  byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b;

/** A NUL byte, or more than 1 in 50 control characters, in the first 64 KB means a binary file. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (controlCharacter(byte)) controls++;
  }
  return controls * 50 > sample.length;
}

/** `binary`: the bytes are no text (a damaged or renamed file). */
export type DecodeFailure = Failure<'binary'>;

/**
 * Text files on a municipal share are UTF-8 or, when older, Windows-1252. A byte order mark decides first;
 * UTF-16 only ever comes with one, so it is checked before the binary test (its ASCII has NUL bytes).
 */
export function decodeText(bytes: Uint8Array): Result<DecodedText, DecodeFailure> {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return ok({ text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warnings: [] });
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return ok({ text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warnings: [] });
  }
  if (looksBinary(bytes)) return fail({ code: 'binary' });
  try {
    // TextDecoder drops a UTF-8 byte order mark by itself.
    return ok({ text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warnings: [] });
  } catch {
    return ok({
      text: decodeWindows1252(bytes),
      warnings: ['tekencodering is geen UTF-8; gelezen als Windows-1252'],
    });
  }
}
