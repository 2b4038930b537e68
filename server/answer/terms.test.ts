import { describe, expect, it } from 'vitest';
import { contentTerms, indexHas, indexTerms, wordsMatch } from './terms.ts';

const matches = (sentenceWord: string, passageText: string): boolean => {
  const [term] = contentTerms(sentenceWord);
  if (term === undefined) throw new Error(`no content term in ${sentenceWord}`);
  return indexHas(indexTerms(passageText), term);
};

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
