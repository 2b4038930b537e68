import { describe, expect, it } from 'vitest';
import type { FontSizes } from './pdf-font-sizes.ts';
import { coverTitle, firstLineTitle, joinLines, pageBlocks, plausibleTitle } from './pdf-layout.ts';

describe('joinLines', () => {
  it('joins a word hyphenated at a line end', () => {
    expect(joinLines(['de uitvoerings-', 'maatregelen voor het centrum'])).toBe(
      'de uitvoeringsmaatregelen voor het centrum',
    );
  });

  it('keeps the hyphen of a Dutch coordination and of a capitalised compound', () => {
    expect(joinLines(['beleids-', 'en uitvoeringskeuzes'])).toBe('beleids- en uitvoeringskeuzes');
    expect(joinLines(['Noord-', 'en Zuid-Holland'])).toBe('Noord- en Zuid-Holland');
    expect(joinLines(['de AI-', 'verordening'])).toBe('de AI-verordening');
    expect(joinLines(['de N-', '355'])).toBe('de N- 355');
    expect(joinLines(['Noord-', 'Nederland'])).toBe('Noord-Nederland');
    expect(joinLines(['de uitvoering -', 'maatregelen'])).toBe('de uitvoering - maatregelen');
  });
});

describe('pageBlocks', () => {
  const full = 'Dit is een volle regel tekst die tot aan de rechterkantlijn van de pagina doorloopt en';

  it('ends a paragraph at a short line that ends a sentence, and keeps the page number', () => {
    const blocks = pageBlocks(`${full}\nnog een stukje.\n${full}\nook hier.`, 4);
    expect(blocks).toEqual([
      { kind: 'paragraph', text: `${full} nog een stukje.`, page: 4 },
      { kind: 'paragraph', text: `${full} ook hier.`, page: 4 },
    ]);
  });

  it('splits on blank lines and keeps a short heading-like line apart', () => {
    const blocks = pageBlocks(`Inleiding\n${full}\nslot.\n\n${full}`, 1);
    expect(blocks.map((block) => block.text)).toEqual(['Inleiding', `${full} slot.`, full]);
  });

  it('makes bullets list items and starts a new block at a numbered line', () => {
    const blocks = pageBlocks(
      `${full}\n• Zuidzijde: 200 plekken\n• Noordzijde: 150\nplekken\n2. bedrijf: een persoon`,
      2,
    );
    expect(blocks.map((block) => [block.kind, block.text])).toEqual([
      ['paragraph', full],
      ['list-item', '• Zuidzijde: 200 plekken'],
      ['list-item', '• Noordzijde: 150 plekken'],
      ['paragraph', '2. bedrijf: een persoon'],
    ]);
  });

  it('makes a numbered line that stands alone a heading with its level', () => {
    const blocks = pageBlocks(
      `4. Bewonersvergunning\n4.4 Kosten van een bewonersvergunning\n${full}\nslot.\n4.5 Tweede auto`,
      3,
    );
    expect(blocks).toEqual([
      { kind: 'heading', text: '4. Bewonersvergunning', level: 1, page: 3 },
      { kind: 'heading', text: '4.4 Kosten van een bewonersvergunning', level: 2, page: 3 },
      { kind: 'paragraph', text: `${full} slot.`, page: 3 },
      { kind: 'heading', text: '4.5 Tweede auto', level: 2, page: 3 },
    ]);
  });

  it('makes a short block in a larger font a heading, a wrapped one included, but not a running header', () => {
    const sizes: FontSizes = {
      typeset: true,
      body: 10,
      headings: [16, 12],
      running: new Set(['kennis zuid-holland #']),
    };
    const lines = [
      { text: 'Kennis Zuid-Holland 5', height: 12 },
      { text: 'Samenvatting: bouw 15-minutenwijken rond stations en', height: 16 },
      { text: 'hoogwaardig OV-haltes', height: 16 },
      { text: full, height: 10 },
      { text: 'slot.', height: 10 },
      { text: 'Voorzieningen', height: 12 },
      { text: full, height: 10 },
    ];
    expect(pageBlocks(lines, 5, sizes)).toEqual([
      { kind: 'paragraph', text: 'Kennis Zuid-Holland 5', page: 5 },
      {
        kind: 'heading',
        text: 'Samenvatting: bouw 15-minutenwijken rond stations en hoogwaardig OV-haltes',
        level: 1,
        page: 5,
      },
      { kind: 'paragraph', text: `${full} slot.`, page: 5 },
      { kind: 'heading', text: 'Voorzieningen', level: 2, page: 5 },
      { kind: 'paragraph', text: full, page: 5 },
    ]);
  });

  it('keeps large text that is not a heading as text: a number, a long quote', () => {
    const sizes: FontSizes = { typeset: true, body: 10, headings: [20], running: new Set() };
    const quote = Array.from({ length: 4 }, () => ({
      text: 'Wij willen dat iedereen in de stad',
      height: 20,
    }));
    const blocks = pageBlocks([{ text: '200.000', height: 20 }, { text: '', height: 0 }, ...quote], 1, sizes);
    expect(blocks.every((block) => block.kind === 'paragraph')).toBe(true);
  });

  it('starts a block at a division heading of a regulation, even inside running text', () => {
    const blocks = pageBlocks(
      `“PARKEERVERORDENING 2025”\nAFDELING I DEFINITIES\nArtikel 1\nIn deze verordening wordt verstaan onder:`,
      1,
    );
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '“PARKEERVERORDENING 2025”', page: 1 },
      { kind: 'heading', text: 'AFDELING I DEFINITIES', level: 2, page: 1 },
      { kind: 'heading', text: 'Artikel 1', level: 3, page: 1 },
      { kind: 'paragraph', text: 'In deze verordening wordt verstaan onder:', page: 1 },
    ]);
  });

  it('keeps a numbered row of a table as text: its cells are apart by tabs, a heading has one after its number', () => {
    const blocks = pageBlocks(
      `1.\tPROGRAMMA VAN EISEN\nCriterium \tOmschrijving \tNiveau \tResultaat\n1.1.1 \tNiet-tekstuele content \tA \tVoldoet`,
      3,
    );
    expect(blocks[0]).toEqual({ kind: 'heading', text: '1. PROGRAMMA VAN EISEN', level: 1, page: 3 });
    expect(blocks.slice(1).every((block) => block.kind === 'paragraph')).toBe(true);
  });

  it('gives nothing for an empty page', () => {
    expect(pageBlocks('\n \n\t', 3)).toEqual([]);
  });
});

