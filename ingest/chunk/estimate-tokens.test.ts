import { describe, expect, it } from 'vitest';
import { charactersPerToken, estimateTokens } from './index.ts';

describe('estimateTokens', () => {
  it('counts one token per three characters, rounded up', () => {
    expect(charactersPerToken).toBe(3);
    expect([estimateTokens(''), estimateTokens('a'), estimateTokens('abc'), estimateTokens('abcd')]).toEqual([
      0, 1, 1, 2,
    ]);
  });

  it('errs high against the 3.2 to 4 characters per token XLM-R gives on Dutch prose', () => {
    const text =
      'De gemeente Groningen verleent een omgevingsvergunning als de aanvraag voldoet aan het bestemmingsplan.';
    expect(estimateTokens(text)).toBeGreaterThanOrEqual(Math.ceil(text.length / 3.2));
  });
});
