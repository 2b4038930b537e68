import { describe, expect, it } from 'vitest';
import { createDutchAnalyzer } from './analyzer.ts';
import { dutchFtsOptions } from './fts-options.ts';

const analyzer = createDutchAnalyzer({ wordListPaths: [] });
const terms = (query: string) => analyzer.queryText(query).split(' ');

describe('queryText', () => {
  it('adds the parts of compounds', () => {
    expect(terms('parkeervergunning aanvragen')).toEqual(
      expect.arrayContaining(['parkeervergunning', 'aanvragen', 'parkeer', 'vergunning']),
    );
  });

  it('adds the forms the stemmer keeps apart', () => {
    expect(terms('parkeren')).toContain('parkeer');
    expect(terms('fiets')).toContain('fietsen');
    expect(terms('fietsen')).toContain('fiets');
  });

  it('expands abbreviations and related ones', () => {
    expect(terms('APV')).toEqual(['apv', 'algemene', 'plaatselijke', 'verordening']);
    expect(terms('wob')).toEqual(expect.arrayContaining(['wob', 'openbaarheid', 'bestuur', 'woo']));
    expect(terms('wet open overheid')).toContain('woo');
  });

  it('leaves only letters, digits and single spaces', () => {
    const query = '"Woo-verzoek" (indienen): +snel -traag \\ * ~ ^ [a] {b} artikel 2:10?';
    const text = analyzer.queryText(query);
    expect(text).toMatch(/^[\p{L}\p{N}]+( [\p{L}\p{N}]+)*$/u);
    expect(text.split(' ')).toEqual(
      expect.arrayContaining(['woo', 'verzoek', 'indienen', 'artikel', '2', '10']),
    );
  });

  it('gives an empty string for a query without words', () => {
    expect(analyzer.queryText(' "()": ')).toBe('');
  });

  it('keeps each term once', () => {
    const list = terms('fiets fiets Fiets');
    expect(new Set(list).size).toBe(list.length);
  });
});

describe('searchText', () => {
  const text = analyzer.searchText({
    title: 'Parkeerbeleid',
    headingPath: ['Hoofdstuk 2', 'Bewoners'],
    text: 'De Algemene Plaatselijke Verordening regelt de fietsenstalling. De fietsenstalling is gratis.',
  });
  const lines = text.split('\n');

  it('holds title, headings and text on their own lines', () => {
    expect(lines.slice(0, 3)).toEqual([
      'Parkeerbeleid',
      'Hoofdstuk 2 / Bewoners',
      'De Algemene Plaatselijke Verordening regelt de fietsenstalling. De fietsenstalling is gratis.',
    ]);
  });

  it('ends with compound parts, each once, and abbreviations of full names', () => {
    expect(lines[3]?.split(' ')).toEqual(['parkeer', 'beleid', 'fietsen', 'stalling', 'APV']);
  });

  it('ends with the word pairs of the text', () => {
    expect(lines[4]?.split(' ')).toEqual(
      expect.arrayContaining(['algemenqxplaatselijk', 'fietsenstallingqxregel', 'fietsenstallingqxgrati']),
    );
  });

  it('leaves out empty fields and adds nothing to a text of one content word', () => {
    expect(analyzer.searchText({ title: '', headingPath: [], text: 'Zij is er.' })).toBe('Zij is er.');
    expect(analyzer.searchText({ title: '', headingPath: [], text: 'Het parkeren.' })).toBe('Het parkeren.');
  });
});

describe('queryText and searchText together', () => {
  it('drop question words from the query but keep the subject', () => {
    expect(terms('Wanneer kan ik een bewonersvergunning krijgen?')).not.toEqual(
      expect.arrayContaining(['wanneer']),
    );
    expect(terms('Wanneer kan ik een bewonersvergunning krijgen?')).toContain('bewonersvergunning');
  });

  it('still find full names that contain stop words', () => {
    expect(terms('Wet openbaarheid van bestuur')).toContain('wob');
  });

  it('share a word pair when question and passage say the same thing in another order', () => {
    const stored = new Set(
      analyzer
        .searchText({
          title: '',
          headingPath: [],
          text: 'Het college schorst een handelsvergunning als het geneesmiddel schadelijk is.',
        })
        .split(/\s+/),
    );
    const asked = terms('Wanneer wordt een handelsvergunning geschorst?');
    expect(asked.filter((term) => term.includes('qx') && stored.has(term))).toEqual([
      'handelsvergunningqxschors',
    ]);
  });

  it('can leave word pairs out', () => {
    const plain = createDutchAnalyzer({ wordListPaths: [], pairWindow: 0 });
    expect(plain.queryText('rechtbank gezag ouder').split(' ')).toEqual(['rechtbank', 'gezag', 'ouder']);
  });
});

describe('analyzer', () => {
  it('reports what it loaded', () => {
    expect(analyzer.info.coreWords).toBeGreaterThan(3000);
    expect(analyzer.info.abbreviations).toBeGreaterThan(20);
    expect(createDutchAnalyzer({ wordListPaths: ['/nonexistent/dutch'] }).info.skipped).toHaveLength(1);
  });

  it('splits with its own lexicon', () => {
    expect(analyzer.splitCompound('bouwvergunning')).toEqual(['bouw', 'vergunning']);
  });
});

describe('dutchFtsOptions', () => {
  // LanceDB 0.31 aborts the whole process on an unknown language name, such as `dutch`.
  it('names the language exactly as LanceDB spells it', () => {
    expect(dutchFtsOptions.language).toBe('Dutch');
    expect(dutchFtsOptions).toMatchObject({ stem: true, removeStopWords: true, asciiFolding: true });
  });
});
