/**
 * Words that say nothing about whether a passage backs a sentence, folded (no accents): the Dutch ones of
 * `dutchClaimStopWords` (`ingest/dutch/stop-words.ts`), then what answers add. Units like `euro` and `procent`: the number
 * next to them carries the meaning, and a passage writes `€ 98,40` where a model writes `98,40 euro`. The
 * words a model uses to point at its sources. And the English function words, for answers in English.
 */
import { dutchClaimStopWords } from '../../ingest/dutch/index.ts';

const answerWords = `
euro eur procent per cent
bron bronnen bronvermelding zie passage passages
`;

const english = `
a an and are as at be been but by can could do does for from had has have he her his how i if in into is it its
may me might must my no not of on or our she should so than that the their them then there these they this those to
under until up was we were what when where which while who whom why will with would you your yes about any also
source sources see
`;

export const stopWords: ReadonlySet<string> = new Set([
  ...dutchClaimStopWords,
  ...`${answerWords} ${english}`.split(/\s+/).filter(Boolean),
]);
