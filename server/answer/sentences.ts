/**
 * Sentence spans of a text, by the platform's Unicode segmenter with two Dutch repairs:
 * no break after an abbreviation (`art. 4:81`, `nr. 12`) or a bare list number (`1. `),
 * and citation markers that follow the full stop (`... per jaar. [2]`) belong to the
 * sentence before them.
 */

export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

const abbreviations = new Set(
  `art artt nr nrs bijv bv blz pag p pp o.a m.b.t i.v.m t.a.v t.b.v jl jo enz etc ca max min incl excl resp
  z.s.m e.d vgl zgn dhr mevr mr dr ir ing drs prof sr jr st hfdst hst lid afd tel mln mld e.v d.w.z a.s
  no vs cf e.g i.e approx fig`
    .split(/\s+/)
    .filter(Boolean),
);

const leadingMarkers = /^\s*(?:\[[^\]\n]{1,40}\]\s*)+/u;
const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(locale: string): Intl.Segmenter {
  let found = segmenters.get(locale);
  if (found === undefined) {
    found = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, found);
  }
  return found;
}

function endsWithAbbreviation(text: string): boolean {
  const match = /(?:^|[\s(])([\p{L}.]+)\.\s*$/u.exec(text);
  if (match === null) return false;
  const word = (match[1] ?? '').toLowerCase();
  return abbreviations.has(word) || /^\p{L}$/u.test(word);
}

const isBareListNumber = (text: string): boolean => /^\s*\p{N}{1,2}[.)]\s*$/u.test(text);

export function splitSentences(text: string, locale = 'nl'): SentenceSpan[] {
  const spans: { start: number; end: number }[] = [];
  for (const { segment, index } of segmenter(locale).segment(text)) {
    const previous = spans.at(-1);
    const previousText = previous === undefined ? '' : text.slice(previous.start, previous.end);
    const continues =
      previous !== undefined &&
      (endsWithAbbreviation(previousText) || isBareListNumber(previousText) || /^\p{Ll}/u.test(segment));
    if (continues && !previousText.endsWith('\n')) {
      previous.end = index + segment.length;
      continue;
    }
    const markers = previous === undefined ? null : leadingMarkers.exec(segment);
    if (previous !== undefined && markers !== null) {
      previous.end = index + markers[0].length;
      spans.push({ start: index + markers[0].length, end: index + segment.length });
    } else {
      spans.push({ start: index, end: index + segment.length });
    }
  }
  return spans
    .map((span) => trimSpan(text, span))
    .filter((span) => span.text !== '')
    .filter((span) => /[\p{L}\p{N}]/u.test(span.text));
}

function trimSpan(text: string, span: { start: number; end: number }): SentenceSpan {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  return { start, end, text: text.slice(start, end) };
}
