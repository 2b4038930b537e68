import { describe, expect, it } from 'vitest';
import { catalogues } from '../i18n/language-store.ts';
import { formatBytes, formatCounts, formatDuration, formatPercent, formatRate } from './format-admin.ts';

const { nl, en } = catalogues;
const counts = { indexed: 11, unchanged: 0, skipped: 0, 'needs-ocr': 0, failed: 1, removed: 0 };

describe('admin formats', () => {
  it('writes durations short when short and rounded when long', () => {
    expect(formatDuration(40, nl)).toBe('40 ms');
    expect(formatDuration(4_870, nl)).toBe('4,9 s');
    expect(formatDuration(42_400, nl)).toBe('42 s');
    expect(formatDuration(80_000, nl)).toBe('1 min 20 s');
    expect(formatDuration(7_500_000, nl)).toBe('2 u 5 min');
    expect(formatDuration(null, nl)).toBe('onbekend');
    expect(formatDuration(4_870, en)).toBe('4.9 s');
  });

  it('writes rates, percentages and sizes in the interface language', () => {
    expect(formatRate(2.44, nl)).toBe('2,4 bestanden per seconde');
    expect(formatRate(2.44, en)).toBe('2.4 files per second');
    expect(formatPercent(62.5, nl)).toMatch(/^63\s?%$/u);
    expect(formatBytes(12_345_678, nl)).toBe('12,3 MB');
    expect(formatBytes(512, en)).toBe('512 byte');
    expect(formatBytes(null, en)).toBe('unknown');
  });

  it('lists only the statuses that occurred, what went wrong first', () => {
    expect(formatCounts(counts, nl)).toBe('1 mislukt, 11 geïndexeerd');
    expect(formatCounts({ ...counts, indexed: 0, failed: 0 }, en)).toBe('no files');
  });
});
