/**
 * Content words and numbers of a text, reduced to keys that match across Dutch inflection:
 * `vergunningen` ~ `vergunning`, `straten` ~ `straat`, `parkeren` ~ `parkeert`, and a word
 * inside a compound (`vergunning` in `bewonersvergunning`). Numbers match on their digits,
 * so `98,40` and `98.40` are the same amount and `98` is not.
 */
import { commonPrefixLength, foldAccents, stem } from '../../ingest/dutch/index.ts';
import { stopWords } from './stop-words.ts';

export interface Term {
  kind: 'word' | 'number';
  /** Words: folded, stemmed, vowels undoubled. Numbers: digits only. */
  key: string;
  /** Numbers weigh more: a wrong amount is the claim that matters most. */
  weight: number;
}

export const numberWeight = 3;
export const wordWeight = 1;

const tokenPattern = /\p{N}+(?:[.,]\p{N}+)*|\p{L}+(?:['’]\p{L}+)?/gu;
/** `1. `, `2) `, `- `, `* ` at the start of a line: list numbering is no claim. */
const listMarker = /^[ \t]*(?:\p{N}{1,2}[.)]|[-*•])[ \t]+/gmu;

/** Content terms in order of appearance, duplicates kept. */
export function contentTerms(text: string): Term[] {
  const terms: Term[] = [];
  for (const [token] of text.replace(listMarker, ' ').matchAll(tokenPattern)) {
    if (/^\p{N}/u.test(token)) {
      terms.push({ kind: 'number', key: token.replace(/\D/g, ''), weight: numberWeight });
      continue;
    }
    const folded = foldAccents(token);
    if (folded.length < 2 || stopWords.has(folded) || stopWords.has(folded.replace(/['’]s$/u, ''))) continue;
    terms.push({ kind: 'word', key: stem(folded), weight: wordWeight });
  }
  return terms;
}

/** Each key once, with the highest weight it had. */
export function uniqueTerms(terms: readonly Term[]): Term[] {
  const byKey = new Map<string, Term>();
  for (const term of terms) {
    const known = byKey.get(`${term.kind}:${term.key}`);
    if (known === undefined || known.weight < term.weight) byKey.set(`${term.kind}:${term.key}`, term);
  }
  return [...byKey.values()];
}

/** Shortest shared prefix, and share of the shorter key, for inflections the stemmer leaves apart. */
const minPrefix = 5;
const minPrefixShare = 0.8;
/** A word this long found inside a compound counts: `vergunning` in `bewonersvergunning`. */
const minCompoundPart = 6;

export function wordsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  const prefix = commonPrefixLength(a, b);
  if (prefix >= minPrefix && prefix >= minPrefixShare * shorter.length) return true;
  return shorter.length >= minCompoundPart && longer.includes(shorter);
}

/** The terms of a passage, indexed for repeated lookups. */
export interface TermIndex {
  words: ReadonlySet<string>;
  numbers: ReadonlySet<string>;
}

export function indexTerms(text: string): TermIndex {
  const words = new Set<string>();
  const numbers = new Set<string>();
  for (const term of contentTerms(text)) (term.kind === 'number' ? numbers : words).add(term.key);
  return { words, numbers };
}

export function indexHas(index: TermIndex, term: Term): boolean {
  if (term.kind === 'number') return index.numbers.has(term.key);
  if (index.words.has(term.key)) return true;
  for (const word of index.words) if (wordsMatch(term.key, word)) return true;
  return false;
}
