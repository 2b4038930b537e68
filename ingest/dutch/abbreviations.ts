/**
 * Abbreviations that municipal and legal texts use interchangeably with their full names.
 * The analyzer adds the abbreviation to indexed text wherever the full name appears, and a
 * query for either finds both.
 */

export interface Abbreviation {
  abbreviation: string;
  expansion: string;
  /** Older or newer names worth searching too (the Woo replaced the Wob in 2022). */
  related?: string[];
  /** Match only as written: the lowercase form is an ordinary word (`om`, `bal`). */
  exactCase?: boolean;
}

export const abbreviations: readonly Abbreviation[] = [
  { abbreviation: 'Woo', expansion: 'Wet open overheid', related: ['Wob'] },
  { abbreviation: 'Wob', expansion: 'Wet openbaarheid van bestuur', related: ['Woo'] },
  { abbreviation: 'APV', expansion: 'Algemene Plaatselijke Verordening' },
  { abbreviation: 'RVV', expansion: 'Reglement verkeersregels en verkeerstekens' },
  { abbreviation: 'WVW', expansion: 'Wegenverkeerswet' },
  { abbreviation: 'BABW', expansion: 'Besluit administratieve bepalingen inzake het wegverkeer' },
  { abbreviation: 'BOA', expansion: 'buitengewoon opsporingsambtenaar' },
  { abbreviation: 'Awb', expansion: 'Algemene wet bestuursrecht' },
  { abbreviation: 'AVG', expansion: 'Algemene verordening gegevensbescherming' },
  { abbreviation: 'Wmo', expansion: 'Wet maatschappelijke ondersteuning' },
  { abbreviation: 'WOZ', expansion: 'Wet waardering onroerende zaken' },
  { abbreviation: 'BRP', expansion: 'Basisregistratie Personen' },
  { abbreviation: 'BAG', expansion: 'Basisregistratie Adressen en Gebouwen' },
  { abbreviation: 'Bibob', expansion: 'Bevordering integriteitsbeoordelingen door het openbaar bestuur' },
  { abbreviation: 'Wabo', expansion: 'Wet algemene bepalingen omgevingsrecht', related: ['Ow'] },
  { abbreviation: 'Wro', expansion: 'Wet ruimtelijke ordening' },
  { abbreviation: 'Ow', expansion: 'Omgevingswet', exactCase: true },
  { abbreviation: 'Bbl', expansion: 'Besluit bouwwerken leefomgeving' },
  { abbreviation: 'Bal', expansion: 'Besluit activiteiten leefomgeving', exactCase: true },
  { abbreviation: 'Bkl', expansion: 'Besluit kwaliteit leefomgeving' },
  { abbreviation: 'Wkb', expansion: 'Wet kwaliteitsborging voor het bouwen' },
  { abbreviation: 'VTH', expansion: 'vergunningverlening toezicht en handhaving' },
  { abbreviation: 'MER', expansion: 'milieueffectrapport', exactCase: true },
  { abbreviation: 'OV', expansion: 'openbaar vervoer', exactCase: true },
  { abbreviation: 'OM', expansion: 'Openbaar Ministerie', exactCase: true },
  { abbreviation: 'GGD', expansion: 'Gemeentelijke Gezondheidsdienst' },
  { abbreviation: 'UWV', expansion: 'Uitvoeringsinstituut Werknemersverzekeringen' },
  { abbreviation: 'SVB', expansion: 'Sociale Verzekeringsbank' },
  { abbreviation: 'RDW', expansion: 'Rijksdienst voor het Wegverkeer' },
  { abbreviation: 'CBR', expansion: 'Centraal Bureau Rijvaardigheidsbewijzen' },
  { abbreviation: 'KvK', expansion: 'Kamer van Koophandel' },
  { abbreviation: 'VNG', expansion: 'Vereniging van Nederlandse Gemeenten' },
  { abbreviation: 'Pw', expansion: 'Participatiewet', exactCase: true },
];
