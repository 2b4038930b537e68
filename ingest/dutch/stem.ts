/**
 * A light Dutch stemmer: enough to let inflected forms of a folded word meet (`vergunningen` ~
 * `vergunning`, `straten` ~ `straat`, `tarieven` ~ `tarief`), not a linguistic analysis. The answer checks
 * compare a sentence's words with a passage's through it.
 *
 * The word-pair tokens of the full-text index use their own `lightStem` (`word-pairs.ts`): it also joins
 * verb forms (`gewijzigd` ~ `wijzigt`) and its output is stored in the index, so it cannot follow changes
 * here without a rebuild and a new measurement.
 */

const vowels = new Set(['a', 'e', 'i', 'o', 'u']);

/** The stem of a folded word (see `foldAccents`): `vergunningen` → `vergunning`, `straat` → `strat`. */
export function stem(folded: string): string {
  let word = folded.replace(/['’]s$/u, '');
  if (word.endsWith('heden')) word = `${word.slice(0, -5)}heid`;
  else if (word.length > 5 && word.endsWith('en')) word = word.slice(0, -2);
  else if (word.length > 4 && /(?:e[rlmn]|je)s$/.test(word)) word = word.slice(0, -1);
  else if (word.length > 4 && word.endsWith('e')) word = word.slice(0, -1);
  const last = word.at(-1);
  if (last !== undefined && last === word.at(-2) && !vowels.has(last)) word = word.slice(0, -1);
  if (word.endsWith('v')) word = `${word.slice(0, -1)}f`;
  else if (word.endsWith('z')) word = `${word.slice(0, -1)}s`;
  // `straat`/`straten` and `groot`/`grote` differ only in the doubled vowel of an open syllable.
  return word.replace(/([aeou])\1/g, '$1');
}
