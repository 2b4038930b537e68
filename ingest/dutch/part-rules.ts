/**
 * Words that are real Dutch words but make garbage compound parts.
 * A big word list holds `voor`, `heid` and `lijk`, so without these lists `voorwaarde`,
 * `gezondheid` and `gemeentelijk` would all be "compounds".
 */

/** Function words and particles: lexicalised with almost anything (`overheid`, `onderwijs`, `daarnaast`). */
export const functionWords: ReadonlySet<string> = new Set(
  (
    'aan achter af al alle alles als altijd ander andere bij binnenin boven daar dan dat de der deze die dit ' +
    'doch doen door dus een eens en er ge geen haar had heb hebben heeft hem het hier hij hoe hun ' +
    'iemand iets ik in is ja je kan kon kunnen maar me mede mee meer men met mij mijn mis moet na naar ' +
    'naast niet niets nog nu of om omdat onder ons ont ook op over reeds samen te tegen terug toch toe ' +
    'toen tot tussen u uit uw van veel ver voor waar want waren was wat weer wel werd wezen wie wil ' +
    'worden wordt zal ze zeer zelf zich zij zijn zo zonder zou her be wan erbij erin erop eraan ervan ' +
    'ervoor erover eruit ermee ertoe erna hierbij hierin hiervoor daarbij daarin daarvoor waarbij waarin'
  ).split(' '),
);

/** Derivational suffixes that are also words (`heid` heath, `lijk` corpse, `baar` bar). */
export const suffixLikeHeads: ReadonlySet<string> = new Set(
  (
    'heid heden lijk lijke lijks lijker lijkst lijkheid baar bare baarheid loos loze schap schappen ' +
    'achtig achtige isch ische zaam zame zaamheid dom doms matig matige ing ingen tje tjes eren ende ' +
    'enden erij aar aars ling lingen nis sel ster sters ig ige end aal ale iteit atie eur ant ent ist ' +
    'isme tief tieve teit'
  ).split(' '),
);

export function isBlockedPart(part: string, position: 'first' | 'later'): boolean {
  if (functionWords.has(part)) return true;
  return position === 'later' && suffixLikeHeads.has(part);
}
