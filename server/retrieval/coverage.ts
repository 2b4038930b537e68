/**
 * How much of a question a passage speaks to: the share of the question's content words found in it.
 * This is the "is anything relevant enough?" signal behind "Ik weet het niet". It does not depend on the
 * embedding model (cosine similarities differ per model and per language) and it also works in lexical mode.
 */
import {
  baseForms,
  commonPrefixLength,
  dutchStopWords,
  foldedWords,
  splitCompound as seedSplitCompound,
} from '../../ingest/dutch/index.ts';

/** A content word of the question, with its compound parts when it is a compound (`parkeer`, `vergunning`). */
export interface QueryTerm {
  term: string;
  /** Empty unless the word is a compound. */
  parts: string[];
}

export interface QueryTermOptions {
  stopWords?: ReadonlySet<string>;
  /** Defaults to the Dutch splitter with the committed seed lexicon. */
  splitCompound?: (word: string) => string[];
}

/** Content words of a question, folded, without stop words, each once. */
export function queryTerms(query: string, options: QueryTermOptions = {}): QueryTerm[] {
  const stopWords = options.stopWords ?? dutchStopWords;
  const split = options.splitCompound ?? seedSplitCompound;
  const terms = new Map<string, QueryTerm>();
  for (const word of foldedWords(query)) {
    if (word.length < 2 || stopWords.has(word) || terms.has(word)) continue;
    const parts = split(word).filter((part) => part !== word && !stopWords.has(part));
    terms.set(word, { term: word, parts: parts.length >= 2 ? parts : [] });
  }
  return [...terms.values()];
}

interface PassageWords {
  set: ReadonlySet<string>;
  /**
   * The distinct letter words of four letters or more, each between `|` marks: one native substring search
   * finds a word inside any of them (`|bewonersvergunning|` holds `vergunning`), never across two.
   */
  joined: string;
}

function passageWords(text: string): PassageWords {
  const set = new Set(foldedWords(text));
  const long = [...set].filter((word) => word.length >= 4 && !/\d/.test(word));
  return { set, joined: `|${long.join('|')}|` };
}

function isFoundAs(form: string, passage: PassageWords): boolean {
  if (passage.set.has(form)) return true;
  if (form.length < 4 || /\d/.test(form)) return false;
  const { joined } = passage;
  // Inside a longer word: anywhere from six letters, else only at its start or end.
  if (form.length >= 6 ? joined.includes(form) : joined.includes(`|${form}`) || joined.includes(`${form}|`)) {
    return true;
  }
  // Another form with the same beginning: at least five shared letters, at most three different at the end.
  if (form.length < 5) return false;
  const start = `|${form.slice(0, 5)}`;
  for (let at = joined.indexOf(start); at !== -1; at = joined.indexOf(start, at + 1)) {
    const candidate = joined.slice(at + 1, joined.indexOf('|', at + 1));
    if (commonPrefixLength(form, candidate) >= Math.max(form.length, candidate.length) - 3) return true;
  }
  return false;
}

/**
 * A word is found as written, inside a compound (`vergunning` in `bewonersvergunning`), as another form
 * (`aanvragen`/`aanvraag`), or as its base form inside a compound (`parkeren` in `parkeerterrein`).
 * Three-letter words must match exactly (`wet` is not in `wethouder`); forms may differ in at most three
 * closing letters, so `gemeente` does not match `gemeenschap`.
 */
function isFound(word: string, passage: PassageWords): boolean {
  return isFoundAs(word, passage) || baseForms(word).some((form) => isFoundAs(form, passage));
}

/**
 * The share (0..1) of the query terms found in the text. A compound that is not found whole earns the share
 * of its parts that are found: `bewonersvergunning` against a text with only `vergunning` counts one half.
 * No terms (a question of stop words only) gives 0: nothing shows the passage is about the question.
 */
export function queryCoverage(terms: readonly QueryTerm[], text: string): number {
  if (terms.length === 0) return 0;
  const passage = passageWords(text);
  let credit = 0;
  for (const { term, parts } of terms) {
    if (isFound(term, passage)) credit += 1;
    else if (parts.length > 0) credit += parts.filter((part) => isFound(part, passage)).length / parts.length;
  }
  return credit / terms.length;
}
