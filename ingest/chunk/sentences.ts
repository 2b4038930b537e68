/** A range of the document text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Dutch abbreviations that end in a dot but rarely end a sentence (lower case, without the final dot).
 * Abbreviations with inner dots (o.a., m.b.t., i.v.m., t.a.v., d.w.z.) are recognised by their shape instead.
 * Common words that double as abbreviations ("al", "zo", "do") are left out: a missed split only makes a
 * sentence longer, a wrong one would glue two sentences together.
 */
const dutchAbbreviations = new Set([
  'aanw', 'afb', 'afd', 'apr', 'art', 'artt', 'aug', 'bijl', 'bijv', 'blz', 'bv', 'ca', 'dec', 'dhr', 'dr', 'drs',
  'enz', 'etc', 'evt', 'excl', 'feb', 'febr', 'fig', 'gem', 'hfst', 'hst', 'incl', 'ing', 'ir', 'jan', 'jl', 'jo',
  'jr', 'jul', 'jun', 'max', 'min', 'mln', 'mld', 'mr', 'mrd', 'mrt', 'mevr', 'mw', 'nov', 'nr', 'nrs', 'okt',
  'ong', 'pag', 'par', 'prof', 'resp', 'sept', 'sr', 'st', 'stb', 'stcrt', 'tab', 'tel', 'trb', 'vgl', 'vnl', 'vs',
  'zgn',
]); // prettier-ignore

const dottedAbbreviation = /^(?:\p{L}{1,3}\.){2,}$/u;
/** An initial ("J. de Vries") or an enumerator ("1.", "2.3.", "b.", "iv.") that opens a list item. */
const initialOrEnumerator = /^(?:\p{L}|\d+(?:\.\d+)*|[ivxlc]+)\.$/iu;

const segmenter = new Intl.Segmenter('nl', { granularity: 'sentence' });

/** Lets a paragraph that a PDF wrapped over several lines read as one; blank lines still break. */
const singleLineBreak = /(?<![\r\n])\r?\n(?![\r\n])/g;

/**
 * Sentences of `text.slice(start, end)`, trimmed, as spans of `text`.
 * ICU's sentence rules do the work (quotes, ellipses, "art. 3"); Dutch abbreviations followed by a capital,
 * which ICU would split after, are glued back.
 */
export function sentenceSpans(text: string, start: number, end: number): Span[] {
  const masked = text.slice(start, end).replace(singleLineBreak, (lineBreak) => ' '.repeat(lineBreak.length));
  const spans: Span[] = [];
  let glueNext = false;
  for (const segment of segmenter.segment(masked)) {
    const span = trimSpan(text, start + segment.index, start + segment.index + segment.segment.length);
    if (span.end === span.start) continue;
    const previous = spans[spans.length - 1];
    const continues = glueNext && previous !== undefined;
    if (continues) previous.end = span.end;
    else spans.push(span);
    glueNext = endsWithAbbreviation(text.slice(span.start, span.end), !continues);
  }
  return spans;
}

/** Lines of a table block: a row is the natural unit to split a long table at. */
export function lineSpans(text: string, start: number, end: number): Span[] {
  return matchSpans(text, start, end, /[^\r\n]+/g);
}

/** Runs of non-space characters, for a sentence too long to keep whole. */
export function wordSpans(text: string, start: number, end: number): Span[] {
  return matchSpans(text, start, end, /\S+/g);
}

export function trimSpan(text: string, start: number, end: number): Span {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  return { start: from, end: to };
}

function matchSpans(text: string, start: number, end: number, pattern: RegExp): Span[] {
  const spans: Span[] = [];
  for (const match of text.slice(start, end).matchAll(pattern)) {
    const span = trimSpan(text, start + match.index, start + match.index + match[0].length);
    if (span.end > span.start) spans.push(span);
  }
  return spans;
}

/** `opensSpan`: an enumerator only opens a list item at the start of a sentence; "nr. 12." ends one. */
function endsWithAbbreviation(sentence: string, opensSpan: boolean): boolean {
  if (!sentence.endsWith('.')) return false;
  const words = sentence.split(/\s+/);
  const lastWord = (words[words.length - 1] ?? '').replace(/^[("'‘“[]+/u, '');
  if (dottedAbbreviation.test(lastWord)) return true;
  if (opensSpan && words.length === 1 && initialOrEnumerator.test(lastWord)) return true;
  if (/^\p{Lu}\.$/u.test(lastWord)) return true;
  return dutchAbbreviations.has(lastWord.slice(0, -1).toLowerCase());
}
