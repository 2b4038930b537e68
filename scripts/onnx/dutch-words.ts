/**
 * Words and word pieces for the generated WordPiece vocabularies. Lowercase without accents, because the
 * tokenizer's BertNormalizer lowercases and strips accents before the vocabulary is consulted.
 */

const commonWords = `
de het een en van in op te dat die is voor met aan er niet zijn als bij om ook door naar of maar over uit dan
worden wordt werd was waren heeft hebben had kan kunnen moet moeten mag mogen zal zullen wil willen wij we zij ze
u uw hij zij het dit deze wat wie waar wanneer hoe waarom welke elk elke alle geen meer minder veel weinig andere
nog al wel dus omdat tot zonder tegen tussen onder na sinds binnen buiten volgens via per tijdens vanaf zoals
eerste tweede derde nieuwe nieuw goed goede groot grote klein kleine lang lange hoog hoge jaar jaren dag dagen week
maand maanden uur tijd keer plaats deel delen manier vraag vragen antwoord antwoorden geval gevallen punt punten
gemeente gemeenten groningen stad provincie rijk college raad gemeenteraad burgemeester wethouder wethouders
inwoner inwoners bewoner bewoners burger burgers ondernemer ondernemers bedrijf bedrijven organisatie
beleid besluit besluiten regeling regels regel verordening wet wetten artikel artikelen lid leden bepaling
aanvraag aanvragen vergunning vergunningen omgevingsvergunning melding ontheffing subsidie subsidies uitkering
bijstand participatiewet jeugdzorg zorg wmo ondersteuning hulp voorziening voorzieningen maatwerk
omgeving omgevingswet omgevingsplan bestemmingsplan ruimte ruimtelijke wonen woning woningen huur koop bouw bouwen
verbouwing sloop monument monumenten erfgoed straat wijk wijken buurt dorp dorpen gebied gebieden centrum
verkeer parkeren parkeervergunning fiets auto openbaar vervoer weg wegen brug water groen natuur park bomen
afval belasting belastingen ozb heffing heffingen kosten tarief tarieven bedrag bedragen euro geld budget begroting
rekening financien financiele jaarrekening uitgaven inkomsten
termijn termijnen datum periode procedure bezwaar beroep klacht klachten zienswijze inspraak
informatie gegevens persoonsgegevens privacy formulier formulieren document documenten bijlage bijlagen
afdeling team medewerker medewerkers loket balie contact telefoon adres email website digitaal
school scholen onderwijs leerling leerlingen kind kinderen jongeren ouderen gezin gezinnen werk werkgelegenheid
energie duurzaam duurzaamheid klimaat warmte gas aardgas aardbeving aardbevingen schade versterking
veiligheid politie brandweer toezicht handhaving controle overlast evenement evenementen horeca markt
nemen geven krijgen maken doen gaan komen staan zien weten vinden houden brengen zetten stellen leggen
aanvragen indienen beoordelen besluiten toekennen afwijzen betalen ontvangen melden wijzigen
gesteld genomen gegeven gemaakt gedaan gekregen ingediend beoordeeld verleend afgewezen betaald ontvangen
kunt moet mag wilt zult heeft hebt bent zijn wordt zijn worden
passage query hierbij daarom daarnaast bovendien echter namelijk bijvoorbeeld eventueel mogelijk nodig verplicht belangrijk
`;

/** Pieces that continue a word (`##` prefix): Dutch inflection, derivation and common compound heads. */
const continuationPieces = `
en s e n t d de te er ers st ste ig ige heid heden ing ingen lijk lijke lijkheid baar bare schap schappen isch
ische atie aties tie ties je jes tje tjes pje kje ster loos loze achtig waardig
plan plannen raad beleid regeling vergunning wet zorg huis huizen weg wegen werk gebied dienst diensten
`;

export const dutchWords: readonly string[] = [...new Set(commonWords.split(/\s+/).filter(Boolean))];
export const dutchContinuations: readonly string[] = [
  ...new Set(continuationPieces.split(/\s+/).filter(Boolean)),
];

/** Single characters, so any Latin-script word can be spelled out when it has no bigger piece. */
export const characters: readonly string[] = [...'abcdefghijklmnopqrstuvwxyz0123456789'];
export const punctuation: readonly string[] = [...`.,;:!?()[]{}<>-_/\\'"%&+=*@#$€§°|~^\``];

const onsets = ['', 'b', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'z'];
const clusters = [
  'st',
  'sch',
  'gr',
  'kr',
  'br',
  'pr',
  'tr',
  'bl',
  'kl',
  'sl',
  'sp',
  'dr',
  'fl',
  'gl',
  'vl',
  'zw',
  'str',
];
const vowels = [
  'a',
  'e',
  'i',
  'o',
  'u',
  'aa',
  'ee',
  'oo',
  'uu',
  'ie',
  'oe',
  'ui',
  'ij',
  'ei',
  'eu',
  'ou',
  'au',
];
const codas = [
  '',
  'n',
  'r',
  'l',
  's',
  't',
  'k',
  'm',
  'p',
  'd',
  'g',
  'ng',
  'nd',
  'rt',
  'ld',
  'st',
  'cht',
  'ks',
  'rs',
  'lt',
  'ns',
  'nk',
];

/** Dutch-looking syllables, used to pad a vocabulary to a real model's size with plausible pieces. */
export const syllables: readonly string[] = [...onsets, ...clusters].flatMap((onset) =>
  vowels.flatMap((vowel) => codas.map((coda) => onset + vowel + coda)),
);
