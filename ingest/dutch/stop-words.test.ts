import { describe, expect, it } from 'vitest';
import { dutchFunctionWords, dutchStopWords } from './stop-words.ts';

describe('dutchStopWords', () => {
  it('holds question words and modal verbs besides the Snowball list', () => {
    for (const word of ['de', 'het', 'wanneer', 'welke', 'kan', 'mag'])
      expect(dutchStopWords.has(word)).toBe(true);
    expect(dutchStopWords.has('vergunning')).toBe(false);
  });
});

describe('dutchFunctionWords', () => {
  it('holds every stop word and the connectives the query side keeps', () => {
    for (const word of dutchStopWords) expect(dutchFunctionWords.has(word)).toBe(true);
    for (const word of ['echter', 'daarvoor', 'volgens']) {
      expect(dutchFunctionWords.has(word)).toBe(true);
      expect(dutchStopWords.has(word)).toBe(false);
    }
  });
});
