import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Chunk, PlacedBlock, TextBlock } from '../types.ts';
import { chunkDocument, estimateTokens, placeBlocks } from './index.ts';
import {
  countCharacters,
  countLikeModel,
  countSuperAdditive,
  countWords,
  generateDocument,
} from './test-documents.ts';

const counters = {
  words: countWords,
  characters: countCharacters,
  'model-like': countLikeModel,
  estimate: estimateTokens,
  'super-additive': countSuperAdditive,
};

const optionSets = [
  { maxTokens: 256, overlapTokens: 40, minTokens: 40 },
  { maxTokens: 64, overlapTokens: 10, minTokens: 12 },
  { maxTokens: 30, overlapTokens: 0, minTokens: 0 },
];

const seeds = Array.from({ length: 80 }, (_, index) => index + 1);

interface Settings {
  countTokens: (text: string) => number;
  maxTokens: number;
  overlapTokens: number;
  minTokens: number;
}

/** Every broken invariant of one chunked document, as readable lines (collected: one expect per document). */
function violations(blocks: TextBlock[], settings: Settings): string[] {
  const { text, chunks } = chunkDocument(blocks, settings);
  const visible = placeBlocks(blocks).placed.filter((block) => block.text.trim() !== '');
  const headingStarts = new Set(
    visible.filter((block) => block.kind === 'heading').map((block) => block.start),
  );
  const found: string[] = [];
  const check = (holds: boolean, message: string): void => {
    if (!holds) found.push(message);
  };
  const inside = (chunk: Chunk): PlacedBlock[] =>
    visible.filter((block) => block.start < chunk.end && block.end > chunk.start);

  check(text === blocks.map((block) => block.text).join('\n\n'), 'text is the blocks joined by a blank line');
  let covered = 0;
  chunks.forEach((chunk, index) => {
    const at = `chunk ${index}`;
    check(chunk.ordinal === index, `${at}: ordinal`);
    check(text.slice(chunk.start, chunk.end) === chunk.text, `${at}: text is not the slice at its offsets`);
    check(chunk.text.trim() !== '', `${at}: blank`);
    check(
      chunk.tokenCount === settings.countTokens(chunk.text),
      `${at}: tokenCount is not the count of its text`,
    );
    check(chunk.tokenCount <= settings.maxTokens, `${at}: ${chunk.tokenCount} tokens`);

    // Headings only open a chunk; the text after them shares one heading path, the chunk's.
    const blocksInside = inside(chunk);
    const firstContent = blocksInside.findIndex((block) => block.kind !== 'heading');
    const content = firstContent === -1 ? [] : blocksInside.slice(firstContent);
    check(!content.some((block) => block.kind === 'heading'), `${at}: crosses a heading`);
    const path = (content[0] ?? blocksInside[blocksInside.length - 1])?.headingPath;
    check(
      isDeepStrictEqual(chunk.headingPath, path),
      `${at}: heading path ${JSON.stringify(chunk.headingPath)}`,
    );
    check(
      content.every((block) => isDeepStrictEqual(block.headingPath, path)),
      `${at}: text under different headings`,
    );

    const pages = blocksInside.flatMap((block) => (block.page === undefined ? [] : [block.page]));
    const pageRange = pages.length > 0 ? [Math.min(...pages), Math.max(...pages)] : [undefined, undefined];
    check(isDeepStrictEqual([chunk.pageStart, chunk.pageEnd], pageRange), `${at}: pages ${chunk.pageStart}`);

    const previous = chunks[index - 1];
    if (previous) {
      check(chunk.start > previous.start && chunk.end > previous.end, `${at}: does not advance`);
      if (chunk.start < previous.end) {
        // Overlap stays inside one paragraph-like block.
        const shared = inside({ ...chunk, end: previous.end });
        check(shared.length === 1 && shared[0]!.kind !== 'heading', `${at}: overlap crosses blocks`);
        check(settings.overlapTokens > 0, `${at}: overlap while overlap is off`);
      }
    }

    // A small last chunk of a section is only left alone when it could not be merged.
    const next = chunks[index + 1];
    const endsSection = !next || headingStarts.has(next.start);
    if (previous && endsSection && !headingStarts.has(chunk.start) && chunk.tokenCount < settings.minTokens) {
      const merged = settings.countTokens(text.slice(previous.start, chunk.end));
      check(merged > settings.maxTokens, `${at}: tiny tail not merged`);
    }

    check(text.slice(covered, chunk.start).trim() === '', `${at}: text before it is in no chunk`);
    covered = Math.max(covered, chunk.end);
  });
  check(text.slice(covered).trim() === '', 'text after the last chunk is in no chunk');
  check(isDeepStrictEqual(chunkDocument(blocks, settings), { text, chunks }), 'not deterministic');
  return found;
}

describe.each(Object.entries(counters))(
  'chunk invariants over generated documents (%s counter)',
  (_, count) => {
    it.each(optionSets)(
      'hold with maxTokens $maxTokens, overlap $overlapTokens, min $minTokens',
      (options) => {
        let chunked = 0;
        for (const seed of seeds) {
          const { blocks } = generateDocument(seed);
          expect(violations(blocks, { countTokens: count, ...options }), `seed ${seed}`).toEqual([]);
          if (blocks.some((block) => block.text.trim() !== '')) chunked++;
        }
        expect(chunked).toBeGreaterThan(seeds.length / 2);
      },
    );
  },
);

describe('the document generator', () => {
  it('covers the cases the invariants are meant for', () => {
    const documents = seeds.map(generateDocument);
    const all = documents.flatMap((document) => document.blocks);
    expect(documents.some((document) => document.paged)).toBe(true);
    expect(documents.some((document) => !document.paged)).toBe(true);
    expect(documents.some((document) => document.blocks.length === 0)).toBe(true);
    expect(all.some((block) => block.kind === 'table')).toBe(true);
    expect(all.some((block) => block.kind === 'list-item')).toBe(true);
    expect(all.some((block) => block.text.trim() === '')).toBe(true);
    expect(all.some((block) => /x{1000}/.test(block.text))).toBe(true);
    expect(all.some((block) => countWords(block.text) > 300)).toBe(true);
    expect(new Set(all.map((block) => block.level).filter(Boolean)).size).toBe(4);
  });
});
