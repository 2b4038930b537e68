import { describe, expect, it } from 'vitest';
import { planBatches, planTokenBatches, splitVectors } from './batching.ts';

describe('planBatches', () => {
  it('groups texts of similar length and remembers where each came from', () => {
    const texts = ['ccc', 'a', 'eeeee', 'bb', 'dddd'];
    const batches = planBatches(texts, 2);
    expect(batches.map((batch) => batch.texts)).toEqual([['a', 'bb'], ['ccc', 'dddd'], ['eeeee']]);
    for (const batch of batches) {
      batch.indexes.forEach((index, position) => expect(texts[index]).toBe(batch.texts[position]));
    }
  });

  it('covers every text exactly once', () => {
    const texts = Array.from({ length: 23 }, (_, index) => 'x'.repeat((index * 7) % 11));
    const indexes = planBatches(texts, 4).flatMap((batch) => batch.indexes);
    expect(indexes.sort((a, b) => a - b)).toEqual(texts.map((_, index) => index));
  });

  it('gives no batches for no texts', () => {
    expect(planBatches([], 8)).toEqual([]);
  });
});

describe('planTokenBatches', () => {
  it('batches short texts together within the padded-token budget', () => {
    // Sorted: 10 (#1), 20 (#3), 30 (#0), 200 (#2), 300 (#4); budget 64 fits three texts of 20 but not of 30.
    expect(planTokenBatches([30, 10, 200, 20, 300], 64)).toEqual([[1, 3], [0], [2], [4]]);
  });

  it('gives a text longer than the budget a call of its own', () => {
    expect(planTokenBatches([600, 5], 512)).toEqual([[1], [0]]);
  });

  it('never exceeds the budget with more than one text', () => {
    const lengths = Array.from({ length: 50 }, (_, index) => 5 + ((index * 37) % 120));
    const batches = planTokenBatches(lengths, 256);
    expect(batches.flat().sort((a, b) => a - b)).toEqual(lengths.map((_, index) => index));
    for (const batch of batches) {
      const longest = Math.max(...batch.map((index) => lengths[index] as number));
      if (batch.length > 1) expect(batch.length * longest).toBeLessThanOrEqual(256);
    }
  });
});

describe('splitVectors', () => {
  it('cuts a flat result into independent vectors', () => {
    const vectors = splitVectors(Float32Array.of(1, 2, 3, 4, 5, 6), 3);
    expect(vectors.map((vector) => Array.from(vector))).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(vectors[0]?.buffer).not.toBe(vectors[1]?.buffer);
  });
});
