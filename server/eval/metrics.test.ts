import { describe, expect, it } from 'vitest';
import {
  dedupe,
  mean,
  meanScores,
  ndcgAt,
  percentile,
  recallAt,
  reciprocalRankAt,
  scoreRanking,
} from './metrics.ts';

// A hand-made set of three queries whose figures were worked out on paper.
// q1: two relevant documents, found at ranks 2 and 6.
const q1 = {
  ranked: ['x', 'a', 'y', 'z', 'w', 'b', 'v'],
  judgements: new Map([
    ['a', 1],
    ['b', 1],
  ]),
};
// q2: graded; the grade-1 document comes before the grade-2 one.
const q2 = {
  ranked: ['b', 'a'],
  judgements: new Map([
    ['a', 2],
    ['b', 1],
  ]),
};
// q3: the only relevant document is never found; a document judged 0 is found first.
const q3 = {
  ranked: ['n', 'm'],
  judgements: new Map([
    ['r', 1],
    ['n', 0],
  ]),
};

describe('recallAt', () => {
  it('counts the share of relevant documents within the cut-off', () => {
    expect(recallAt(q1.ranked, q1.judgements, 5)).toBe(0.5);
    expect(recallAt(q1.ranked, q1.judgements, 10)).toBe(1);
    expect(recallAt(q2.ranked, q2.judgements, 1)).toBe(0.5);
    expect(recallAt(q3.ranked, q3.judgements, 10)).toBe(0);
  });

  it('counts a document found twice once', () => {
    expect(recallAt(['a', 'a', 'a', 'a', 'a', 'b'], q1.judgements, 5)).toBe(1);
  });

  it('gives 0 for a query without relevant documents', () => {
    expect(recallAt(['a'], new Map([['a', 0]]), 10)).toBe(0);
  });
});

describe('reciprocalRankAt', () => {
  it('is one over the rank of the first relevant document', () => {
    expect(reciprocalRankAt(q1.ranked, q1.judgements, 10)).toBe(0.5);
    expect(reciprocalRankAt(q2.ranked, q2.judgements, 10)).toBe(1);
    expect(reciprocalRankAt(q3.ranked, q3.judgements, 10)).toBe(0);
  });

  it('is 0 when the first relevant document is past the cut-off', () => {
    expect(reciprocalRankAt(q1.ranked, q1.judgements, 1)).toBe(0);
  });

  it('ranks documents, not chunks', () => {
    expect(reciprocalRankAt(['x', 'x', 'x', 'a'], q1.judgements, 10)).toBe(0.5);
  });
});

describe('ndcgAt', () => {
  it('discounts by log2 of the rank plus one', () => {
    // DCG = 1/log2(3) + 1/log2(7) = 0.63093 + 0.35621; ideal = 1 + 1/log2(3).
    expect(ndcgAt(q1.ranked, q1.judgements, 10)).toBeCloseTo(0.98714 / 1.63093, 4);
    // Cut at 5, b falls off: 0.63093 / 1.63093.
    expect(ndcgAt(q1.ranked, q1.judgements, 5)).toBeCloseTo(0.38685, 4);
  });

  it('uses the grade as the gain', () => {
    // DCG = 1 + 2/log2(3) = 2.26186; ideal = 2 + 1/log2(3) = 2.63093.
    expect(ndcgAt(q2.ranked, q2.judgements, 10)).toBeCloseTo(0.85972, 4);
    expect(ndcgAt(['a', 'b'], q2.judgements, 10)).toBe(1);
  });

  it('gives 0 when nothing relevant is found or nothing is relevant', () => {
    expect(ndcgAt(q3.ranked, q3.judgements, 10)).toBe(0);
    expect(ndcgAt(['a'], new Map(), 10)).toBe(0);
  });
});

describe('percentile', () => {
  it('takes the nearest rank', () => {
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(percentile([5, 1, 4, 2, 3], 95)).toBe(5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50)).toBe(5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
    expect(percentile([7], 0)).toBe(7);
  });

  it('is NaN without samples', () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('scoreRanking and meanScores', () => {
  it('averages every query equally', () => {
    const scores = [q1, q2, q3].map((query) => scoreRanking(query.ranked, query.judgements));
    const averaged = meanScores(scores);
    expect(averaged.recallAt5).toBeCloseTo((0.5 + 1 + 0) / 3, 10);
    expect(averaged.recallAt10).toBeCloseTo((1 + 1 + 0) / 3, 10);
    expect(averaged.mrrAt10).toBeCloseTo((0.5 + 1 + 0) / 3, 10);
    expect(averaged.ndcgAt10).toBeCloseTo((0.60526 + 0.85972 + 0) / 3, 4);
  });

  it('has helpers that behave on edge cases', () => {
    expect(dedupe(['a', 'b', 'a', 'c', 'b'])).toEqual(['a', 'b', 'c']);
    expect(mean([])).toBeNaN();
    expect(mean([1, 2, 3])).toBe(2);
  });
});
