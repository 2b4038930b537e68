import type { PlacedBlock, TextBlock } from '../types.ts';

/** What separates blocks in a document's extracted text. */
export const blockSeparator = '\n\n';

interface OpenHeading {
  level: number;
  title: string;
}

/**
 * Lays the blocks out as one text (joined by a blank line) and gives each its offsets and the headings above it.
 * Every block is placed, blank ones included, so offsets always match the joined text.
 */
export function placeBlocks(blocks: TextBlock[]): { text: string; placed: PlacedBlock[] } {
  const placed: PlacedBlock[] = [];
  const open: OpenHeading[] = [];
  let offset = 0;
  for (const block of blocks) {
    if (placed.length > 0) offset += blockSeparator.length;
    const start = offset;
    offset += block.text.length;
    const title = block.kind === 'heading' ? normaliseTitle(block.text) : '';
    if (title !== '') {
      const level = headingLevel(block.level);
      while (open.length > 0 && open[open.length - 1]!.level >= level) open.pop();
      open.push({ level, title });
    }
    placed.push({ ...block, start, end: offset, headingPath: open.map((heading) => heading.title) });
  }
  return { text: blocks.map((block) => block.text).join(blockSeparator), placed };
}

/** Parsers that detect a heading but not its level (some PDFs) get a top-level one. */
export function headingLevel(level: number | undefined): number {
  if (level === undefined || !Number.isFinite(level)) return 1;
  return Math.min(6, Math.max(1, Math.round(level)));
}

/** Titles are shown in the heading path; line breaks from PDF layout do not belong there. */
function normaliseTitle(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
