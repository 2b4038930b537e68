/**
 * Prepares text for LanceDB's Dutch full-text index, on both sides of it: what is stored in a
 * chunk's `search_text` and what is sent for a user's query. LanceDB stems, folds accents and
 * drops stop words itself; this adds what it cannot do: compound parts, abbreviations, verb
 * stems and plurals that the Snowball stemmer does not bring together, and word pairs that
 * stand in for the positions the index does not keep. Queries lose their question words.
 */
import { abbreviations, type Abbreviation } from './abbreviations.ts';
import { splitWith, type SplitOptions } from './compound.ts';
import { createGlossary } from './glossary.ts';
import {
  isCommittedForm,
  loadLexicon,
  systemWordListPath,
  type Lexicon,
  type LexiconInfo,
} from './lexicon.ts';
import { inflectionBases, pluralCandidates } from './morphology.ts';
import { dutchStopWords } from './stop-words.ts';
import { foldAccents, tokenize } from './text.ts';
import { wordPairs } from './word-pairs.ts';

export interface SearchFields {
  title: string;
  headingPath: string[];
  text: string;
}

export interface DutchAnalyzerOptions extends SplitOptions {
  /** Word lists merged into the committed seed; missing ones are skipped. Default: `/usr/share/dict/dutch`. */
  wordListPaths?: string[];
  minExtendedPartLength?: number;
  glossary?: readonly Abbreviation[];
  /** Dropped from queries and skipped in word pairs. Default: Snowball Dutch plus question words. */
  stopWords?: ReadonlySet<string>;
  /** Content words apart at most in a word pair; 0 adds no pairs. Default 2. */
  pairWindow?: number;
}

export interface DutchAnalyzerInfo extends LexiconInfo {
  abbreviations: number;
}

export interface DutchAnalyzer {
  readonly info: DutchAnalyzerInfo;
  /** The string to store in `search_text`: title, headings and text, then compound parts and abbreviations, then word pairs. */
  searchText(fields: SearchFields): string;
  /** The string to send to LanceDB full-text search: content words only, expanded, with word pairs. May be empty. */
  queryText(query: string): string;
  /** Compound parts of one word with this analyzer's lexicon (the word alone if it is no compound). */
  splitCompound(word: string): string[];
}

/** Distinct words kept in memory per analyzer; a corpus has far fewer long words than this. */
const cacheLimit = 200_000;

export function createDutchAnalyzer(options: DutchAnalyzerOptions = {}): DutchAnalyzer {
  const { lexicon, info } = loadLexicon({
    wordListPaths: options.wordListPaths ?? [systemWordListPath],
    minExtendedPartLength: options.minExtendedPartLength,
  });
  const glossary = createGlossary(options.glossary ?? abbreviations);
  const splitOptions: SplitOptions = { minWordLength: options.minWordLength, maxParts: options.maxParts };
  const minWordLength = options.minWordLength ?? 8;
  const stopWords = options.stopWords ?? dutchStopWords;
  const pairOptions = { window: options.pairWindow ?? 2, stopWords };
  const pairsOf = (text: string): string[] => (pairOptions.window > 0 ? wordPairs(text, pairOptions) : []);
  const cache = new Map<string, string[]>();

  const splitCompound = (word: string): string[] => {
    const cached = cache.get(word);
    if (cached !== undefined) return cached;
    const parts = splitWith(lexicon, word, splitOptions);
    if (cache.size >= cacheLimit) cache.clear();
    cache.set(word, parts);
    return parts;
  };

  /** Parts of every compound among the tokens, each once, in order of appearance. */
  const compoundParts = (tokens: readonly string[]): string[] => {
    const parts = new Set<string>();
    for (const token of tokens) {
      if (token.length < minWordLength) continue;
      const split = splitCompound(token);
      if (split.length > 1) for (const part of split) parts.add(part);
    }
    return [...parts];
  };

  return {
    info: { ...info, abbreviations: glossary.size },
    splitCompound,

    searchText(fields) {
      const headings = fields.headingPath.join(' / ');
      const tokens = [fields.title, headings, fields.text].flatMap(tokenize);
      const extras = [
        ...compoundParts(tokens),
        ...glossary.fullNamesIn(tokens.map(foldAccents)).map((entry) => entry.abbreviation),
      ];
      return [fields.title, headings, fields.text, extras.join(' '), pairsOf(fields.text).join(' ')]
        .map((part) => part.trim())
        .filter((part) => part !== '')
        .join('\n');
    },

    queryText(query) {
      const tokens = tokenize(query);
      // `wanneer`, `welke`, `kan` match half the corpus and outweigh the subject of a short question.
      const content = tokens.filter((token) => !stopWords.has(foldAccents(token)));
      const terms = new Set(content.map((token) => token.toLowerCase()));
      for (const entry of glossary.abbreviationsIn(tokens)) {
        for (const term of expand(entry, glossary.abbreviationsIn(entry.related ?? []))) terms.add(term);
      }
      // Full names are matched with their stop words (`Wet openbaarheid van bestuur`).
      for (const entry of glossary.fullNamesIn(tokens.map(foldAccents)))
        terms.add(entry.abbreviation.toLowerCase());
      for (const part of compoundParts(content)) terms.add(part);
      for (const word of content.map(foldAccents))
        for (const variant of variants(lexicon, word)) terms.add(variant);
      for (const pair of pairsOf(query)) terms.add(pair);
      return [...terms].join(' ');
    },
  };
}

function expand(entry: Abbreviation, related: Abbreviation[]): string[] {
  return [entry, ...related].flatMap((item) => [
    item.abbreviation.toLowerCase(),
    ...tokenize(item.expansion).map((word) => word.toLowerCase()),
  ]);
}

/**
 * Other forms of a query word that the stemmer keeps apart: `parkeren` → `parkeer` (the form in
 * compounds), `fiets` ↔ `fietsen` (Snowball stems them to `fiet` and `fiets`). Only forms in the
 * committed lists: the big word lists hold odd forms (`indien` of `indienen`, `opens`).
 */
function variants(lexicon: Lexicon, word: string): string[] {
  if (word.length < 4) return [];
  const forms = [...inflectionBases(word), ...pluralCandidates(word)];
  return forms.filter((form) => form.length >= 4 && isCommittedForm(lexicon, form));
}
