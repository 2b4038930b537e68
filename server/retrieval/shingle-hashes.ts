/**
 * Word shingles as sorted 32-bit hashes, and a Jaccard test that gives up as soon as the threshold is out of
 * reach. Collapsing 80 candidates compares up to 3,200 pairs of ~200 shingles; string sets made that tens of
 * milliseconds, this makes it well under one, because almost every pair is dissimilar and stops early.
 */
import { foldedWords } from '../../ingest/dutch/index.ts';

/** FNV-1a over the word's UTF-16 code units. */
function wordHash(word: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < word.length; index++) {
    hash ^= word.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** MurmurHash3's finaliser: spreads the bits of a combined hash. */
function mix(hash: number): number {
  let value = hash;
  value ^= value >>> 16;
  value = Math.imul(value, 0x85ebca6b);
  value ^= value >>> 13;
  value = Math.imul(value, 0xc2b2ae35);
  value ^= value >>> 16;
  return value >>> 0;
}

function combine(hashes: readonly number[], from: number, to: number): number {
  let hash = 0x9e3779b9;
  for (let index = from; index < to; index++) hash = mix(Math.imul(hash, 0x01000193) ^ hashes[index]!);
  return hash;
}

/** Distinct shingle hashes, ascending; a text shorter than `size` words is one shingle of all its words. */
export function shingleHashes(text: string, size: number): Uint32Array {
  const words = foldedWords(text).map(wordHash);
  if (words.length === 0) return new Uint32Array(0);
  if (words.length <= size) return Uint32Array.of(combine(words, 0, words.length));
  const hashes = new Uint32Array(words.length - size + 1);
  for (let index = 0; index + size <= words.length; index++)
    hashes[index] = combine(words, index, index + size);
  hashes.sort();
  let distinct = 0;
  for (let index = 0; index < hashes.length; index++) {
    if (index === 0 || hashes[index] !== hashes[distinct - 1]) hashes[distinct++] = hashes[index]!;
  }
  return hashes.subarray(0, distinct);
}

/**
 * Whether |A ∩ B| / |A ∪ B| ≥ threshold for two sorted distinct hash arrays. With S = |A| + |B| and m the
 * elements found in only one array, |A ∩ B| = (S - m) / 2, so the test holds exactly when m ≤ S(1 - t)/(1 + t);
 * the merge stops once m passes that.
 */
export function isSimilar(a: Uint32Array, b: Uint32Array, threshold: number): boolean {
  const total = a.length + b.length;
  if (total === 0) return true;
  const allowedMisses = (total * (1 - threshold)) / (1 + threshold) + 1e-9;
  let misses = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
    } else {
      misses++;
      if (misses > allowedMisses) return false;
      if (a[i]! < b[j]!) i++;
      else j++;
    }
  }
  misses += a.length - i + (b.length - j);
  return misses <= allowedMisses;
}
