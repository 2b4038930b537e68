import { describe, expect, it } from 'vitest';
import { baseForms, foldedWords } from './words.ts';

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

describe('baseForms', () => {
  it('undoes plural and infinitive spelling changes', () => {
    expect(baseForms('parkeren')).toContain('parkeer');
    expect(baseForms('straten')).toContain('straat');
    expect(baseForms('zwemmen')).toContain('zwem');
    expect(baseForms('fietsen')).toContain('fiets');
    expect(baseForms('vergunningen')).toContain('vergunning');
    expect(baseForms('leven')).toContain('leef');
  });

  it('leaves short words alone and never returns the word itself', () => {
    expect(baseForms('wet')).toEqual([]);
    expect(baseForms('fiets')).not.toContain('fiets');
  });
});
