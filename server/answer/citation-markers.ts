/**
 * Citation markers as models write them: `[2]`, `[2, 3]`, `[2][3]`, `[1-3]`, `[bron 2]`.
 * Markdown links (`[tekst](url)`) and footnote-like text are left alone: only digits count.
 */

export interface CitationMarker {
  start: number;
  end: number;
  numbers: number[];
}

const item = String.raw`\d{1,3}(?:\s*[-–]\s*\d{1,3})?`;
const markerPattern = new RegExp(
  String.raw`\[\s*(?:(?:passages?|bron(?:nen)?|sources?)\s*)?(${item}(?:\s*[,;]\s*${item})*)\s*\](?!\()`,
  'giu',
);
/** A range wider than this is not a citation a model means (`[1990-2020]`). */
const maxRangeWidth = 10;

function expand(part: string): number[] {
  const [from, to] = part.split(/[-–]/).map((value) => Number.parseInt(value.trim(), 10));
  if (from === undefined || Number.isNaN(from)) return [];
  if (to === undefined || Number.isNaN(to)) return [from];
  if (to < from || to - from > maxRangeWidth) return [];
  return Array.from({ length: to - from + 1 }, (_, offset) => from + offset);
}

/** What may stand between two markers of one group: `[1], [3]`, `[1] en [3]`, `[1][3]`. */
const groupGlue = /^\s*(?:[,;]|en|and)?\s*$/u;

/** Markers in order; adjacent ones form one group, so rewriting never leaves a stray comma. */
export function findMarkers(text: string): CitationMarker[] {
  const markers: CitationMarker[] = [];
  for (const match of text.matchAll(markerPattern)) {
    const numbers = (match[1] ?? '').split(/[,;]/).flatMap(expand);
    if (numbers.length === 0) continue;
    const previous = markers.at(-1);
    const end = match.index + match[0].length;
    if (previous !== undefined && groupGlue.test(text.slice(previous.end, match.index))) {
      previous.end = end;
      previous.numbers = [...new Set([...previous.numbers, ...numbers])];
    } else {
      markers.push({ start: match.index, end, numbers: [...new Set(numbers)] });
    }
  }
  return markers;
}

/** The text with each marker replaced; an emptied marker also takes the spaces before it. */
export function rewriteMarkers(
  text: string,
  markers: readonly CitationMarker[],
  replace: (marker: CitationMarker) => string,
): string {
  let result = '';
  let position = 0;
  for (const marker of markers) {
    let before = text.slice(position, marker.start);
    const replacement = replace(marker);
    if (replacement === '') before = before.replace(/[ \t]+$/u, '');
    result += before + replacement;
    position = marker.end;
  }
  return result + text.slice(position);
}
