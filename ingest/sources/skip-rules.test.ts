import { describe, expect, it } from 'vitest';
import { crawlSkipReason } from './skip-rules.ts';

describe('crawlSkipReason', () => {
  it.each([
    ['~$rapport.docx', 'Office-vergrendelbestand (tijdelijk)'],
    ['.verborgen.md', 'verborgen bestand'],
    ['Thumbs.db', 'systeembestand'],
    ['notitie.docx~', 'tijdelijk bestand'],
    ['export.tmp', 'tijdelijk bestand'],
    ['download.PART', 'tijdelijk bestand'],
  ])('skips %s', (name, reason) => {
    expect(crawlSkipReason(name)).toBe(reason);
  });

  it.each(['parkeerbeleid.pdf', 'Werkinstructie.docx', 'faq.html', 'notities.md', 'a.b.c.txt'])(
    'reads %s',
    (name) => {
      expect(crawlSkipReason(name)).toBeNull();
    },
  );
});
