import { describe, expect, it } from 'vitest';
import { isDivisionHeading, numberedHeadingLevel, readsAsHeading } from './pdf-headings.ts';

describe('numberedHeadingLevel', () => {
  it('reads the level from the section number', () => {
    expect(numberedHeadingLevel('1. Inleiding')).toBe(1);
    expect(numberedHeadingLevel('2 Begrippen')).toBe(1);
    expect(numberedHeadingLevel('4.4 Kosten van een bewonersvergunning')).toBe(2);
    expect(numberedHeadingLevel('3.1.2 Eisen aan de rijloper')).toBe(3);
    expect(numberedHeadingLevel('2. Wat is een fietsstraat?')).toBe(1);
  });

  it('knows the named divisions of Dutch regulations, with or without a title', () => {
    expect(numberedHeadingLevel('Hoofdstuk 3 Vergunningsgebieden')).toBe(1);
    expect(numberedHeadingLevel('HOOFDSTUK IV')).toBe(1);
    expect(numberedHeadingLevel('Afdeling 2. Bewonersvergunningen')).toBe(2);
    expect(numberedHeadingLevel('§ 2 Tarieven')).toBe(2);
    expect(numberedHeadingLevel('Artikel 5')).toBe(3);
    expect(numberedHeadingLevel('Artikel 12a – Hardheidsclausule')).toBe(3);
    expect(numberedHeadingLevel('Bijlage 1: Kaart van de gebieden')).toBe(1);
  });

  it('leaves body text, list items, tables and a table of contents alone', () => {
    for (const line of [
      'Een bewonersvergunning kost € 98,40 per jaar.',
      '2025 Beleidsregels parkeervergunningen', // a year, not a section
      '1. het kenteken van de auto', // a list item: no capital
      '3. Bewoners vragen de vergunning digitaal aan, met DigiD.', // a sentence
      '4.4 Kosten van een bewonersvergunning .......... 3', // table of contents
      '4.4 Kosten van een bewonersvergunning 3',
      '12 250 450 1 200 300',
      '32 IFV overleggen/ kennismaking Inmiddels gepland?', // row 32 of an action list
      'Artikel 4:81 van de Algemene wet bestuursrecht geldt ook hier,',
      '1.1 Aanleiding en achtergrond van de beleidsregels voor het parkeren in de binnenstad en de wijken eromheen',
      'Hoofdstukken 5 en 6 gaan over de bedrijfsvergunning',
      'hoofdstuk 5.', // the end of a sentence wrapped onto its own line
      '',
    ]) {
      expect(numberedHeadingLevel(line), line).toBeNull();
    }
  });
});

describe('isDivisionHeading', () => {
  it('takes a named division with a number, and a capitalised title if any', () => {
    expect(isDivisionHeading('Artikel 1')).toBe(true);
    expect(isDivisionHeading('AFDELING I DEFINITIES')).toBe(true);
    expect(isDivisionHeading('Hoofdstuk 3 Tarieven')).toBe(true);
  });

  it('leaves a wrapped sentence and a numbered section to the other rules', () => {
    expect(isDivisionHeading('Artikel 5 van deze verordening is van toepassing op')).toBe(false);
    expect(isDivisionHeading('4.4 Kosten van een bewonersvergunning')).toBe(false);
  });
});

describe('readsAsHeading', () => {
  it('takes a short label and refuses sentences, numbers and page labels', () => {
    expect(readsAsHeading('Samenvatting')).toBe(true);
    expect(readsAsHeading('Wat is AI-geletterdheid?')).toBe(true);
    expect(readsAsHeading('De gemeente wil dat iedereen veilig kan fietsen.')).toBe(false);
    expect(readsAsHeading('200.000')).toBe(false);
    expect(readsAsHeading('Pagina 2/3')).toBe(false);
  });
});
