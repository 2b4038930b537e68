import type { TextBlock } from '../types.ts';
import { lineSpans, sentenceSpans, wordSpans, type Span } from './sentences.ts';
import type { TokenMeter } from './token-meter.ts';

export interface CostedSpan extends Span {
  cost: number;
}

/**
 * Splits an oversized block into sentence-sized spans that each fit a chunk alone (rows for a table).
 * A sentence too long for a chunk is cut between words, a word too long between characters, so any text ends up
 * bounded.
 */
export function splitBlock(
  text: string,
  span: Span,
  kind: TextBlock['kind'],
  meter: TokenMeter,
): CostedSpan[] {
  const units =
    kind === 'table' ? lineSpans(text, span.start, span.end) : sentenceSpans(text, span.start, span.end);
  const pieces: CostedSpan[] = [];
  for (const unit of units) {
    const cost = meter.cost(text.slice(unit.start, unit.end));
    if (cost <= meter.budget) pieces.push({ ...unit, cost });
    else pieces.push(...splitAtWords(text, unit, meter));
  }
  return pieces;
}

function splitAtWords(text: string, span: Span, meter: TokenMeter): CostedSpan[] {
  const words: CostedSpan[] = [];
  for (const word of wordSpans(text, span.start, span.end)) {
    const cost = meter.cost(text.slice(word.start, word.end));
    if (cost <= meter.budget) words.push({ ...word, cost });
    else words.push(...splitAtCharacters(text, word, cost, meter));
  }
  return packRuns(text, words, meter);
}

/** Greedy runs of consecutive words, each checked with one real count. */
function packRuns(text: string, words: CostedSpan[], meter: TokenMeter): CostedSpan[] {
  const runs: CostedSpan[] = [];
  let first = 0;
  while (first < words.length) {
    let last = first;
    let estimate = words[first]!.cost;
    while (last + 1 < words.length) {
      const next = words[last + 1]!;
      const added = meter.gapCost(text.slice(words[last]!.end, next.start)) + next.cost;
      if (estimate + added > meter.budget - meter.safety) break;
      estimate += added;
      last++;
    }
    let cost = meter.cost(text.slice(words[first]!.start, words[last]!.end));
    while (cost > meter.budget && last > first) {
      last--;
      cost = meter.cost(text.slice(words[first]!.start, words[last]!.end));
    }
    runs.push({ start: words[first]!.start, end: words[last]!.end, cost });
    first = last + 1;
  }
  return runs;
}

/**
 * Cuts a run without spaces (a URL, a base64 blob, a table flattened without spaces) into pieces that fit,
 * guessing each length from the run's own characters per token and shrinking until the real count fits.
 */
function splitAtCharacters(text: string, span: Span, spanCost: number, meter: TokenMeter): CostedSpan[] {
  const charactersPerToken = (span.end - span.start) / Math.max(1, spanCost);
  const guess = Math.max(1, Math.floor(meter.budget * charactersPerToken));
  const pieces: CostedSpan[] = [];
  let start = span.start;
  while (start < span.end) {
    let end = codePointBoundary(text, Math.min(span.end, start + guess));
    let cost = meter.cost(text.slice(start, end));
    while (cost > meter.budget) {
      const length = end - start;
      const shorter = codePointBoundary(
        text,
        start + Math.max(1, Math.floor((length * meter.budget) / cost) - 1),
      );
      // One code point is the floor: it stays bounded even if a strange counter says it does not fit.
      if (shorter >= end) break;
      end = shorter;
      cost = meter.cost(text.slice(start, end));
    }
    pieces.push({ start, end, cost });
    start = end;
  }
  return pieces;
}

/** Moves a cut that would fall inside a surrogate pair one place on, so no piece holds half a character. */
function codePointBoundary(text: string, index: number): number {
  const code = text.charCodeAt(index - 1);
  return code >= 0xd800 && code <= 0xdbff && index < text.length ? index + 1 : index;
}
