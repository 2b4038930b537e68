/**
 * Sentences of Dutch text, for the chunker (a block too long for one chunk is cut between sentences) and
 * for the answer checks (each answer sentence is checked against the passages it cites; the extractive
 * answer quotes the best sentence). ICU's sentence rules do the work (quotes, ellipses, `art. 3`), with
 * Dutch repairs: no break after an abbreviation followed by a capital (`Dhr. Jansen`), after a list
 * enumerator (`1. `) or before a lowercase word, and citation markers written after the full stop
 * (`... per jaar. [2]`) belong to the sentence before them.
 */
/** A range of the text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

export interface SentenceSpan extends Span {
  text: string;
}

export interface SentenceOptions {
  /** The range of `text` to split; the spans stay offsets into the whole text. Default: all of it. */
  start?: number;
  end?: number;
  /**
   * `hard` (default): every line break ends a sentence, as in a list written one item a line.
   * `wrapped`: a single line break is a line wrapped inside a paragraph (text from a PDF); only a blank line
   * ends a sentence by itself.
   */
  lineBreaks?: 'hard' | 'wrapped';
  /** Keep spans without a letter or digit (`—`, `* * *`); a chunker must not lose them. Default false. */
  keepWordless?: boolean;
  /**
   * A sentence that starts with a lowercase letter continues the one before (ICU breaks after `?` and `!`
   * whatever follows). Default true. The chunker turns it off: its chunks were measured without it, and on
   * all-lowercase text (two of the eval corpora) it would glue whole paragraphs of questions together.
   */
  joinLowercaseStart?: boolean;
}

/**
 * Abbreviations that end in a dot but rarely end a sentence (lower case, without the final dot). Those with
 * inner dots (o.a., m.b.t., i.v.m., t.a.v., d.w.z.) are recognised by their shape instead. Words that double
 * as abbreviations (`al`, `zo`, `do`, `lid`) are left out: `het eerste lid.` ends many a legal sentence, and
 * gluing two sentences makes a check or a chunk worse than leaving one abbreviation unrepaired.
 */
const abbreviationsWithDot: ReadonlySet<string> = new Set([
  'aanw', 'afb', 'afd', 'approx', 'apr', 'art', 'artt', 'aug', 'bijl', 'bijv', 'blz', 'bv', 'ca', 'cf', 'dec',
  'dhr', 'dr', 'drs', 'enz', 'etc', 'evt', 'excl', 'feb', 'febr', 'fig', 'gem', 'hfdst', 'hfst', 'hst', 'incl',
  'ing', 'ir', 'jan', 'jl', 'jo', 'jr', 'jul', 'jun', 'max', 'min', 'mln', 'mld', 'mr', 'mrd', 'mrt', 'mevr',
  'mw', 'no', 'nov', 'nr', 'nrs', 'okt', 'ong', 'pag', 'par', 'pp', 'prof', 'resp', 'sept', 'sr', 'st',
  'stb', 'stcrt', 'tab', 'tel', 'trb', 'vgl', 'vnl', 'vs', 'zgn',
]); // prettier-ignore

const segmenter = new Intl.Segmenter('nl', { granularity: 'sentence' });

/** Lets a paragraph that a PDF wrapped over several lines read as one; blank lines still break. */
const singleLineBreak = /(?<![\r\n])\r?\n(?![\r\n])/g;
const leadingMarkers = /^(?:\[[^\]\n]{1,40}\]\s*)+/u;
const dottedAbbreviation = /^(?:\p{L}{1,3}\.){2,}$/u;
/** An initial (`J. de Vries`) or an enumerator (`1.`, `2.3.`, `b.`, `iv.`) that opens a list item. */
const initialOrEnumerator = /^(?:\p{L}|\d+(?:\.\d+)*|[ivxlc]+)\.$/iu;

export function splitSentences(text: string, options: SentenceOptions = {}): SentenceSpan[] {
  const start = options.start ?? 0;
  const end = options.end ?? text.length;
  const joinLowercaseStart = options.joinLowercaseStart ?? true;
  let part = text.slice(start, end);
  if (options.lineBreaks === 'wrapped') {
    part = part.replace(singleLineBreak, (lineBreak) => ' '.repeat(lineBreak.length));
  }
  const spans: Span[] = [];
  let glueNext = false;
  for (const segment of segmenter.segment(part)) {
    const span = trimSpan(text, start + segment.index, start + segment.index + segment.segment.length);
    if (span.end === span.start) continue;
    const previous = spans.at(-1);
    const opened =
      previous === undefined || /[\r\n]/.test(part.slice(previous.end - start, span.start - start));
    const segmentText = text.slice(span.start, span.end);
    const lowercaseStart = joinLowercaseStart && /^\p{Ll}/u.test(segmentText);
    if (previous !== undefined && !opened && (glueNext || lowercaseStart)) {
      previous.end = span.end;
      glueNext = endsWithAbbreviation(segmentText, false);
      continue;
    }
    const markers = previous === undefined ? null : leadingMarkers.exec(segmentText);
    if (previous !== undefined && markers !== null) {
      previous.end = span.start + markers[0].trimEnd().length;
      span.start += markers[0].length;
      if (span.start === span.end) {
        glueNext = false;
        continue;
      }
    }
    spans.push(span);
    glueNext = endsWithAbbreviation(text.slice(span.start, span.end), true);
  }
  const sentences = spans.map((span) => ({ ...span, text: text.slice(span.start, span.end) }));
  return options.keepWordless ? sentences : sentences.filter((span) => /[\p{L}\p{N}]/u.test(span.text));
}

/** `opensSpan`: an enumerator only opens a list item at the start of a sentence; `nr. 12.` ends one. */
function endsWithAbbreviation(sentence: string, opensSpan: boolean): boolean {
  if (!sentence.endsWith('.')) return false;
  const words = sentence.split(/\s+/);
  const lastWord = (words.at(-1) ?? '').replace(/^[("'‘“[]+/u, '');
  if (dottedAbbreviation.test(lastWord)) return true;
  if (opensSpan && words.length === 1 && initialOrEnumerator.test(lastWord)) return true;
  if (/^\p{Lu}\.$/u.test(lastWord)) return true;
  return abbreviationsWithDot.has(lastWord.slice(0, -1).toLowerCase());
}

export function trimSpan(text: string, start: number, end: number): Span {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  return { start: from, end: to };
}
