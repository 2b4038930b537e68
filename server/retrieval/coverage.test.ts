import { describe, expect, it } from 'vitest';
import { queryCoverage, queryTerms } from './coverage.ts';

const terms = (query: string) => queryTerms(query).map((term) => term.term);

describe('queryTerms', () => {
  it('keeps content words, folded, without stop and question words', () => {
    expect(terms('Hoe vraag ik een bewonersvergunning aan?')).toEqual(['vraag', 'bewonersvergunning']);
    expect(terms('Wat kost de coördinatie van de Wijk? wijk')).toEqual(['kost', 'coordinatie', 'wijk']);
  });

  it('records compound parts', () => {
    const [term] = queryTerms('parkeervergunning');
    expect(term!.parts).toEqual(['parkeer', 'vergunning']);
    expect(queryTerms('gemeente')[0]!.parts).toEqual([]);
  });

  it('uses a given splitter and stop list', () => {
    const custom = queryTerms('de fietsenstalling', {
      stopWords: new Set(['de']),
      splitCompound: (word) => (word === 'fietsenstalling' ? ['fiets', 'stalling'] : [word]),
    });
    expect(custom).toEqual([{ term: 'fietsenstalling', parts: ['fiets', 'stalling'] }]);
  });

  it('finds no terms in a question of stop words only', () => {
    expect(queryTerms('Wat is dat dan?')).toEqual([]);
  });
});

describe('queryCoverage', () => {
  const coverage = (query: string, text: string) => queryCoverage(queryTerms(query), text);

  it('is 1 when every content word is in the passage, folded', () => {
    expect(
      coverage('Financiële administratie bewaren', 'U moet uw financiele ADMINISTRATIE 7 jaar bewaren.'),
    ).toBe(1);
  });

  it('is 0 for an unrelated passage and for a question without content words', () => {
    expect(coverage('recept appeltaart', 'De bewonersvergunning kost 120 euro per jaar.')).toBe(0);
    expect(coverage('wat is dat', 'Wat is dat nu weer?')).toBe(0);
  });

  it('finds a word inside a compound of the passage', () => {
    expect(coverage('vergunning', 'Vraag een bewonersvergunning aan.')).toBe(1);
    expect(coverage('parkeren', 'Het parkeerterrein is open.')).toBe(1);
  });

  it('accepts other forms with the same beginning, but not different words', () => {
    expect(coverage('aanvragen', 'De aanvraag duurt twee weken.')).toBe(1);
    expect(coverage('vergunningen', 'Eén vergunning per adres.')).toBe(1);
    expect(coverage('gemeente', 'De gemeenschap van de wijk.')).toBe(0);
  });

  it('matches three-letter words only exactly', () => {
    expect(coverage('wet', 'De wethouder besloot.')).toBe(0);
    expect(coverage('wet', 'Volgens de wet mag dat.')).toBe(1);
  });

  it('gives a compound the share of its parts that is found', () => {
    expect(coverage('parkeervergunning', 'Een vergunning voor bewoners.')).toBe(0.5);
    expect(coverage('parkeervergunning', 'Parkeren met een vergunning.')).toBe(1);
  });

  it('averages over the terms', () => {
    expect(
      coverage('bewonersvergunning kosten Haren', 'De bewonersvergunning: kosten per jaar.'),
    ).toBeCloseTo(2 / 3, 12);
  });

  it('matches numbers exactly', () => {
    expect(coverage('2024', 'In 2025 gelden nieuwe tarieven.')).toBe(0);
    expect(coverage('2024', 'Sinds 2024.')).toBe(1);
  });
});
