/**
 * Checks a model's answer against the passages it was given: every `[n]` must name a supplied
 * passage, and the sentence it stands in must be backed by that passage.
 *
 * Support is lexical. A sentence's content terms (see terms.ts) are looked up in the cited
 * passages' title, headings and text; numbers weigh three times a word.
 * - The sentence is supported when the cited passages together hold at least `minCoverage`
 *   (three fifths) of its weighted terms and every number in it: an amount or date the passages do not
 *   contain is the hallucination that matters most, however many other words match.
 * - With several citations in one sentence, each passage must itself hold `minShare` (a fifth)
 *   of the terms or one of its numbers; a passage that adds nothing is flagged.
 * - A sentence without content terms (`Bronnen: [1], [2].`) claims nothing: its citations are
 *   kept when the passage backs another sentence and dropped otherwise.
 * Unsupported markers become `[n?]` in the text and are listed in `flagged`, not in `citations`;
 * markers that name no passage are removed.
 */
import { findMarkers, rewriteMarkers, type CitationMarker } from './citation-markers.ts';
import { splitSentences, type SentenceSpan } from '../../ingest/dutch/index.ts';
import { contentTerms, indexHas, indexTerms, uniqueTerms, type Term, type TermIndex } from './terms.ts';
import type { Citation, FlaggedCitation, Passage } from './types.ts';

export const minCoverage = 0.6;
export const minShare = 0.2;

export interface SentenceCheck extends SentenceSpan {
  /** Every number cited in the sentence, in order, once. */
  cited: number[];
  /** Cited numbers with no such passage. */
  invalid: number[];
  supported: number[];
  unsupported: number[];
  /** Share of the sentence's weighted terms found in the cited passages together, in [0, 1]. */
  coverage: number;
  /** Why the unsupported citations are unsupported. */
  reason?: string;
}

export interface CitationCheck {
  sentences: SentenceCheck[];
  /** Invalid markers removed, unsupported ones as `[n?]`, group markers as `[2][3]`. */
  text: string;
  citations: Citation[];
  flagged: FlaggedCitation[];
  /** Distinct cited numbers that name no passage. */
  invalid: number[];
}

interface Support {
  coverage: number;
  missingNumbers: string[];
}

function measure(terms: readonly Term[], indexes: readonly TermIndex[]): Support {
  let total = 0;
  let found = 0;
  const missingNumbers: string[] = [];
  for (const term of terms) {
    total += term.weight;
    if (indexes.some((index) => indexHas(index, term))) found += term.weight;
    else if (term.kind === 'number') missingNumbers.push(term.key);
  }
  return { coverage: total === 0 ? 0 : found / total, missingNumbers };
}

const percent = (value: number): string => `${Math.round(value * 100)}%`;

function passageText(passage: Passage): string {
  const { title, headingPath, text } = passage.chunk;
  return [title, ...headingPath, text].join('\n');
}

type Verdict = { supported: number[]; unsupported: number[]; coverage: number; reason?: string };

function judge(terms: readonly Term[], valid: readonly number[], indexOf: (n: number) => TermIndex): Verdict {
  const union = measure(terms, valid.map(indexOf));
  if (union.missingNumbers.length > 0) {
    return {
      supported: [],
      unsupported: [...valid],
      coverage: union.coverage,
      reason: `getal ${union.missingNumbers.join(', ')} staat niet in de geciteerde passage`,
    };
  }
  if (union.coverage < minCoverage) {
    return {
      supported: [],
      unsupported: [...valid],
      coverage: union.coverage,
      reason: `slechts ${percent(union.coverage)} van de inhoudswoorden staat in de geciteerde passage`,
    };
  }
  if (valid.length === 1) return { supported: [...valid], unsupported: [], coverage: union.coverage };
  const supported: number[] = [];
  const unsupported: number[] = [];
  for (const number of valid) {
    const own = measure(terms, [indexOf(number)]);
    const holdsNumber = terms.some((term) => term.kind === 'number' && indexHas(indexOf(number), term));
    (own.coverage >= minShare || holdsNumber ? supported : unsupported).push(number);
  }
  const reason = unsupported.length > 0 ? 'de passage draagt niets bij aan deze zin' : undefined;
  return { supported, unsupported, coverage: union.coverage, ...(reason ? { reason } : {}) };
}

