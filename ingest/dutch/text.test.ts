import { describe, expect, it } from 'vitest';
import { foldAccents, foldedWords, tokenize } from './text.ts';

describe('foldAccents', () => {
  it('lowercases and removes accents', () => {
    expect(foldAccents('Coördinatie één')).toBe('coordinatie een');
  });
});

describe('foldedWords', () => {
  it('lowercases, folds accents and splits on non-letters', () => {
    expect(foldedWords('Coördinatie, financiële Zaken (2025)!')).toEqual([
      'coordinatie',
      'financiele',
      'zaken',
      '2025',
    ]);
  });
});

describe('tokenize', () => {
  it('splits on non-letters and keeps case and accents', () => {
    expect(tokenize('De Woo-aanvraag (financiële)')).toEqual(['De', 'Woo', 'aanvraag', 'financiële']);
  });
});
