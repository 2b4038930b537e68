import { describe, expect, it } from 'vitest';
import { stem } from './stem.ts';

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
