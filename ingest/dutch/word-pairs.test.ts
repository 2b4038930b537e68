import { describe, expect, it } from 'vitest';
import { lightStem, wordPairs } from './word-pairs.ts';

describe('lightStem', () => {
  it('brings verb forms and plurals together', () => {
    expect(lightStem('geschorst')).toBe('schors');
    expect(lightStem('schorst')).toBe('schors');
    expect(lightStem('gewijzigd')).toBe('wijzig');
    expect(lightStem('wijzigt')).toBe('wijzig');
    expect(lightStem('ouders')).toBe('ouder');
    expect(lightStem('beeindigen')).toBe('beeindig');
  });

  it('leaves short words alone', () => {
    expect(lightStem('wet')).toBe('wet');
    expect(lightStem('kind')).toBe('kind');
    expect(lightStem('geld')).toBe('geld');
  });
});

describe('wordPairs', () => {
  it('pairs content words up to two apart, skipping stop words, in alphabetical order', () => {
    expect(wordPairs('De rechtbank kan het gezag van een ouder beëindigen')).toEqual([
      'gezagqxrechtbank',
      'ouderqxrechtbank',
      'gezagqxouder',
      'beeindigqxgezag',
      'beeindigqxouder',
    ]);
  });

  it('gives the same pairs whatever the word order or inflection', () => {
    const asked = wordPairs('Wanneer kan de rechtbank het gezag van ouders beëindigen?');
    const stated = wordPairs('het gezag van een ouder beëindigt de rechtbank');
    expect(asked.filter((pair) => stated.includes(pair))).toEqual(
      expect.arrayContaining(['gezagqxouder', 'beeindigqxouder']),
    );
  });

  it('leaves out numbers, repeated words and pairs too long for the index', () => {
    expect(wordPairs('artikel 12 artikel')).toEqual([]);
    expect(wordPairs('arbeidsongeschiktheidsverzekeringen kinderopvangtoeslagaanvragen')).toEqual([]);
  });

  it('takes a window', () => {
    expect(wordPairs('rechtbank gezag ouder', { window: 1 })).toEqual(['gezagqxrechtbank', 'gezagqxouder']);
  });
});
