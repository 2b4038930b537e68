import { describe, expect, it } from 'vitest';
import { abbreviations } from './abbreviations.ts';
import { createGlossary } from './glossary.ts';

const glossary = createGlossary(abbreviations);
const names = (entries: { abbreviation: string }[]) => entries.map((entry) => entry.abbreviation);

describe('glossary', () => {
  it('finds abbreviations in any case, except those that are ordinary words in lowercase', () => {
    expect(names(glossary.abbreviationsIn(['de', 'apv', 'Woo']))).toEqual(['APV', 'Woo']);
    expect(names(glossary.abbreviationsIn(['om', 'ov', 'bal']))).toEqual([]);
    expect(names(glossary.abbreviationsIn(['OM', 'OV']))).toEqual(['OM', 'OV']);
  });

  it('finds full names as consecutive folded words', () => {
    const tokens = 'zie de algemene plaatselijke verordening en de wet open overheid'.split(' ');
    expect(names(glossary.fullNamesIn(tokens))).toEqual(['APV', 'Woo']);
    expect(names(glossary.fullNamesIn(['algemene', 'verordening']))).toEqual([]);
  });

  it('has one entry per abbreviation', () => {
    const keys = abbreviations.map((entry) => entry.abbreviation.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
  });
});
