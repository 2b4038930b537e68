/**
 * The answer without a language model: the sentences of the top passages that share the most
 * terms with the question, quoted verbatim (so the quote can be found and highlighted in the
 * document) and cited with the passage's number.
 */
import { splitSentences, type SentenceSpan } from '../../ingest/dutch/index.ts';
import { foldAccents } from '../../ingest/dutch/index.ts';
import { contentTerms, indexHas, indexTerms, uniqueTerms, type Term } from './terms.ts';
import type { AnswerLanguage, Citation, Passage, Quote } from './types.ts';

export const extractiveLabel: Record<AnswerLanguage, string> = {
  nl: 'Zonder taalmodel: dit zijn letterlijke passages uit de bronnen.',
  en: 'Without a language model: these are verbatim passages from the sources.',
};

const dontKnowLead: Record<AnswerLanguage, string> = { nl: 'Ik weet het niet.', en: "I don't know." };

/** "Ik weet het niet." followed by why, so the reader knows what was tried. */
export function dontKnowText(reason: string, language: AnswerLanguage = 'nl'): string {
  return `${dontKnowLead[language]} ${reason}`.trim();
}

export interface ExtractiveOptions {
  /** Passages quoted at most. */
  maxPassages?: number;
  /** A quote longer than this is cut to a window around the question's terms. */
  maxQuoteChars?: number;
  /** A best sentence shorter than this takes the next sentence along for context. */
  minQuoteChars?: number;
  language?: AnswerLanguage;
}

export interface ExtractiveAnswer {
  text: string;
  citations: Citation[];
  quotes: Quote[];
}

interface Candidate {
  passage: Passage;
  rank: number;
  start: number;
  end: number;
  /** Share of the question's weighted terms in the sentence, in [0, 1]. */
  coverage: number;
  /** Share of the sentence's own terms that are question terms: favours the to-the-point sentence. */
  density: number;
  /** Bonus for the kind of answer the question asks for (an amount for "wat kost"). */
  shape: number;
}

/** Questions that want an amount, a date or a count; a sentence with one is likelier the answer. */
const quantityQuestion =
  /\b(kost|kosten|hoeveel|bedrag|tarief|tarieven|prijs|hoe ?lang|wanneer|termijn|how much|cost|when)\b/u;
const moneyAmount = /€\s*\p{N}|\p{N}\s*(euro|eur)\b/u;

interface Query {
  terms: Term[];
  wantsQuantity: boolean;
}

