/**
 * The words the compound splitter may use as parts, in two tiers of trust:
 * the committed lists (checked by hand or chosen for being productive in compounds) and
 * optional system word lists such as Debian's `wdutch`, which are large but hold many short
 * rare words (`bes`, `ende`) that would make garbage parts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { infinitivesOfStem, inflectionBases } from './morphology.ts';
import { foldAccents, isLetters } from './text.ts';

export const systemWordListPath = '/usr/share/dict/dutch';

const asciiLowercase = /^[a-z]+$/;

const seedFiles = ['seed-lexicon.txt', 'domain-lexicon.txt'] as const;

export interface Lexicon {
  /** Committed words: parts from 3 letters, in any inflected form. */
  readonly core: ReadonlySet<string>;
  /** System word list words: parts only as listed and from `minExtendedPartLength` letters. */
  readonly extended: ReadonlySet<string>;
  /** Words that look like compounds but are not split (`wethouder`, `nederland`). */
  readonly keepWhole: ReadonlySet<string>;
  readonly minExtendedPartLength: number;
}

export interface LexiconInfo {
  /** Distinct words across all tiers. */
  size: number;
  coreWords: number;
  /** The committed lists and the word lists that were read, with the words each contributed. */
  loaded: { path: string; words: number }[];
  /** Word lists asked for that could not be read. */
  skipped: { path: string; reason: string }[];
}

export interface LexiconOptions {
  /** Extra word lists, one word per line (hunspell `.dic` flags after `/` are ignored). */
  wordListPaths?: string[];
  minExtendedPartLength?: number;
}

export interface ParsedWordList {
  words: string[];
  keepWhole: string[];
}

/**
 * Lines are words; `#` starts a comment line; `!word` marks a word never to split.
 * Capitalised entries are names or abbreviations, which make poor compound parts.
 */
export function parseWordList(text: string): ParsedWordList {
  const words: string[] = [];
  const keepWhole: string[] = [];
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    const keep = line.startsWith('!');
    const flagsAt = line.indexOf('/');
    const entry = line.slice(keep ? 1 : 0, flagsAt === -1 ? undefined : flagsAt);
    const word = asciiLowercase.test(entry) ? entry : foldedWord(entry);
    if (word !== undefined) (keep ? keepWhole : words).push(word);
  }
  return { words, keepWhole };
}

/** Folding is the slow part of reading 400k words, so the common all-ASCII case skips it. */
function foldedWord(entry: string): string | undefined {
  if (entry !== entry.toLowerCase()) return undefined;
  const word = foldAccents(entry);
  return isLetters(word) ? word : undefined;
}

function readWordList(path: string): { ok: true; list: ParsedWordList } | { ok: false; reason: string } {
  if (!existsSync(path)) return { ok: false, reason: 'not found' };
  try {
    return { ok: true, list: parseWordList(readFileSync(path, 'utf8')) };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

export function loadLexicon(options: LexiconOptions = {}): { lexicon: Lexicon; info: LexiconInfo } {
  const core = new Set<string>();
  const extended = new Set<string>();
  const keepWhole = new Set<string>();
  const info: LexiconInfo = { size: 0, coreWords: 0, loaded: [], skipped: [] };

  for (const name of seedFiles) {
    const path = fileURLToPath(new URL(name, import.meta.url));
    // The committed lists ship with the code; a missing one is a broken checkout, not bad data.
    const list = parseWordList(readFileSync(path, 'utf8'));
    for (const word of list.words) core.add(word);
    for (const word of list.keepWhole) keepWhole.add(word);
    info.loaded.push({ path, words: list.words.length + list.keepWhole.length });
  }
  for (const path of options.wordListPaths ?? []) {
    const read = readWordList(path);
    if (!read.ok) {
      info.skipped.push({ path, reason: read.reason });
      continue;
    }
    for (const word of read.list.words) extended.add(word);
    for (const word of read.list.keepWhole) keepWhole.add(word);
    info.loaded.push({ path, words: read.list.words.length });
  }

  info.coreWords = core.size;
  info.size = extended.size + [...core].filter((word) => !extended.has(word)).length;
  const minExtendedPartLength = options.minExtendedPartLength ?? 6;
  return { lexicon: { core, extended, keepWhole, minExtendedPartLength }, info };
}

/** Word-list words that look derived rather than compounded: adjectives, participles. */
const derivedLooking = /(lijke?|ische?|ige?|nde?)$|^ge.+[dt]$/;

/**
 * How much a segment can be trusted as a part: 0 committed word, 1 word-list word, undefined unknown.
 * Only a last part is inflected (`...vergunningen`); earlier parts take linkers instead.
 */
export function partTrust(lexicon: Lexicon, segment: string, isLast: boolean): 0 | 1 | undefined {
  if (segment.length >= 3 && isCoreForm(lexicon.core, segment, isLast)) return 0;
  if (
    segment.length >= lexicon.minExtendedPartLength &&
    lexicon.extended.has(segment) &&
    !derivedLooking.test(segment)
  ) {
    return 1;
  }
  return undefined;
}

function isCoreForm(core: ReadonlySet<string>, segment: string, inflected: boolean): boolean {
  if (core.has(segment)) return true;
  // Three-letter stems invite nonsense (`par` from `paren`); real ones are listed as they are.
  if (segment.length < 4) return false;
  // Only spelling changes prove a verb stem: plain `+en` would make `buit` of `buiten`.
  const infinitives = infinitivesOfStem(segment).filter((infinitive) => infinitive !== `${segment}en`);
  if (infinitives.some((infinitive) => core.has(infinitive))) return true;
  return inflected && segment.length >= 5 && inflectionBases(segment).some((base) => core.has(base));
}

/** Whether a word is a committed word or an inflection of one: such words are units, never split. */
export function isCoreWord(lexicon: Lexicon, word: string): boolean {
  return isCoreForm(lexicon.core, word, true);
}

/** Whether a word is known as written or as an inflection of a committed word. */
export function knowsWord(lexicon: Lexicon, word: string): boolean {
  return lexicon.extended.has(word) || isCoreForm(lexicon.core, word, true);
}

/** Whether a committed list holds the word as written, or the verb it is the stem of (`parkeer`). */
export function isCommittedForm(lexicon: Lexicon, word: string): boolean {
  return isCoreForm(lexicon.core, word, false);
}

/** Whether a word or its dictionary form is listed as never to be split. */
export function isKeptWhole(lexicon: Lexicon, word: string): boolean {
  return lexicon.keepWhole.has(word) || inflectionBases(word).some((base) => lexicon.keepWhole.has(base));
}
