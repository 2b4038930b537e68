import { describe, expect, it } from 'vitest';
import { containsAnswer, contentOverlap, normaliseForMatch } from './answer-match.ts';

describe('normaliseForMatch', () => {
  it('lowercases, folds accents and reads punctuation as a space', () => {
    expect(normaliseForMatch('Financiële  administratie: 5 jaar!')).toBe('financiele administratie 5 jaar');
  });
});

describe('containsAnswer with short spans', () => {
  const gold = { kind: 'spans' as const, spans: ['5 jaar te bewaren', 'vijf jaar'] };

  it('finds any span as whole words, whatever the case and punctuation', () => {
    expect(containsAnswer(gold, ['Het is slim om uw administratie 5 jaar te bewaren.'])).toBe(true);
    expect(containsAnswer(gold, ['Andere tekst.', 'Bewaar het Vijf  jaar.'])).toBe(true);
  });

  it('does not match inside longer words or without the passages', () => {
    expect(containsAnswer(gold, ['Bewaar het 15 jaar te bewaren'])).toBe(false);
    expect(containsAnswer(gold, ['bewaar het vijfjaar'])).toBe(false);
    expect(containsAnswer(gold, [])).toBe(false);
  });
});

describe('containsAnswer with one long answer', () => {
  const gold = {
    kind: 'long' as const,
    text: 'De gemeente beslist binnen vier weken op een Woo-verzoek; die termijn kan met twee weken worden verdaagd.',
  };

  it('counts the share of the answer’s content words in the passages together', () => {
    // Content words: gemeente beslist binnen vier weken woo verzoek termijn twee verdaagd (10).
    const passage = 'De gemeente beslist binnen vier weken op het Woo-verzoek.';
    expect(contentOverlap(gold.text, [passage])).toBeCloseTo(7 / 10, 10);
    expect(contentOverlap(gold.text, [passage, 'De termijn kan worden verdaagd.'])).toBeCloseTo(9 / 10, 10);
  });

  it('holds from 0.6 of the content words, or from the threshold given', () => {
    expect(containsAnswer(gold, ['De gemeente beslist binnen vier weken op het Woo-verzoek.'])).toBe(true);
    expect(containsAnswer(gold, ['De gemeente beslist over subsidies.'])).toBe(false);
    expect(
      containsAnswer(gold, ['De gemeente beslist binnen vier weken op het Woo-verzoek.'], {
        minLongOverlap: 0.9,
      }),
    ).toBe(false);
  });
});
