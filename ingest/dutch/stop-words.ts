/**
 * Dutch words that carry no subject, folded lowercase, each written once. Two users drop them, and they
 * differ in a few words on purpose, so the words come in three groups:
 *
 * - `dutchStopWords` (the full-text query, the stored word pairs, retrieval's coverage check and gap
 *   grouping): the Snowball Dutch stop list, which the index drops itself, plus the question words,
 *   pronouns and modal verbs people put around what they ask about.
 * - `dutchClaimStopWords` (the answer checks: does a passage back a sentence, which sentence to quote).
 */

/** Both drop these. */
const shared =
  'de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om hem dan zou of ' +
  'wat mijn men dit zo door over ze zich bij ook tot je mij uit daar haar naar heb hoe heeft hebben deze u want ' +
  'nog zal me zij nu ge geen omdat iets worden toch al waren veel meer doen toen moet ben zonder kan hun dus ' +
  'alles ja eens hier wie werd altijd doch wordt wezen kunnen ons zelf tegen na reeds wil kon niets uw iemand ' +
  'geweest andere waar wanneer waarom welke welk hoeveel hoelang kun kunt mag mogen moeten willen wilt zullen ' +
  'zouden we wij jij jou jouw onze bijvoorbeeld wel';

/**
 * Noise around a question, but words an answer sentence states (`u krijgt`, `is nodig`): the answer checks
 * keep them. Measured with `npm run eval` (lexical): dropping them there too lowered "gold answer in cited
 * passages" on nl-policyqa-dev from 0.705 to 0.695.
 */
const questionOnly =
  'der onder waarvoor waarmee waarin waarover jullie ga gaat gaan doe doet krijg krijgt weet weten graag even ' +
  'eigenlijk precies mogelijk nodig nee mezelf jezelf uzelf zichzelf betekent';

/**
 * Connectives and pronominal adverbs the answer checks drop. The query keeps them: the index stores word
 * pairs made without them, and dropping them would move the retrieval figures.
 */
const claimOnly =
  'aangaande aldus alle alsof binnen daarom zult daarbij daarvoor daarmee hierbij hiervoor erin ervan ermee ' +
  'erop echter ofwel alleen enkel steeds zoals bijv volgens';

const words = (list: string): string[] => list.split(' ');

export const dutchStopWords: ReadonlySet<string> = new Set([...words(shared), ...words(questionOnly)]);

export const dutchClaimStopWords: ReadonlySet<string> = new Set([...words(shared), ...words(claimOnly)]);