describe('titles', () => {
  it('accepts a real metadata title and cleans application prefixes and extensions', () => {
    expect(plausibleTitle('Beleidsnotitie fietsparkeren')).toBe('Beleidsnotitie fietsparkeren');
    expect(plausibleTitle('Microsoft Word - Besluit parkeren.docx')).toBe('Besluit parkeren');
  });

  it('rejects template names, defaults and non-strings', () => {
    for (const junk of [
      'RO_PUBL_030_A4_Informatieblad',
      'Untitled',
      'Document1',
      '123-45',
      'ab',
      undefined,
      42,
    ]) {
      expect(plausibleTitle(junk)).toBeUndefined();
    }
  });

  it('takes the top-level heading found by size on the first page as the cover title, not a chapter', () => {
    expect(
      coverTitle([
        { kind: 'paragraph', text: 'Elke dag beter. Zuid-Holland.', page: 1 },
        { kind: 'heading', text: 'Sneller reizen met de bus in Zuid-Holland', level: 1, page: 1 },
      ]),
    ).toBe('Sneller reizen met de bus in Zuid-Holland');
    expect(coverTitle([{ kind: 'heading', text: '1. Inleiding', level: 1, page: 1 }])).toBeUndefined();
    expect(coverTitle([{ kind: 'heading', text: 'Samenvatting', level: 1, page: 2 }])).toBeUndefined();
    expect(coverTitle([{ kind: 'heading', text: 'Kennis', level: 2, page: 1 }])).toBeUndefined();
  });

  it('takes the subject of an e-mail, or the first line when it is not a mail header', () => {
    expect(firstLineTitle(['', 'From: X\nTo: Y\nSubject: RE: motie Jetten\nBeste collega'])).toBe(
      'RE: motie Jetten',
    );
    expect(firstLineTitle(['From: X\nTo: Y\nTekst'])).toBeUndefined();
    expect(firstLineTitle(['Blauwdruk\nAI-geletterdheid'])).toBe('Blauwdruk');
    expect(firstLineTitle(['5.1.2e 5.1.2e 5.1.2e ab\nTekst'])).toBeUndefined();
  });
});
