/**
 * Text normalisation shared by the lexicon, the compound splitter and the analyzer.
 * Folding mirrors what the LanceDB index does (lowercase + ASCII folding), so a word
 * looked up here is the word the index will hold.
 */

const combiningMarks = /\p{M}+/gu;
const nonWordRun = /[^\p{L}\p{N}]+/u;
const lettersOnly = /^\p{L}+$/u;

/** Lowercase without diacritics: `Coördinatie` → `coordinatie`. */
export function fold(word: string): string {
  return word.normalize('NFD').replace(combiningMarks, '').toLowerCase();
}

/** Words as the index's `simple` tokenizer sees them: runs of letters and digits. */
export function tokenize(text: string): string[] {
  return text
    .normalize('NFC')
    .split(nonWordRun)
    .filter((token) => token.length > 0);
}

export function isLetters(word: string): boolean {
  return lettersOnly.test(word);
}
