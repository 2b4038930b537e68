/** A piece of answer text, and whether it is a verbatim quote from a document. */
export interface TextPart {
  text: string;
  quoted: boolean;
}

/**
 * Splits answer text into verbatim quotes from the documents and the rest, so the quotes can carry the
 * documents' language where the answer is in another (an extractive answer in the English interface quotes
 * Dutch passages). The earliest quote wins; of two at the same place, the longer.
 */
export function quotedParts(text: string, quotes: readonly string[]): TextPart[] {
  const parts: TextPart[] = [];
  const candidates = quotes.filter((quote) => quote.length > 0);
  let rest = text;
  for (;;) {
    let best: { index: number; length: number } | null = null;
    for (const quote of candidates) {
      const index = rest.indexOf(quote);
      if (index < 0) continue;
      if (best === null || index < best.index || (index === best.index && quote.length > best.length)) {
        best = { index, length: quote.length };
      }
    }
    if (best === null) break;
    if (best.index > 0) parts.push({ text: rest.slice(0, best.index), quoted: false });
    parts.push({ text: rest.slice(best.index, best.index + best.length), quoted: true });
    rest = rest.slice(best.index + best.length);
  }
  if (rest !== '') parts.push({ text: rest, quoted: false });
  return parts;
}
