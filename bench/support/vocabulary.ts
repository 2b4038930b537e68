/**
 * Dutch-looking text for benchmarks: a generated vocabulary (real function words first, then words built from
 * Dutch syllables, some of them compounds of others) with Zipf-distributed frequencies, and topics that favour
 * their own content words, so full-text and vector search both have something to find.
 */
import { createRandom, createZipf, type Random } from './random.ts';

const functionWords = (
  'de het een en van in is op te dat die voor met aan er niet zijn als bij ook door om over naar worden ' +
  'wordt kan of dan nog deze moet zal tot uit wel geen meer hun hebben heeft was werd waar al onder'
).split(' ');

const onsets = [
  'b',
  'd',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'w',
  'z',
  'st',
  'sch',
  'br',
  'gr',
  'kl',
  'pr',
  'tr',
  'vr',
  'sl',
  'sp',
];
const nuclei = ['a', 'e', 'i', 'o', 'u', 'aa', 'ee', 'oo', 'ie', 'oe', 'ui', 'ij', 'ei', 'eu', 'ou'];
const codas = ['', '', 'n', 'r', 'l', 'k', 't', 's', 'ng', 'rd', 'cht', 'nd', 'st', 'rk', 'lt'];
const suffixes = ['', '', '', '', '', '', 'ing', 'heid', 'en', 'en', 'er', 'lijk', 'aar', 'schap', 'e'];

export interface Vocabulary {
  /** Rank order: index 0 is the most frequent word. */
  words: string[];
  /** Draws a word rank with Zipf frequencies over the whole vocabulary. */
  drawRank(random: Random): number;
}

export function createVocabulary(size: number, seed = 1): Vocabulary {
  const random = createRandom(seed);
  const seen = new Set<string>(functionWords);
  const words = [...functionWords];
  const syllable = () => random.pick(onsets) + random.pick(nuclei) + random.pick(codas);
  while (words.length < size) {
    const roll = random.next();
    let word: string;
    if (roll < 0.08 && words.length > 500) {
      // A compound of two earlier (so more frequent) content words, with a linking s now and then.
      const first =
        words[functionWords.length + random.integer(Math.min(words.length, 3_000) - functionWords.length)]!;
      const second =
        words[functionWords.length + random.integer(Math.min(words.length, 3_000) - functionWords.length)]!;
      word = `${first}${random.next() < 0.3 ? 's' : ''}${second}`;
    } else {
      const syllables = random.next() < 0.55 ? 1 : random.next() < 0.8 ? 2 : 3;
      word = Array.from({ length: syllables }, syllable).join('') + random.pick(suffixes);
    }
    if (word.length < 3 || word.length > 30 || seen.has(word)) continue;
    seen.add(word);
    words.push(word);
  }
  return { words, drawRank: createZipf(words.length) };
}

export interface Topic {
  /** Content words this topic uses far more often than the rest of the collection. */
  words: string[];
  drawWord(random: Random): string;
}

/** A topic favours a few hundred mid-frequency words (the ones that make BM25 discriminate). */
export function createTopics(vocabulary: Vocabulary, count: number, seed = 2): Topic[] {
  const random = createRandom(seed);
  const start = functionWords.length + 200;
  const end = Math.min(vocabulary.words.length, 15_000);
  const zipf = createZipf(300, 1.0);
  return Array.from({ length: count }, () => {
    const words = Array.from({ length: 300 }, () => vocabulary.words[start + random.integer(end - start)]!);
    return { words, drawWord: (draw) => words[zipf(draw)]! };
  });
}

/** About `wordCount` words in sentences: 70% drawn from the whole vocabulary, 30% from the topic. */
export function paragraph(random: Random, vocabulary: Vocabulary, topic: Topic, wordCount: number): string {
  const sentences: string[] = [];
  let written = 0;
  while (written < wordCount) {
    const length = Math.min(wordCount - written, 8 + random.integer(14));
    const sentence = Array.from({ length }, () =>
      random.next() < 0.3 ? topic.drawWord(random) : vocabulary.words[vocabulary.drawRank(random)]!,
    );
    sentence[0] = sentence[0]!.charAt(0).toUpperCase() + sentence[0]!.slice(1);
    sentences.push(`${sentence.join(' ')}.`);
    written += length;
  }
  return sentences.join(' ');
}
