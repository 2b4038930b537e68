import { describe, expect, it } from 'vitest';
import { baseForms, inflectionBases, infinitivesOfStem, pluralCandidates } from './morphology.ts';

describe('inflectionBases', () => {
  it.each([
    ['vergunningen', 'vergunning'],
    ['straten', 'straat'],
    ['bussen', 'bus'],
    ['brieven', 'brief'],
    ['huizen', 'huis'],
    ['ziekten', 'ziekte'],
    ['plaatsen', 'plaats'],
    ['auto', undefined],
    ['openbare', 'openbaar'],
    ['regels', 'regel'],
  ])('%s has base %s', (form, base) => {
    if (base === undefined) expect(inflectionBases(form)).toEqual([]);
    else expect(inflectionBases(form)).toContain(base);
  });

  it('never returns the form itself or bases under three letters', () => {
    expect(inflectionBases('ben')).toEqual([]);
    expect(inflectionBases('tenen')).not.toContain('tenen');
  });
});

describe('infinitivesOfStem', () => {
  it.each([
    ['parkeer', 'parkeren'],
    ['zwem', 'zwemmen'],
    ['leef', 'leven'],
    ['lees', 'lezen'],
    ['schrijf', 'schrijven'],
    ['bouw', 'bouwen'],
    ['fiets', 'fietsen'],
  ])('%s is the stem of %s', (stem, infinitive) => {
    expect(infinitivesOfStem(stem)).toContain(infinitive);
  });

  it('gives nothing for stems under three letters', () => {
    expect(infinitivesOfStem('ga')).toEqual([]);
  });
});

describe('pluralCandidates', () => {
  it('includes the regular plurals', () => {
    expect(pluralCandidates('fiets')).toContain('fietsen');
    expect(pluralCandidates('straat')).toContain('straten');
    expect(pluralCandidates('auto')).toContain('autos');
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
