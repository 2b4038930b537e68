import { describe, expect, it } from 'vitest';
import { normalizeGroups, sharesGroup } from './groups.ts';

describe('normalizeGroups', () => {
  it('trims names, drops empty ones and keeps each once, in order', () => {
    expect(normalizeGroups([' mobiliteit ', '', '  ', 'directie', 'mobiliteit', '\tdirectie\n'])).toEqual([
      'mobiliteit',
      'directie',
    ]);
  });

  it('keeps case: Directie and directie are two groups', () => {
    expect(normalizeGroups(['Directie', 'directie'])).toEqual(['Directie', 'directie']);
  });
});

describe('sharesGroup', () => {
  it('is true when one group is on both sides', () => {
    expect(sharesGroup(['mobiliteit', 'directie'], ['directie'])).toBe(true);
    expect(sharesGroup(['mobiliteit'], ['handhaving', 'mobiliteit'])).toBe(true);
  });

  it('is false when no group is shared', () => {
    expect(sharesGroup(['mobiliteit'], ['directie'])).toBe(false);
  });

  it('is closed by default: no groups on either side means no access', () => {
    expect(sharesGroup([], ['medewerkers'])).toBe(false);
    expect(sharesGroup(['medewerkers'], [])).toBe(false);
    expect(sharesGroup([], [])).toBe(false);
  });

  it('never lets an empty or blank name grant access', () => {
    expect(sharesGroup([''], [''])).toBe(false);
    expect(sharesGroup(['  '], [' '])).toBe(false);
    expect(sharesGroup(['', 'mobiliteit'], ['', 'directie'])).toBe(false);
  });

  it('compares names after trimming, on both sides', () => {
    expect(sharesGroup([' directie'], ['directie '])).toBe(true);
    expect(sharesGroup(['directie'], ['  directie\t'])).toBe(true);
  });

  it('counts case', () => {
    expect(sharesGroup(['Directie'], ['directie'])).toBe(false);
  });
});
