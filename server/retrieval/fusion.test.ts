import { describe, expect, it } from 'vitest';
import { reciprocalRankFusion } from './fusion.ts';

describe('reciprocalRankFusion', () => {
  it('scores each id by the sum of 1 / (k + rank) over the lists', () => {
    const fused = reciprocalRankFusion(
      [
        { name: 'lexical', ids: ['a', 'b', 'c'] },
        { name: 'vector', ids: ['b', 'd'] },
      ],
      { k: 60 },
    );
    expect(fused.map((entry) => entry.id)).toEqual(['b', 'a', 'd', 'c']);
    expect(fused[0]!.score).toBeCloseTo(1 / 62 + 1 / 61, 12);
    expect(fused[0]!.ranks).toEqual({ lexical: 2, vector: 1 });
    expect(fused.find((entry) => entry.id === 'c')!.ranks).toEqual({ lexical: 3 });
  });

  it('uses k = 60 by default', () => {
    const [only] = reciprocalRankFusion([{ name: 'lexical', ids: ['a'] }]);
    expect(only!.score).toBeCloseTo(1 / 61, 12);
  });

  it('applies weights per list', () => {
    const fused = reciprocalRankFusion(
      [
        { name: 'lexical', ids: ['a'], weight: 1 },
        { name: 'vector', ids: ['b'], weight: 2 },
      ],
      { k: 0 },
    );
    expect(fused.map((entry) => [entry.id, entry.score])).toEqual([
      ['b', 2],
      ['a', 1],
    ]);
  });

  it('counts an id listed twice once, at its best rank', () => {
    const fused = reciprocalRankFusion([{ name: 'lexical', ids: ['a', 'b', 'a'] }], { k: 0 });
    expect(fused).toEqual([
      { id: 'a', score: 1, ranks: { lexical: 1 } },
      { id: 'b', score: 0.5, ranks: { lexical: 2 } },
    ]);
  });

  it('breaks ties by best single rank, then by list order', () => {
    // k = 0: a = 1 + 1/4; b = 1/2 + 1/2 and d = 1 tie, d has rank 1; c and x tie at 1/3, c's list is first.
    const fused = reciprocalRankFusion(
      [
        { name: 'one', ids: ['a', 'b', 'c'] },
        { name: 'two', ids: ['d', 'b', 'x', 'a'] },
      ],
      { k: 0 },
    );
    expect(fused.map((entry) => entry.id)).toEqual(['a', 'd', 'b', 'c', 'x']);
  });

  it('returns nothing for empty lists and rejects a negative k', () => {
    expect(reciprocalRankFusion([{ name: 'lexical', ids: [] }])).toEqual([]);
    expect(() => reciprocalRankFusion([], { k: -1 })).toThrow();
  });
});
