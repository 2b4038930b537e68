import { describe, expect, it } from 'vitest';
import { collapseNearDuplicates, jaccard, shingles } from './near-duplicates.ts';

const paragraph =
  'Een bewonersvergunning kost in 2025 per jaar 120 euro. U vraagt de vergunning aan via het digitale loket ' +
  'van de gemeente. Per adres worden ten hoogste twee vergunningen verleend, en alleen voor auto’s die op ' +
  'naam staan van een bewoner van dat adres. De vergunning geldt in het hele vergunninggebied van de wijk.';

describe('shingles and jaccard', () => {
  it('folds case and accents before comparing', () => {
    expect(shingles('Coördinatie van de Wijk', 3)).toEqual(new Set(['coordinatie van de', 'van de wijk']));
    expect(jaccard(shingles('De Raad besluit', 3), shingles('de raad besluit', 3))).toBe(1);
    expect(shingles('de raad besluit')).toEqual(new Set(['de raad', 'raad besluit']));
  });

  it('treats a text shorter than a shingle as one shingle', () => {
    expect(shingles('Parkeren', 3)).toEqual(new Set(['parkeren']));
    expect(shingles('', 3).size).toBe(0);
  });

  it('measures overlap over union', () => {
    expect(jaccard(new Set(['a', 'b', 'c']), new Set(['b', 'c', 'd']))).toBeCloseTo(2 / 4, 12);
  });
});

describe('collapseNearDuplicates', () => {
  it('folds the same paragraph from a second document version into the better-ranked one', () => {
    const groups = collapseNearDuplicates([
      { id: 'v2025', text: paragraph },
      { id: 'other', text: 'Bezoekers parkeren met een bezoekerspas; het tarief is 1 euro per uur.' },
      // The 2024 version: one number differs and the punctuation changed.
      { id: 'v2024', text: paragraph.replace('2025', '2024').replace(', en', '. En') },
    ]);
    expect(groups.map((group) => group.passage.id)).toEqual(['v2025', 'other']);
    expect(groups[0]!.collapsed).toEqual(['v2024']);
    expect(groups[1]!.collapsed).toEqual([]);
  });

  it('keeps passages that only share part of their text', () => {
    const half = paragraph.slice(0, paragraph.length / 2);
    const groups = collapseNearDuplicates([
      { id: 'a', text: paragraph },
      {
        id: 'b',
        text: `${half} Daarnaast gelden er aparte regels voor bedrijven en zorgverleners in de wijk.`,
      },
    ]);
    expect(groups).toHaveLength(2);
  });

  it('honours the threshold', () => {
    const edited = paragraph.replace('twee vergunningen', 'drie vergunningen');
    const similarity = jaccard(shingles(paragraph), shingles(edited));
    expect(similarity).toBeLessThan(1);
    const passages = [
      { id: 'a', text: paragraph },
      { id: 'b', text: edited },
    ];
    expect(collapseNearDuplicates(passages, { threshold: similarity })).toHaveLength(1);
    expect(collapseNearDuplicates(passages, { threshold: similarity + 0.01 })).toHaveLength(2);
  });

  it('collapses a chain onto the first kept passage and keeps rank order', () => {
    const groups = collapseNearDuplicates([
      {
        id: 'x',
        text: 'Iets heel anders over afvalinzameling en containers in de binnenstad van Groningen.',
      },
      { id: 'a', text: paragraph },
      { id: 'b', text: paragraph },
      { id: 'c', text: paragraph },
    ]);
    expect(groups.map((group) => [group.passage.id, group.collapsed])).toEqual([
      ['x', []],
      ['a', ['b', 'c']],
    ]);
  });
});