export function checkCitations(answerText: string, passages: readonly Passage[]): CitationCheck {
  const byNumber = new Map(passages.map((passage) => [passage.number, passage]));
  const indexes = new Map<number, TermIndex>();
  const indexOf = (number: number): TermIndex => {
    let index = indexes.get(number);
    if (index === undefined) {
      index = indexTerms(passageText(byNumber.get(number) as Passage));
      indexes.set(number, index);
    }
    return index;
  };
  const markers = findMarkers(answerText);
  const markersIn = (span: SentenceSpan): CitationMarker[] =>
    markers.filter((marker) => marker.start >= span.start && marker.end <= span.end);

  const neutral: SentenceCheck[] = [];
  const sentences = splitSentences(answerText).map((span): SentenceCheck => {
    const own = markersIn(span);
    const cited = [...new Set(own.flatMap((marker) => marker.numbers))];
    const invalid = cited.filter((number) => !byNumber.has(number));
    const valid = cited.filter((number) => byNumber.has(number));
    const claimTerms = uniqueTerms(contentTerms(stripMarkers(span.text)));
    const base = { ...span, cited, invalid, supported: [], unsupported: [], coverage: 0 };
    if (valid.length === 0) return base;
    if (claimTerms.length === 0) {
      const check = { ...base, supported: valid };
      neutral.push(check);
      return check;
    }
    return { ...base, ...judge(claimTerms, valid, indexOf) };
  });

  const backed = new Set(sentences.filter((s) => !neutral.includes(s)).flatMap((s) => s.supported));
  for (const check of neutral) check.supported = check.supported.filter((number) => backed.has(number));

  return {
    sentences,
    text: cleanText(answerText, markers, sentences),
    citations: collectCitations(sentences, byNumber),
    flagged: collectFlags(sentences, byNumber),
    invalid: [...new Set(sentences.flatMap((sentence) => sentence.invalid))],
  };
}

function stripMarkers(text: string): string {
  return rewriteMarkers(text, findMarkers(text), () => '');
}

function cleanText(
  text: string,
  markers: readonly CitationMarker[],
  sentences: readonly SentenceCheck[],
): string {
  const sentenceOf = (marker: CitationMarker): SentenceCheck | undefined =>
    sentences.find((sentence) => marker.start >= sentence.start && marker.end <= sentence.end);
  return rewriteMarkers(text, markers, (marker) => {
    const sentence = sentenceOf(marker);
    if (sentence === undefined) return '';
    return marker.numbers
      .map((number) => {
        if (sentence.supported.includes(number)) return `[${number}]`;
        if (sentence.unsupported.includes(number)) return `[${number}?]`;
        return '';
      })
      .join('');
  });
}

function collectCitations(sentences: readonly SentenceCheck[], byNumber: Map<number, Passage>): Citation[] {
  const best = new Map<number, number>();
  for (const sentence of sentences) {
    for (const number of sentence.supported)
      best.set(number, Math.max(best.get(number) ?? 0, sentence.coverage));
  }
  return [...best.entries()]
    .sort(([a], [b]) => a - b)
    .map(([number, score]) => ({
      number,
      chunkId: (byNumber.get(number) as Passage).chunk.id,
      supported: true,
      score: Math.round(score * 1000) / 1000,
    }));
}

function collectFlags(
  sentences: readonly SentenceCheck[],
  byNumber: Map<number, Passage>,
): FlaggedCitation[] {
  return sentences.flatMap((sentence) =>
    sentence.unsupported.map((number) => ({
      number,
      chunkId: (byNumber.get(number) as Passage).chunk.id,
      sentence: stripMarkers(sentence.text),
      reason: sentence.reason ?? 'niet onderbouwd door de passage',
    })),
  );
}
