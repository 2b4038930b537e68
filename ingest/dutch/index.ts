/**
 * Dutch language support, the one place for each rule of Dutch text: folding and word splitting,
 * stop words, word forms, and the full-text index (LanceDB index options, and an analyzer that prepares
 * stored text and queries with compound splitting, abbreviations and word forms). Ingest and server
 * import it from here.
 */
export { dutchFtsOptions } from './fts-options.ts';

/**
 * Version of what `searchText` stores. The index records it; a different version means the stored search
 * text no longer matches how queries are prepared, so the next ingest rebuilds. Bump on any change to the
 * stored side (word pairs, compound rules, lexicon format).
 */
export const searchTextVersion = 'nl-word-pairs-1';
export {
  createDutchAnalyzer,
  type DutchAnalyzer,
  type DutchAnalyzerInfo,
  type DutchAnalyzerOptions,
  type SearchFields,
} from './analyzer.ts';
export { abbreviations, type Abbreviation } from './abbreviations.ts';
export { systemWordListPath } from './lexicon.ts';
export { dutchClaimStopWords, dutchStopWords } from './stop-words.ts';
export { commonPrefixLength, foldAccents, foldedWords, tokenize } from './text.ts';
export { baseForms } from './morphology.ts';
export { stem } from './stem.ts';
export { splitSentences, trimSpan, type SentenceOptions, type SentenceSpan, type Span } from './sentences.ts';

import { splitWith } from './compound.ts';
import { loadLexicon, type Lexicon } from './lexicon.ts';

let seedLexicon: Lexicon | undefined;

/**
 * Compound parts of a word using the committed seed lexicon only, so the result is the same on
 * every machine: `parkeervergunning` → [`parkeer`, `vergunning`], `gemeente` → [`gemeente`].
 */
export function splitCompound(word: string): string[] {
  seedLexicon ??= loadLexicon({ wordListPaths: [] }).lexicon;
  return splitWith(seedLexicon, word);
}
