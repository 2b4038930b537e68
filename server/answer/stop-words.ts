/**
 * Function words that say nothing about whether a passage backs a sentence, folded (no accents).
 * Dutch first (the snowball list plus question words and auxiliaries), then the English ones
 * for answers in English. Units like `euro` and `procent` are here too: the number next to
 * them carries the meaning, and a passage writes `€ 98,40` where a model writes `98,40 euro`.
 */
const dutch = `
aan aangaande aldus al alle alles als alsof altijd andere ben bij binnen daar daarom dan dat de deze die dit doch doen
door dus een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in is ja je
jij jou jouw kan kon kunnen maar me meer men met mij mijn moet moeten na naar niet niets nog nu of om omdat ons onze
ook op over reeds te tegen toch toen tot u uit uw van veel voor want waren was wat we wel werd wezen wie wij wil
worden wordt zal ze zelf zich zij zijn zo zonder zou zouden zullen welke welk waar wanneer waarom hoeveel hoelang
mag mogen kun kunt zult wilt willen hier daarbij daarvoor daarmee hierbij hiervoor erin ervan ermee erop
dus echter dan ofwel alleen enkel nog steeds zoals bijvoorbeeld bijv volgens
euro eur procent per cent
bron bronnen bronvermelding zie passage passages
`;

const english = `
a an and are as at be been but by can could do does for from had has have he her his how i if in into is it its
may me might must my no not of on or our she should so than that the their them then there these they this those to
under until up was we were what when where which while who whom why will with would you your yes about any also
source sources see
`;

export const stopWords: ReadonlySet<string> = new Set(`${dutch} ${english}`.split(/\s+/).filter(Boolean));
