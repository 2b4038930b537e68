/**
 * Text normalisation for everything that compares Dutch words: the lexicon, the compound splitter, the
 * analyzer, and on the server retrieval, the answer checks, note search and gap grouping. Folding mirrors
 * what the LanceDB index does (lowercase + ASCII folding), so a word looked up here is the word the index
 * will hold.
 */

const combiningMarks = /\p{M}+/gu;
const nonWordRun = /[^\p{L}\p{N}]+/u;
const wordRun = /[\p{L}\p{N}]+/gu;
const lettersOnly = /^\p{L}+$/u;

/** Lowercase without diacritics: `Coördinatie` → `coordinatie`. Works on a word or a whole text. */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(combiningMarks, '').toLowerCase();
}

/**
 * Words as the index's `simple` tokenizer sees them: runs of letters and digits, case and accents kept
 * (the glossary matches some abbreviations only as written).
 */
export function tokenize(text: string): string[] {
  return text
    .normalize('NFC')
    .split(nonWordRun)
    .filter((token) => token.length > 0);
}

/**
 * The words of a text folded: `Coördinatie, financiële Zaken (2025)!` → `coordinatie`, `financiele`, `zaken`,
 * `2025`. Folding comes first, so an accent that does not compose with its letter never splits a word.
 */
export function foldedWords(text: string): string[] {
  return foldAccents(text).match(wordRun) ?? [];
}

/** How many leading characters two words share: how word forms are compared (`aanvragen`, `aanvraag`: 6). */
export function commonPrefixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let length = 0;
  while (length < limit && a.charCodeAt(length) === b.charCodeAt(length)) length++;
  return length;
}

export function isLetters(word: string): boolean {
  return lettersOnly.test(word);
}
