import { describe, expect, it } from 'vitest';
import { dutchClaimStopWords, dutchStopWords } from './stop-words.ts';

describe('dutchStopWords', () => {
  it('holds question words and modal verbs besides the Snowball list', () => {
    for (const word of ['de', 'het', 'wanneer', 'welke', 'kan', 'mag', 'krijgt']) {
      expect(dutchStopWords.has(word)).toBe(true);
    }
    expect(dutchStopWords.has('vergunning')).toBe(false);
    expect(dutchStopWords.size).toBe(151);
  });
});

describe('dutchClaimStopWords', () => {
  it('drops connectives the query keeps, and keeps what an answer states', () => {
    for (const word of ['echter', 'daarvoor', 'volgens']) {
      expect(dutchClaimStopWords.has(word)).toBe(true);
      expect(dutchStopWords.has(word)).toBe(false);
    }
    for (const word of ['krijgt', 'nodig']) expect(dutchClaimStopWords.has(word)).toBe(false);
    expect(dutchClaimStopWords.has('wanneer')).toBe(true);
  });
});
