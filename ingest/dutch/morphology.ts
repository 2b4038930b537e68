/**
 * Just enough Dutch spelling rules to connect the forms a compound part takes with the
 * dictionary form in the lexicon: plurals and inflected adjectives (`straten` → `straat`),
 * and verb stems (`parkeer` ← `parkeren`). Folded lowercase input only.
 */

const vowels = new Set(['a', 'e', 'i', 'o', 'u']);
const doubledVowels = new Set(['aa', 'ee', 'oo', 'uu']);

const isVowel = (letter: string | undefined): boolean => letter !== undefined && vowels.has(letter);
const isConsonant = (letter: string | undefined): boolean => letter !== undefined && !vowels.has(letter);

/** `lev` → `leef`, `huiz` → `huis`: a stem never ends in v or z. */
function devoice(stem: string): string {
  if (stem.endsWith('v')) return `${stem.slice(0, -1)}f`;
  if (stem.endsWith('z')) return `${stem.slice(0, -1)}s`;
  return stem;
}

/**
 * Forms of a stem that lost its ending: `strat` → `straat`, `buss` → `bus`, `briev` → `brief`. With
 * `keepVoiced`, also the stem as spelled before the ending (`briev`, `leev`), which only a word list can
 * confirm.
 */
function restoreClosedSyllable(stem: string, keepVoiced = true): string[] {
  const forms = new Set<string>(keepVoiced ? [stem, devoice(stem)] : [devoice(stem)]);
  const last = stem.at(-1);
  const beforeLast = stem.at(-2);
  if (isConsonant(last) && last === beforeLast) forms.add(stem.slice(0, -1));
  // An open syllable lost its doubled vowel: `strat(en)` was `straat`, `lez(en)` was `lees`.
  if (isConsonant(last) && isVowel(beforeLast) && !isVowel(stem.at(-3)) && beforeLast !== 'i') {
    const doubled = `${stem.slice(0, -1)}${beforeLast}${last}`;
    if (keepVoiced) forms.add(doubled);
    forms.add(devoice(doubled));
  }
  return [...forms];
}

/** Dictionary forms a surface form may be an inflection of (plural, `-e`, `-s`), never the form itself. */
export function inflectionBases(form: string): string[] {
  const bases = new Set<string>();
  if (form.length >= 5 && form.endsWith('en')) {
    for (const base of restoreClosedSyllable(form.slice(0, -2))) bases.add(base);
  }
  if (form.length >= 5 && form.endsWith('n') && form.at(-2) === 'e') bases.add(form.slice(0, -1));
  if (form.length >= 4 && form.endsWith('s')) bases.add(form.slice(0, -1));
  if (form.length >= 4 && form.endsWith('e')) {
    for (const base of restoreClosedSyllable(form.slice(0, -1))) bases.add(base);
  }
  bases.delete(form);
  return [...bases].filter((base) => base.length >= 3);
}

/**
 * Dictionary-like forms of an inflected word, enough to meet it inside compounds when searching a text:
 * `parkeren` → `parkeer` (`parkeerterrein`), `straten` → `straat`, `zwemmen` → `zwem`, `fietsen` → `fiets`,
 * `leven` → `leef`. Fewer and longer forms than `inflectionBases`, because nothing confirms them: each is
 * looked for inside the words of a passage, where a short or half-spelled form would match too much.
 */
export function baseForms(word: string): string[] {
  const stems = [];
  if (word.length >= 5 && word.endsWith('en')) stems.push(word.slice(0, -2));
  if (word.length >= 5 && (word.endsWith('e') || word.endsWith('s'))) stems.push(word.slice(0, -1));
  const forms = new Set(stems.flatMap((stem) => restoreClosedSyllable(stem, false)));
  forms.delete(word);
  return [...forms].filter((form) => form.length >= 4);
}

/** Infinitives a verb stem may come from: `parkeer` → `parkeren`, `zwem` → `zwemmen`, `leef` → `leven`. */
export function infinitivesOfStem(stem: string): string[] {
  if (stem.length < 3) return [];
  const forms = new Set<string>([`${stem}en`]);
  const last = stem.at(-1) ?? '';
  const voiced = last === 'f' ? 'v' : last === 's' ? 'z' : last;
  if (doubledVowels.has(stem.slice(-3, -1)) && isConsonant(last)) {
    forms.add(`${stem.slice(0, -2)}${voiced}en`);
  } else if (isConsonant(last) && isVowel(stem.at(-2)) && !isVowel(stem.at(-3))) {
    forms.add(`${stem}${last}en`);
  } else if (voiced !== last && (isVowel(stem.at(-2)) || stem.at(-2) === 'j')) {
    forms.add(`${stem.slice(0, -1)}${voiced}en`);
  }
  return [...forms];
}

/** Regular plural candidates, for query expansion only where the lexicon confirms them. */
export function pluralCandidates(word: string): string[] {
  if (word.length < 3) return [];
  const forms = new Set<string>([`${word}en`, `${word}s`]);
  for (const infinitive of infinitivesOfStem(word)) forms.add(infinitive);
  return [...forms];
}