function scoreSpan(span: SentenceSpan, query: Query): { coverage: number; density: number; shape: number } {
  const index = indexTerms(span.text);
  const queryWeight = query.terms.reduce((sum, term) => sum + term.weight, 0);
  const matched = query.terms
    .filter((term) => indexHas(index, term))
    .reduce((sum, term) => sum + term.weight, 0);
  const own = uniqueTerms(contentTerms(span.text));
  const ownWeight = own.reduce((sum, term) => sum + term.weight, 0);
  // A sentence that asks (an FAQ heading) repeats the question rather than answering it, and a
  // short line without closing punctuation is a heading: both name the topic, neither answers.
  const text = span.text.trimEnd();
  const asks = text.endsWith('?') ? 0.5 : text.length < 80 && !/[.!:;"”)»]$/u.test(text) ? 0.6 : 1;
  let shape = 0;
  if (query.wantsQuantity && moneyAmount.test(span.text)) shape = 0.3;
  else if (query.wantsQuantity && index.numbers.size > 0) shape = 0.15;
  return {
    coverage: queryWeight === 0 ? 0 : (asks * matched) / queryWeight,
    density: ownWeight === 0 ? 0 : Math.min(1, matched / ownWeight),
    shape,
  };
}

const total = (candidate: Candidate): number =>
  candidate.coverage + 0.3 * candidate.density + (candidate.coverage > 0 ? candidate.shape : 0);

const better = (a: Candidate, b: Candidate): number => total(b) - total(a) || a.rank - b.rank;

function bestSentence(passage: Passage, rank: number, query: Query, minQuoteChars: number): Candidate | null {
  const spans = splitSentences(passage.chunk.text);
  let best: Candidate | null = null;
  for (const [position, span] of spans.entries()) {
    const candidate = { passage, rank, start: span.start, end: span.end, ...scoreSpan(span, query) };
    if (best === null || better(candidate, best) < 0) {
      const next = spans[position + 1];
      if (span.end - span.start < minQuoteChars && next !== undefined) candidate.end = next.end;
      best = candidate;
    }
  }
  return best;
}

/** A window of `[start, end)` at most `maxChars` long around the first question term, cut at spaces. */
function window(
  text: string,
  start: number,
  end: number,
  query: readonly Term[],
  maxChars: number,
): [number, number] {
  if (end - start <= maxChars) return [start, end];
  const queryIndex = { words: new Set<string>(), numbers: new Set<string>() };
  for (const term of query) (term.kind === 'number' ? queryIndex.numbers : queryIndex.words).add(term.key);
  let focus = start;
  for (const match of text.slice(start, end).matchAll(/[\p{L}\p{N}][\p{L}\p{N}.,'’]*/gu)) {
    const [term] = contentTerms(match[0]);
    if (term !== undefined && indexHas(queryIndex, term)) {
      focus = start + match.index;
      break;
    }
  }
  let from = Math.max(start, focus - Math.floor(maxChars / 3));
  let to = Math.min(end, from + maxChars);
  from = Math.max(start, to - maxChars);
  if (from > start) from = text.indexOf(' ', from) + 1 || from;
  if (to < end) to = text.lastIndexOf(' ', to) > from ? text.lastIndexOf(' ', to) : to;
  return [from, to];
}

function pageSuffix(passage: Passage): string {
  if (passage.label) return passage.label;
  const { title, pageStart, pageEnd } = passage.chunk;
  if (pageStart === undefined) return title;
  const pages = pageEnd !== undefined && pageEnd !== pageStart ? `${pageStart}–${pageEnd}` : `${pageStart}`;
  return `${title}, p. ${pages}`;
}

export function extractiveAnswer(
  question: string,
  passages: readonly Passage[],
  options: ExtractiveOptions = {},
): ExtractiveAnswer {
  const { maxPassages = 3, maxQuoteChars = 400, minQuoteChars = 60, language = 'nl' } = options;
  const query = {
    terms: uniqueTerms(contentTerms(question)),
    wantsQuantity: quantityQuestion.test(foldAccents(question)),
  };
  const candidates = passages
    .map((passage, rank) => bestSentence(passage, rank, query, minQuoteChars))
    .filter((candidate): candidate is Candidate => candidate !== null);
  const withOverlap = candidates.filter((candidate) => candidate.coverage > 0);
  const chosen = (withOverlap.length > 0 ? withOverlap : candidates).sort(better).slice(0, maxPassages);

  const quotes: Quote[] = [];
  const lines: string[] = [];
  for (const candidate of chosen) {
    const { chunk, number } = candidate.passage;
    const [from, to] = window(chunk.text, candidate.start, candidate.end, query.terms, maxQuoteChars);
    const quoted = chunk.text.slice(from, to);
    quotes.push({
      number,
      chunkId: chunk.id,
      text: quoted,
      chunkStart: from,
      chunkEnd: to,
      documentStart: chunk.start + from,
      documentEnd: chunk.start + to,
    });
    const shown = `${from > candidate.start ? '…' : ''}${quoted.replace(/\s+/gu, ' ')}${to < candidate.end ? '…' : ''}`;
    lines.push(`- "${shown}" [${number}] (${pageSuffix(candidate.passage)})`);
  }
  const citations = chosen
    .map((candidate) => ({
      number: candidate.passage.number,
      chunkId: candidate.passage.chunk.id,
      supported: true,
      score: Math.round(candidate.coverage * 1000) / 1000,
    }))
    .sort((a, b) => a.number - b.number);
  return { text: [extractiveLabel[language], '', ...lines].join('\n'), citations, quotes };
}
