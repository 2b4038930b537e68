import { describe, expect, it } from 'vitest';
import { commonPrefixLength, foldAccents, foldedWords, tokenize } from './text.ts';

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

describe('commonPrefixLength', () => {
  it('counts the leading characters two words share', () => {
    expect(commonPrefixLength('aanvragen', 'aanvraag')).toBe(6);
    expect(commonPrefixLength('wet', 'wethouder')).toBe(3);
    expect(commonPrefixLength('fiets', 'auto')).toBe(0);
  });
});
