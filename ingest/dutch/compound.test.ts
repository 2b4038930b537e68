import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitWith } from './compound.ts';
import { splitCompound } from './index.ts';
import { loadLexicon, systemWordListPath, type Lexicon } from './lexicon.ts';

const lexiconOf = (core: string[], extended: string[] = [], keepWhole: string[] = []): Lexicon => ({
  core: new Set(core),
  extended: new Set(extended),
  keepWhole: new Set(keepWhole),
  minExtendedPartLength: 6,
});

/** Common words of municipal texts that are no compounds, or whose parts would mislead a search. */
const notCompounds = [
  'gemeente gemeenten verordening vergunning vergunningen belasting wethouder burgemeester informatie',
  'organisatie ontheffing bestemming handhaving handhaven aanvraag onderwijs overheid voorwaarden ambtenaar',
  'mogelijkheid beschikking ondernemer medewerker inwoners openbaar gezondheid verantwoordelijk',
  'tegemoetkoming eigendom bijvoorbeeld samenwerking vervolgens natuurlijk tenminste desondanks daarnaast',
  'hierover waarschijnlijk voldoende betreffende activiteiten documenten procedure parkeren fietsers',
  'kinderen aanvragen verhuizen registratie groningen nederland september december noodzakelijk',
  'ondersteuning verkiezingen vergadering bevoegdheid uiteindelijk gemeentelijke provinciale landelijke',
  'wettelijke schriftelijk telefonisch elektronisch betalen bestuurder bereikbaar toegankelijk beoordeling',
  'ingevolge overeenkomstig belanghebbende verlenging verstrekken weigering intrekking maatregelen',
  'zienswijze toestemming verklaring onderzoek bedrijven woningen gebouwen bewoners binnenkort bovendien',
  'hoofdstuk leeftijd overzicht oplossing opdracht uitvoering belangrijk belangrijkste fasering reservering',
  'verbetering voertuigen ziekenhuis donderdag dichterbij vergaderen combineren',
].flatMap((line) => line.split(' '));

describe('splitCompound with the seed lexicon', () => {
  it.each([
    ['parkeervergunning', ['parkeer', 'vergunning']],
    ['parkeervergunningen', ['parkeer', 'vergunningen']],
    ['fietsstraat', ['fiets', 'straat']],
    ['verkeersbesluit', ['verkeer', 'besluit']],
    ['bestemmingsplan', ['bestemming', 'plan']],
    ['omgevingsvergunning', ['omgeving', 'vergunning']],
    ['gemeenteraad', ['gemeente', 'raad']],
    ['afvalstoffenheffing', ['afvalstof', 'heffing']],
    ['bijstandsuitkering', ['bijstand', 'uitkering']],
    ['huurtoeslag', ['huur', 'toeslag']],
    ['bushalte', ['bus', 'halte']],
    ['laadpalen', ['laad', 'palen']],
    ['woningbouwplannen', ['woning', 'bouw', 'plannen']],
    ['voetgangersoversteekplaats', ['voetganger', 'oversteek', 'plaats']],
  ])('%s → %j', (word, parts) => {
    expect(splitCompound(word)).toEqual(parts);
  });

  it('folds case and accents in what it returns', () => {
    expect(splitCompound('Parkeervergunning')).toEqual(['parkeer', 'vergunning']);
    expect(splitCompound('Coördinatie')).toEqual(['coordinatie']);
  });

  it('leaves short words, numbers and unknown words alone', () => {
    expect(splitCompound('rijbaan')).toEqual(['rijbaan']);
    expect(splitCompound('2024abcd')).toEqual(['2024abcd']);
    expect(splitCompound('xyzxyzxyzxyz')).toEqual(['xyzxyzxyzxyz']);
  });

  it.each(notCompounds)('does not split %s', (word) => {
    expect(splitCompound(word)).toEqual([word]);
  });
});

