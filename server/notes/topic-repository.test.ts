import { describe, expect, it } from 'vitest';
import { slugify } from './topic-repository.ts';

describe('slugify', () => {
  it('folds accents and turns everything else into single dashes', () => {
    expect(slugify('Verkeer & vervoer')).toBe('verkeer-vervoer');
    expect(slugify('Coördinatie van financiën')).toBe('coordinatie-van-financien');
    expect(slugify('???')).toBe('zonder-naam');
  });
});
