/**
 * Word-pair tokens: the full-text index keeps no positions, so a passage that says what the question asks
 * in the same words (`de rechtbank kan het gezag van een ouder beëindigen`) scores no better than one that
 * merely uses those words far apart. Each pair of content words at most `window` content words apart becomes
 * one extra token on both sides (stored text and query), in alphabetical order so that word order does not
 * matter (`wordt … geschorst` ↔ `schorst …`). Pairs are rare, so BM25 weighs a shared pair strongly.
 *
 * Measured on the dev sets (README, "Retrieval quality"): window 2 beat 1 and 3; the light stem below beat
 * the Snowball stemmer for the pair parts, because it brings verb forms together (`gewijzigd`, `wijzigt`).
 */
import { dutchStopWords } from './stop-words.ts';
import { foldAccents, tokenize } from './text.ts';

/** Between the two words: a letter pair no Dutch word has, so a pair token never equals a real word. */
const joint = 'qx';
/** The index drops longer tokens (`maxTokenLength` in `dutchFtsOptions`). */
const maxPairLength = 40;

/**
 * A light Dutch stem for pair parts: a past participle loses `ge-` (`geschorst` → `schorst`), then one
 * inflectional ending goes (`-en`, `-e`, `-s`, `-t`, `-d`) from words of five letters or more. Crude on
 * purpose: both sides use it, so it only has to be consistent.
 */
export function lightStem(word: string): string {
  const stem = word.length > 6 && word.startsWith('ge') && /[dt]$/.test(word) ? word.slice(2) : word;
  for (const ending of ['en', 'e', 's', 't', 'd']) {
    if (stem.length >= 5 && stem.endsWith(ending)) return stem.slice(0, -ending.length);
  }
  return stem;
}

/** Content words as pair parts: folded, no stop words, no bare numbers, light-stemmed. */
function pairParts(text: string, stopWords: ReadonlySet<string>): string[] {
  return tokenize(text)
    .map(foldAccents)
    .filter((word) => word.length > 1 && !stopWords.has(word) && !/^\p{N}+$/u.test(word))
    .map(lightStem);
}

export interface WordPairOptions {
  /** Content words apart at most; default 2 (neighbours and one word in between). */
  window?: number;
  stopWords?: ReadonlySet<string>;
}

/** The pair tokens of a text, each once, in order of first appearance. */
export function wordPairs(text: string, options: WordPairOptions = {}): string[] {
  const window = options.window ?? 2;
  const parts = pairParts(text, options.stopWords ?? dutchStopWords);
  const pairs = new Set<string>();
  for (let first = 0; first < parts.length; first++) {
    for (let second = first + 1; second <= first + window && second < parts.length; second++) {
      const a = parts[first]!;
      const b = parts[second]!;
      if (a === b) continue;
      const pair = a < b ? `${a}${joint}${b}` : `${b}${joint}${a}`;
      if (pair.length <= maxPairLength) pairs.add(pair);
    }
  }
  return [...pairs];
}
