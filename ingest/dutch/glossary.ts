/** Finds glossary abbreviations and their full names in token streams. */
import type { Abbreviation } from './abbreviations.ts';
import { foldAccents, tokenize } from './text.ts';

export interface Glossary {
  /** Entries written as a token (`APV`, `apv`; `OM` only in capitals). */
  abbreviationsIn(tokens: readonly string[]): Abbreviation[];
  /** Entries whose full name appears in the (folded) tokens. */
  fullNamesIn(foldedTokens: readonly string[]): Abbreviation[];
  readonly size: number;
}

export function createGlossary(entries: readonly Abbreviation[]): Glossary {
  const byFolded = new Map<string, Abbreviation>();
  const byExact = new Map<string, Abbreviation>();
  const byFirstWord = new Map<string, { words: string[]; entry: Abbreviation }[]>();
  for (const entry of entries) {
    if (entry.exactCase) byExact.set(entry.abbreviation, entry);
    else byFolded.set(foldAccents(entry.abbreviation), entry);
    const words = tokenize(entry.expansion).map(foldAccents);
    const first = words[0];
    if (first === undefined) continue;
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), { words, entry }]);
  }

  return {
    size: entries.length,
    abbreviationsIn(tokens) {
      const found = new Set<Abbreviation>();
      for (const token of tokens) {
        const entry = byExact.get(token) ?? byFolded.get(foldAccents(token));
        if (entry !== undefined) found.add(entry);
      }
      return [...found];
    },
    fullNamesIn(foldedTokens) {
      const found = new Set<Abbreviation>();
      foldedTokens.forEach((token, index) => {
        for (const { words, entry } of byFirstWord.get(token) ?? []) {
          if (words.every((word, offset) => foldedTokens[index + offset] === word)) found.add(entry);
        }
      });
      return [...found];
    },
  };
}
