import { describe, expect, it } from 'vitest';
import { jaccard, shingles } from './near-duplicates.ts';
import { isSimilar, shingleHashes } from './shingle-hashes.ts';

const base =
  'De gemeente verleent per adres ten hoogste twee bewonersvergunningen voor auto’s die op naam staan van ' +
  'een bewoner. De vergunning geldt in het vergunninggebied van de wijk en kost 120 euro per jaar.';
const variants = [
  base,
  base.replace('twee', 'drie'),
  base.replace('120 euro', '135 euro').replace('wijk', 'buurt'),
  base.slice(0, 120),
  'Iets heel anders: het restafval wordt op dinsdag opgehaald in de binnenstad.',
  '',
];

describe('shingleHashes', () => {
  it('has one distinct sorted hash per distinct shingle', () => {
    for (const text of variants) {
      const hashes = shingleHashes(text, 2);
      expect(hashes.length).toBe(shingles(text, 2).size);
      expect([...hashes]).toEqual([...hashes].sort((a, b) => a - b));
    }
    expect(shingleHashes('Raad raad RAAD raad', 2)).toHaveLength(1);
  });
});

describe('isSimilar', () => {
  it('agrees with the Jaccard similarity of the shingle sets at every threshold', () => {
    for (const a of variants) {
      for (const b of variants) {
        const similarity = jaccard(shingles(a, 2), shingles(b, 2));
        for (const threshold of [0.3, 0.5, 0.8, 0.9, 0.95]) {
          expect(isSimilar(shingleHashes(a, 2), shingleHashes(b, 2), threshold)).toBe(
            similarity >= threshold,
          );
        }
        // Exactly at the similarity, the pair counts as similar.
        expect(isSimilar(shingleHashes(a, 2), shingleHashes(b, 2), similarity)).toBe(true);
      }
    }
  });
});