describe('splitWith', () => {
  it('prefers the fewest parts, then the longest', () => {
    const lexicon = lexiconOf(['stads', 'stad', 'deel', 'raad', 'raads', 'lid', 'huis', 'deelhuis']);
    expect(splitWith(lexicon, 'stadsdeelhuis')).toEqual(['stads', 'deelhuis']);
  });

  it('drops a linking s, e or en between parts, and a doubled consonant before en', () => {
    const lexicon = lexiconOf([
      'verkeer',
      'bord',
      'gemeente',
      'huis',
      'hond',
      'belasting',
      'stof',
      'heffing',
    ]);
    expect(splitWith(lexicon, 'verkeersbord')).toEqual(['verkeer', 'bord']);
    expect(splitWith(lexicon, 'gemeentehuis')).toEqual(['gemeente', 'huis']);
    expect(splitWith(lexicon, 'hondenbelasting')).toEqual(['hond', 'belasting']);
    expect(splitWith(lexicon, 'stoffenheffing')).toEqual(['stof', 'heffing']);
  });

  it('knows verb stems from the infinitive and plurals of the last part', () => {
    const lexicon = lexiconOf(['parkeren', 'zwemmen', 'leven', 'plaats', 'straat', 'bad', 'weg']);
    expect(splitWith(lexicon, 'parkeerplaatsen')).toEqual(['parkeer', 'plaatsen']);
    expect(splitWith(lexicon, 'zwembaden')).toEqual(['zwem', 'baden']);
    expect(splitWith(lexicon, 'leefstraten')).toEqual(['leef', 'straten']);
  });

  it('inflects only the last part; earlier parts take a linker', () => {
    const lexicon = lexiconOf(['plaats', 'kaart', 'plaatsen']);
    expect(splitWith(lexicon, 'plaatsenkaart')).toEqual(['plaatsen', 'kaart']);
    expect(splitWith(lexiconOf(['plaats', 'kaart']), 'plaatsenkaart')).toEqual(['plaats', 'kaart']);
  });

  it('trusts word-list words only from six letters, and prefers committed words', () => {
    const lexicon = lexiconOf(['vergunning'], ['verga', 'deren', 'parkeer', 'parkeervergunning']);
    expect(splitWith(lexicon, 'vergaderen')).toEqual(['vergaderen']);
    expect(splitWith(lexicon, 'parkeervergunning')).toEqual(['parkeer', 'vergunning']);
  });

  it('refuses function words, suffix-like heads and listed whole words', () => {
    const lexicon = lexiconOf(
      ['voor', 'waarde', 'gemeente', 'lijk', 'heid', 'gezond', 'wet', 'houder'],
      [],
      ['wethouder'],
    );
    expect(splitWith(lexicon, 'voorwaarde')).toEqual(['voorwaarde']);
    expect(splitWith(lexicon, 'gemeentelijk')).toEqual(['gemeentelijk']);
    expect(splitWith(lexicon, 'gezondheid')).toEqual(['gezondheid']);
    expect(splitWith(lexicon, 'wethouders')).toEqual(['wethouders']);
  });

  it('does not split a committed word or a ver-/be- derivation of a known word', () => {
    const lexicon = lexiconOf(['ziekenhuis', 'ziek', 'huis', 'vers', 'trekken', 'strekken']);
    expect(splitWith(lexicon, 'ziekenhuis')).toEqual(['ziekenhuis']);
    expect(splitWith(lexicon, 'verstrekken')).toEqual(['verstrekken']);
  });

  it('splits a long word-list part again', () => {
    const lexicon = lexiconOf(['parkeren', 'kaart', 'gehandicapt'], ['parkeerkaart']);
    expect(splitWith(lexicon, 'gehandicaptenparkeerkaart')).toEqual(['gehandicapt', 'parkeer', 'kaart']);
  });

  it('respects minWordLength and maxParts', () => {
    const lexicon = lexiconOf(['bus', 'baan', 'weg', 'rand', 'stad']);
    expect(splitWith(lexicon, 'busbaan')).toEqual(['busbaan']);
    expect(splitWith(lexicon, 'busbaan', { minWordLength: 7 })).toEqual(['bus', 'baan']);
    expect(splitWith(lexicon, 'stadsrandweg', { maxParts: 2 })).toEqual(['stadsrandweg']);
    expect(splitWith(lexicon, 'stadsrandweg')).toEqual(['stad', 'rand', 'weg']);
  });
});

describe.skipIf(!existsSync(systemWordListPath))('splitting with the system word list', () => {
  const { lexicon } = loadLexicon({ wordListPaths: [systemWordListPath] });

  it.each(notCompounds)('does not split %s', (word) => {
    expect(splitWith(lexicon, word)).toEqual([word]);
  });

  it('still splits the compounds the seed splits', () => {
    expect(splitWith(lexicon, 'parkeervergunningen')).toEqual(['parkeer', 'vergunningen']);
    expect(splitWith(lexicon, 'verkeersbesluit')).toEqual(['verkeer', 'besluit']);
  });
});

if (!existsSync(systemWordListPath)) {
  console.warn(`${systemWordListPath} is absent (apt-get install wdutch): system word list tests skipped`);
}
