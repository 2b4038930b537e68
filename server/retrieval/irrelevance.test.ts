import { describe, expect, it } from 'vitest';
import { describeIrrelevance, judgeRelevance } from './irrelevance.ts';

describe('judgeRelevance', () => {
  it('passes a result whose best passage covers enough of the question', () => {
    expect(judgeRelevance({ found: 3, termCount: 2, bestCoverage: 0.6, minCoverage: 0.6 })).toBeUndefined();
  });

  it('names the first thing that fails: nothing found, no search words, too little coverage', () => {
    expect(judgeRelevance({ found: 0, termCount: 0, bestCoverage: 0, minCoverage: 0.6 })).toEqual({
      kind: 'nothing-found',
    });
    expect(judgeRelevance({ found: 2, termCount: 0, bestCoverage: 0, minCoverage: 0.6 })).toEqual({
      kind: 'no-search-words',
    });
    expect(judgeRelevance({ found: 2, termCount: 3, bestCoverage: 0.33, minCoverage: 0.6 })).toEqual({
      kind: 'low-coverage',
      bestCoverage: 0.33,
      minCoverage: 0.6,
    });
  });
});

describe('describeIrrelevance', () => {
  const low = { kind: 'low-coverage', bestCoverage: 0.333, minCoverage: 0.6 } as const;

  it('says it in Dutch by default, with rounded percentages', () => {
    expect(describeIrrelevance(low)).toBe(
      'De best passende passage bevat 33% van de zoekwoorden van de vraag; minstens 60% is nodig.',
    );
    expect(describeIrrelevance({ kind: 'nothing-found' })).toContain('geen passages');
  });

  it('says every kind in English when asked, without Dutch left in', () => {
    const kinds = [{ kind: 'nothing-found' }, { kind: 'no-search-words' }, low] as const;
    for (const irrelevance of kinds) {
      const text = describeIrrelevance(irrelevance, 'en');
      expect(text).not.toMatch(/\b(de|het|geen|vraag|zoekwoorden|gevonden|nodig)\b/u);
      expect(text).not.toBe(describeIrrelevance(irrelevance, 'nl'));
    }
    expect(describeIrrelevance(low, 'en')).toContain('33%');
  });
});
