import { describe, expect, it } from 'vitest';
import { contentTerms, fold, indexHas, indexTerms, stem, wordsMatch } from './terms.ts';

const matches = (sentenceWord: string, passageText: string): boolean => {
  const [term] = contentTerms(sentenceWord);
  if (term === undefined) throw new Error(`no content term in ${sentenceWord}`);
  return indexHas(indexTerms(passageText), term);
};

describe('fold', () => {
  it('lowercases and removes accents', () => {
    expect(fold('Coördinatie één')).toBe('coordinatie een');
  });
});

describe('stem', () => {
  it('brings plural and singular together', () => {
    expect(stem('vergunningen')).toBe(stem('vergunning'));
    expect(stem('straten')).toBe(stem('straat'));
    expect(stem('bewoners')).toBe(stem('bewoner'));
    expect(stem('tarieven')).toBe(stem('tarief'));
    expect(stem('grote')).toBe(stem('groot'));
  });

  it('leaves words that merely end in s alone', () => {
    expect(stem('prijs')).toBe('prijs');
    expect(stem('huis')).toBe('huis');
  });
});

describe('contentTerms', () => {
  it('drops Dutch stop words, units and list numbering', () => {
    const terms = contentTerms('1. Wat kost een bewonersvergunning in euro?');
    expect(terms.map((term) => term.key)).toEqual(['kost', 'bewonersvergunning']);
  });

  it('keeps an amount as one number that outweighs a word', () => {
    const [amount] = contentTerms('€ 98,40');
    expect(amount).toEqual({ kind: 'number', key: '9840', weight: 3 });
  });
});

describe('matching', () => {
  it('matches inflections and compounds', () => {
    expect(matches('vergunningen', 'Een vergunning kost geld.')).toBe(true);
    expect(matches('parkeren', 'Wie parkeert, betaalt.')).toBe(true);
    expect(matches('vergunning', 'De bewonersvergunning is persoonlijk.')).toBe(true);
    expect(matches('Coördinatie', 'coordinatie van werkzaamheden')).toBe(true);
  });

  it('does not match unrelated words that share a short prefix', () => {
    expect(matches('bezoekers', 'bewoners van de binnenstad')).toBe(false);
    expect(wordsMatch('verhuis', 'vergunning')).toBe(false);
  });

  it('treats 98,40 and 98.40 as one amount and 98 as another', () => {
    expect(matches('98.40', 'kost € 98,40 per jaar')).toBe(true);
    expect(matches('98', 'kost € 98,40 per jaar')).toBe(false);
  });
});
