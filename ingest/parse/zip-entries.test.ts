import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipEntryNames } from './zip-entries.ts';

const archive = zipSync({
  '[Content_Types].xml': strToU8('<Types/>'),
  'word/document.xml': strToU8('<w:document/>'),
});

describe('zipEntryNames', () => {
  it('lists the entries from the central directory', () => {
    expect(zipEntryNames(archive)).toEqual(['[Content_Types].xml', 'word/document.xml']);
  });

  it('finds entries in a truncated archive from their local headers', () => {
    expect(zipEntryNames(archive.subarray(0, archive.length - 30))).toEqual([
      '[Content_Types].xml',
      'word/document.xml',
    ]);
  });

  it('returns nothing for an empty archive or bytes that are no archive', () => {
    expect(zipEntryNames(zipSync({}))).toEqual([]);
    expect(zipEntryNames(strToU8('PK'))).toEqual([]);
  });
});
