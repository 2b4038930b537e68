/**
 * Lines of a PDF page from pdf.js text items, with the font size of each line. The text is put together the
 * way pdf-parse 2 did it (line breaks at end-of-line marks and at a jump in height, a tab between cells of
 * one line), so the text of documents read before stays the same; the font size is what it could not give.
 */

/** The fields of a pdf.js `TextItem` that lines are made of. */
export interface PdfTextItem {
  str: string;
  /** The text matrix: [a, b, c, d, x, y]. */
  transform: number[];
  width: number;
  /** The font size in page units. */
  height: number;
  hasEOL: boolean;
}

export interface PdfLine {
  text: string;
  /** The largest font size of the line's visible text; 0 for a line of white space. */
  height: number;
}

/** A new line starts where the baseline moves by more than this, in page units (pdf-parse's default). */
const lineThreshold = 4.6;
/** Within a line, a gap wider than this separates two cells of a table. */
const cellThreshold = 7;

/**
 * `toViewport` turns a PDF point into page coordinates (y downwards), as `PageViewport.convertToViewportPoint`
 * does at scale 1.
 */
export function assembleLines(
  items: readonly PdfTextItem[],
  toViewport: (x: number, y: number) => number[],
): PdfLine[] {
  const lines: PdfLine[] = [];
  let text = '';
  let height = 0;
  const append = (piece: string, pieceHeight: number) => {
    const parts = piece.split('\n');
    parts.forEach((part, index) => {
      if (index > 0) {
        lines.push({ text, height });
        text = '';
        height = 0;
      }
      text += part;
      if (part.trim() !== '') height = Math.max(height, pieceHeight);
    });
  };

  let lastX: number | undefined;
  let lastY: number | undefined;
  let lineHeight = 0;
  let endsWithNewline = false;
  for (const item of items) {
    const [x = 0, y = 0] = toViewport(item.transform[4] ?? 0, item.transform[5] ?? 0);
    let piece = item.str;
    if (lastY !== undefined && Math.abs(lastY - y) > lineThreshold) {
      const startsNewLine = piece.startsWith('\n') || (piece.trim() === '' && item.hasEOL);
      if (!endsWithNewline && !startsNewLine && Math.abs(lastY - y) - 1 > lineHeight) {
        append('\n', 0);
        lineHeight = 0;
      }
    }
    if (lastY !== undefined && Math.abs(lastY - y) < lineThreshold) {
      if (lastX !== undefined && Math.abs(lastX - x) > cellThreshold) piece = `\t${piece}`;
    }
    append(piece, item.height);
    endsWithNewline = piece.endsWith('\n');
    lastX = x + item.width;
    lastY = y;
    lineHeight = Math.max(lineHeight, item.height);
    if (item.hasEOL) {
      append('\n', 0);
      endsWithNewline = true;
    }
    if (item.hasEOL || piece.endsWith('\n')) lineHeight = 0;
  }
  lines.push({ text, height });
  return lines;
}
