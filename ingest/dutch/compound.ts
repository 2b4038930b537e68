/**
 * Dutch compound splitting by dynamic programming over a lexicon:
 * `parkeervergunning` → `parkeer` + `vergunning`, `verkeersbesluit` → `verkeer` (+s) + `besluit`.
 * Among all ways to cover the word with known parts (and linking morphemes between them) it
 * keeps the one with the fewest parts, then the most trusted parts, then the longest parts.
 */
import { isCoreWord, isKeptWhole, knowsWord, partTrust, type Lexicon } from './lexicon.ts';
import { isBlockedPart } from './part-rules.ts';
import { foldAccents, isLetters } from './text.ts';

export interface SplitOptions {
  /** Shorter words are never split. */
  minWordLength?: number;
  maxParts?: number;
}

/** The `s` of `verkeersbord`, the `e` of `gemeentehuis`, the `en` of `hondenbelasting`. */
const linkers = ['', 's', 'e', 'en'];

/** Plural-like linkers double a consonant after a short vowel: `stof` + `fen` in `afvalstoffenheffing`. */
function linkersAfter(word: string, end: number): string[] {
  const last = word[end - 1];
  if (last === undefined || 'aeiou'.includes(last) || word[end] !== last) return linkers;
  return [...linkers, `${last}en`];
}

/** Unstressed verb prefixes: `ver+strekken` is a derivation, not `vers+trekken`. */
const verbPrefixes = ['be', 'ge', 'ver', 'ont', 'her', 'er'] as const;

function isPrefixDerivation(lexicon: Lexicon, word: string): boolean {
  return verbPrefixes.some((prefix) => {
    const rest = word.slice(prefix.length);
    return word.startsWith(prefix) && rest.length >= 5 && knowsWord(lexicon, rest);
  });
}

interface Split {
  parts: string[];
  /** Sum of part trust levels: lower is better. */
  distrust: number;
  /** Sum of squared part lengths, linkers included: favours long parts over a chain of short ones. */
  spread: number;
  /** Letters taken by linkers: `buiten+ruimte` beats `buit+en+ruimte`. */
  linked: number;
}

function better(candidate: Split, current: Split | undefined): boolean {
  if (current === undefined) return true;
  if (candidate.parts.length !== current.parts.length) return candidate.parts.length < current.parts.length;
  if (candidate.distrust !== current.distrust) return candidate.distrust < current.distrust;
  if (candidate.spread !== current.spread) return candidate.spread > current.spread;
  return candidate.linked < current.linked;
}

/**
 * The parts of a compound, folded to lowercase ASCII; a word that is not a compound comes
 * back alone (folded). Linking morphemes are dropped; the last part keeps its inflection.
 */
export function splitWith(lexicon: Lexicon, word: string, options: SplitOptions = {}): string[] {
  const folded = foldAccents(word);
  const minWordLength = options.minWordLength ?? 8;
  const maxParts = options.maxParts ?? 4;
  if (folded.length < minWordLength || !isLetters(folded) || isKeptWhole(lexicon, folded)) return [folded];
  // Committed words are units: the seed holds `ziekenhuis`, which is no `ziek` + `huis` to a reader.
  if (isCoreWord(lexicon, folded) || isPrefixDerivation(lexicon, folded)) return [folded];

  const length = folded.length;
  // best[i]: best split of folded.slice(i) into parts, where a part may start at i.
  const best: (Split | undefined)[] = new Array<Split | undefined>(length + 1).fill(undefined);
  best[length] = { parts: [], distrust: 0, spread: 0, linked: 0 };

  for (let start = length - 3; start >= 0; start--) {
    const position = start === 0 ? 'first' : 'later';
    for (let end = start + 3; end <= length; end++) {
      // A whole-word part is the non-split; it is not a candidate.
      if (start === 0 && end === length) continue;
      const part = folded.slice(start, end);
      if (isBlockedPart(part, position)) continue;
      // `-ering` nouns (`fasering`, `reservering`) end in the word `ring`.
      if (part.startsWith('ring') && folded[start - 1] === 'e') continue;
      const trust = partTrust(lexicon, part, end === length);
      if (trust === undefined) continue;
      for (const linker of linkersAfter(folded, end)) {
        const next = end + linker.length;
        // A linker only ever sits between two parts.
        if (linker !== '' && (next >= length || !folded.startsWith(linker, end))) continue;
        const rest = best[next];
        if (rest === undefined || rest.parts.length + 1 > maxParts) continue;
        const candidate: Split = {
          parts: [part, ...rest.parts],
          distrust: rest.distrust + trust,
          spread: rest.spread + (next - start) ** 2,
          linked: rest.linked + linker.length,
        };
        if (better(candidate, best[start])) best[start] = candidate;
      }
    }
  }

  const found = best[0];
  if (found === undefined || found.parts.length < 2) return [folded];
  // A long word-list part is often a compound itself (`gehandicapten` + `parkeerkaart`).
  return found.parts.flatMap((part) =>
    part.length >= minWordLength ? splitWith(lexicon, part, options) : [part],
  );
}
