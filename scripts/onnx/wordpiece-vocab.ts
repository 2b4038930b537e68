/** Builds a WordPiece vocabulary of an exact size: special tokens, characters, Dutch words, then padding. */
import { characters, dutchContinuations, dutchWords, punctuation, syllables } from './dutch-words.ts';

export const specialTokens = {
  pad: '[PAD]',
  unk: '[UNK]',
  cls: '[CLS]',
  sep: '[SEP]',
  mask: '[MASK]',
} as const;

const prefix = '##';

/** The pieces every vocabulary starts with; a vocabulary can not be smaller than this. */
export function basePieces(): string[] {
  return [
    ...Object.values(specialTokens),
    ...characters,
    ...punctuation,
    ...characters.map((character) => prefix + character),
    // Symbols such as € are not split off by BertPreTokenizer, so `€10` needs `##`-pieces after a word.
    ...punctuation.map((character) => prefix + character),
    ...dutchWords,
    ...dutchContinuations.map((piece) => prefix + piece),
  ];
}

/**
 * Pads with syllables, syllables as continuations, then two-syllable pseudo-words, in a fixed order, so the
 * same size always gives the same vocabulary (the token ids of a given text never change between runs).
 */
export function buildVocabulary(size: number): string[] {
  const pieces = new Set(basePieces());
  if (pieces.size > size)
    throw new Error(`A vocabulary needs at least ${pieces.size} entries, ${size} asked`);
  const add = (piece: string) => pieces.size < size && pieces.add(piece);
  for (const syllable of syllables) add(syllable);
  for (const syllable of syllables) add(prefix + syllable);
  outer: for (const first of syllables) {
    for (const second of syllables) {
      if (pieces.size >= size) break outer;
      add(first + second);
    }
  }
  if (pieces.size < size) throw new Error(`Can not generate ${size} distinct pieces`);
  return [...pieces];
}
