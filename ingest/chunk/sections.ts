import type { PlacedBlock } from '../types.ts';
import { headingLevel } from './place-blocks.ts';

/** Blocks under one heading (or a run of ever deeper headings), up to the next heading. */
export interface Section {
  /** Indexes into the placed blocks; blank blocks are left out. */
  blocks: number[];
  /** Index of the first block that is not a heading, or -1. */
  firstContent: number;
}

/**
 * Groups blocks so that no chunk crosses a heading. A heading directly followed by a deeper one (a chapter title
 * and its first paragraph title) stays with it, so neither becomes a chunk of a few words; a heading followed
 * by one at the same or a higher level had no text of its own and stands alone.
 */
export function sectionsOf(placed: PlacedBlock[]): Section[] {
  const sections: Section[] = [];
  let current: Section | undefined;
  let lastHeadingLevel = 0;
  placed.forEach((block, index) => {
    if (block.text.trim() === '') return;
    const isHeading = block.kind === 'heading';
    const level = headingLevel(block.level);
    const joinsRun = current !== undefined && current.firstContent === -1 && level > lastHeadingLevel;
    if (current === undefined || (isHeading && !joinsRun)) {
      current = { blocks: [], firstContent: -1 };
      sections.push(current);
    }
    current.blocks.push(index);
    if (isHeading) {
      lastHeadingLevel = level;
    } else if (current.firstContent === -1) {
      current.firstContent = index;
    }
  });
  return sections;
}
