/**
 * Words that carry no subject: the Snowball Dutch stop list (what the full-text index drops itself) plus the
 * question words, pronouns and modal verbs people put around what they ask about. Folded lowercase.
 * The server's coverage check (`server/retrieval/coverage.ts`) uses this list too.
 */
export const dutchStopWords: ReadonlySet<string> = new Set(
  (
    'de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om hem dan zou ' +
    'of wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar naar heb hoe heeft hebben ' +
    'deze u want nog zal me zij nu ge geen omdat iets worden toch al waren veel meer doen toen moet ben ' +
    'zonder kan hun dus alles onder ja eens hier wie werd altijd doch wordt wezen kunnen ons zelf tegen na ' +
    'reeds wil kon niets uw iemand geweest andere ' +
    'waar wanneer waarom welke welk hoeveel hoelang waarvoor waarmee waarin waarover kun kunt mag mogen ' +
    'moeten willen wilt zullen zouden we wij jij jou jouw jullie onze ga gaat gaan doe doet krijg krijgt ' +
    'weet weten graag even eigenlijk precies bijvoorbeeld mogelijk nodig wel nee mezelf jezelf uzelf zichzelf ' +
    'betekent'
  ).split(' '),
);

/**
 * All the Dutch function words: the stop words plus connectives and pronominal adverbs (`daarvoor`, `echter`,
 * `volgens`). For checks that compare only what a sentence claims, such as whether a passage backs an answer
 * sentence. The full-text query keeps these extra words: leaving them out there would change the retrieval
 * figures and the stored index's word pairs.
 */
export const dutchFunctionWords: ReadonlySet<string> = new Set([
  ...dutchStopWords,
  ...(
    'aangaande aldus alle alsof binnen daarom zult daarbij daarvoor daarmee hierbij hiervoor erin ervan ermee ' +
    'erop echter ofwel alleen enkel steeds zoals bijv volgens'
  ).split(' '),
]);
