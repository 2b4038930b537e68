/**
 * Words as retrieval compares them: lowercase, accents folded (`financiële` = `financiele`), split on anything
 * that is not a letter or digit. The same folding as the full-text index, so both sides agree on a word.
 */

const combiningMarks = /\p{M}+/gu;
const wordRun = /[\p{L}\p{N}]+/gu;

export function foldedWords(text: string): string[] {
  return text.normalize('NFD').replace(combiningMarks, '').toLowerCase().match(wordRun) ?? [];
}

/** Words that carry no subject in a question; one list for the index side and the coverage check. */
export { dutchStopWords } from '../../ingest/dutch/index.ts';

const vowels = 'aeiou';
const isVowel = (letter: string | undefined) => letter !== undefined && vowels.includes(letter);

/**
 * Dictionary-like forms of an inflected word, enough to meet it inside compounds: `parkeren` → `parkeer`
 * (`parkeerterrein`), `straten` → `straat`, `zwemmen` → `zwem`, `fietsen` → `fiets`, `leven` → `leef`.
 * Over-generates harmlessly: a wrong form simply finds nothing.
 */
export function baseForms(word: string): string[] {
  const forms = new Set<string>();
  const stems = [];
  if (word.length >= 5 && word.endsWith('en')) stems.push(word.slice(0, -2));
  if (word.length >= 5 && (word.endsWith('e') || word.endsWith('s'))) stems.push(word.slice(0, -1));
  for (const stem of stems) {
    const last = stem.at(-1);
    const devoiced = last === 'v' ? `${stem.slice(0, -1)}f` : last === 'z' ? `${stem.slice(0, -1)}s` : stem;
    forms.add(devoiced);
    if (last !== undefined && !isVowel(last) && stem.at(-2) === last) forms.add(stem.slice(0, -1));
    // An open syllable wrote its long vowel once: `strat-en` was `straat`.
    const vowel = stem.at(-2);
    if (!isVowel(last) && isVowel(vowel) && vowel !== 'i' && !isVowel(stem.at(-3))) {
      forms.add(`${devoiced.slice(0, -1)}${vowel}${devoiced.at(-1)}`);
    }
  }
  forms.delete(word);
  return [...forms].filter((form) => form.length >= 4);
}
