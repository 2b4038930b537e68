import { describe, expect, it } from 'vitest';
import { readerIsCurrent, readerVersion } from './reader-version.ts';

describe('reader versions', () => {
  it('names the extension and its version, 1 unless bumped', () => {
    expect(readerVersion('.pdf')).toBe('.pdf@3');
    expect(readerVersion('.PDF')).toBe('.pdf@3');
    expect(readerVersion('.docx')).toBe('.docx@1');
    expect(readerVersion('')).toBe('geen@1');
  });

  it('asks for a new read only when the version differs', () => {
    expect(readerIsCurrent('.pdf@2', '.pdf@2')).toBe(true);
    expect(readerIsCurrent('.pdf@1', '.pdf@2')).toBe(false);
    expect(readerIsCurrent('.pdf@3', '.pdf@2')).toBe(false);
  });

  it('counts a document stored before versions as read by version 1', () => {
    expect(readerIsCurrent(undefined, '.docx@1')).toBe(true);
    expect(readerIsCurrent(undefined, '.pdf@2')).toBe(false);
  });
});
