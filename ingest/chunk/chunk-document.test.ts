import { describe, expect, it } from 'vitest';
import type { Chunk, TextBlock } from '../types.ts';
import { chunkDocument, defaultChunkOptions, estimateTokens } from './index.ts';
import {
  countCharacters,
  countLikeModel,
  countSuperAdditive,
  countWords,
  seededRandom,
  sentence,
} from './test-documents.ts';

const heading = (text: string, level: number): TextBlock => ({ kind: 'heading', text, level });
const paragraph = (text: string, page?: number): TextBlock => ({ kind: 'paragraph', text, page });
const wordsOf = (count: number, word = 'woord'): string =>
  Array.from({ length: count }, () => word).join(' ');

function expectExact(text: string, chunks: Chunk[]): void {
  for (const chunk of chunks) expect(text.slice(chunk.start, chunk.end)).toBe(chunk.text);
}

describe('chunkDocument: basics', () => {
  it('gives no chunks for an empty or blank document', () => {
    expect(chunkDocument([], { countTokens: countWords })).toEqual({ text: '', chunks: [] });
    const blank = chunkDocument([paragraph(''), paragraph('  \n ')], { countTokens: countWords });
    expect(blank.chunks).toEqual([]);
    expect(blank.text).toBe('\n\n  \n ');
  });

  it('packs small blocks into one chunk with exact offsets and the separators inside', () => {
    const blocks = [
      paragraph('Eerste alinea.'),
      { kind: 'list-item', text: '- punt' } as TextBlock,
      paragraph('Slot.'),
    ];
    const { text, chunks } = chunkDocument(blocks, { countTokens: countWords });
    expect(chunks).toEqual([
      {
        ordinal: 0,
        text: 'Eerste alinea.\n\n- punt\n\nSlot.',
        start: 0,
        end: text.length,
        pageStart: undefined,
        pageEnd: undefined,
        headingPath: [],
        tokenCount: 5,
      },
    ]);
  });

  it('uses 256/40/40 as defaults', () => {
    expect(defaultChunkOptions).toEqual({ maxTokens: 256, overlapTokens: 40, minTokens: 40 });
    const { chunks } = chunkDocument([paragraph(wordsOf(1000))], { countTokens: countWords });
    expect(Math.max(...chunks.map((chunk) => chunk.tokenCount))).toBeLessThanOrEqual(256);
    expect(Math.max(...chunks.map((chunk) => chunk.tokenCount))).toBeGreaterThan(200);
  });

  it('scales overlap and minimum with a maxTokens given without them', () => {
    const long = Array.from({ length: 30 }, (_, index) => `Zin ${index} gaat over het beleid.`).join(' ');
    const { chunks } = chunkDocument([paragraph(long)], { countTokens: countWords, maxTokens: 64 });
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks[1]!.start).toBeLessThan(chunks[0]!.end);
  });

  it('rejects options that leave no room for text', () => {
    expect(() =>
      chunkDocument([paragraph('a')], { countTokens: (text) => 10 + text.length, maxTokens: 10 }),
    ).toThrow(RangeError);
    expect(() => chunkDocument([], { countTokens: countWords, maxTokens: 100, overlapTokens: 60 })).toThrow(
      RangeError,
    );
  });

  it('is deterministic', () => {
    const random = seededRandom(7);
    const blocks = Array.from({ length: 50 }, (_, index) =>
      index % 7 === 0
        ? heading(sentence(random, 3), 1 + (index % 3))
        : paragraph(sentence(random), 1 + index / 10),
    );
    const options = { countTokens: countLikeModel, maxTokens: 60, overlapTokens: 9 };
    expect(chunkDocument(blocks, options)).toEqual(chunkDocument(blocks, options));
  });
});

describe('chunkDocument: headings', () => {
  const blocks = [
    paragraph('Voorwoord zonder kop.'),
    heading('1 Beleid', 1),
    heading('1.1 Doelen', 2),
    paragraph('Doelen van het beleid.'),
    heading('1.2 Middelen', 2),
    paragraph('Geld en mensen.'),
    heading('1.2.1 Leeg', 3),
    heading('2 Uitvoering', 1),
    paragraph('Zo gaan we het doen.'),
  ];

  it('starts a chunk at every heading and puts the heading at its start', () => {
    const { text, chunks } = chunkDocument(blocks, { countTokens: countWords });
    expectExact(text, chunks);
    expect(chunks.map((chunk) => chunk.text)).toEqual([
      'Voorwoord zonder kop.',
      // A chapter title followed directly by its first section title stays with it.
      '1 Beleid\n\n1.1 Doelen\n\nDoelen van het beleid.',
      '1.2 Middelen\n\nGeld en mensen.',
      // A heading with no text of its own is not glued to the next chapter.
      '1.2.1 Leeg',
      '2 Uitvoering\n\nZo gaan we het doen.',
    ]);
    expect(chunks.map((chunk) => chunk.headingPath)).toEqual([
      [],
      ['1 Beleid', '1.1 Doelen'],
      ['1 Beleid', '1.2 Middelen'],
      ['1 Beleid', '1.2 Middelen', '1.2.1 Leeg'],
      ['2 Uitvoering'],
    ]);
    expect(chunks.map((chunk) => chunk.ordinal)).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps the heading at the start of its chunk even when the first paragraph is too long to join it', () => {
    const { text, chunks } = chunkDocument(
      [
        heading('Kop', 1),
        paragraph(Array.from({ length: 8 }, (_, index) => `Zin ${index} is hier.`).join(' ')),
      ],
      { countTokens: countWords, maxTokens: 20, overlapTokens: 0, minTokens: 0 },
    );
    expectExact(text, chunks);
    expect(chunks[0]!.text.startsWith('Kop\n\nZin 0 is hier.')).toBe(true);
    expect(chunks.every((chunk) => chunk.tokenCount <= 20)).toBe(true);
  });

  it('splits a first paragraph that fits a chunk alone but not after its heading', () => {
    const body = 'Een twee drie vier vijf. Zes zeven acht negen tien. Elf twaalf dertien veertien vijftien.';
    const { chunks } = chunkDocument([heading('Kop van de sectie', 1), paragraph(body)], {
      countTokens: countWords,
      maxTokens: 16,
      overlapTokens: 0,
      minTokens: 0,
    });
    expect(chunks.map((chunk) => chunk.text)).toEqual([
      'Kop van de sectie\n\nEen twee drie vier vijf. Zes zeven acht negen tien.',
      'Elf twaalf dertien veertien vijftien.',
    ]);
  });

  it('never carries overlap or merges a tail across a heading', () => {
    const long = Array.from({ length: 12 }, (_, index) => `Zin ${index} gaat over beleid.`).join(' ');
    const { chunks } = chunkDocument(
      [heading('A', 1), paragraph(long), heading('B', 1), paragraph('Kort.')],
      {
        countTokens: countWords,
        maxTokens: 30,
        overlapTokens: 10,
        minTokens: 10,
      },
    );
    const last = chunks[chunks.length - 1]!;
    expect(last.text).toBe('B\n\nKort.');
    expect(last.headingPath).toEqual(['B']);
    expect(chunks[chunks.length - 2]!.end).toBeLessThan(last.start);
  });
});

describe('chunkDocument: pages', () => {
  it('lets a chunk with room run on to the next page and records both pages', () => {
    const { chunks } = chunkDocument([paragraph(wordsOf(10), 1), paragraph(wordsOf(10), 2)], {
      countTokens: countWords,
      maxTokens: 100,
    });
    expect(chunks).toHaveLength(1);
    expect([chunks[0]!.pageStart, chunks[0]!.pageEnd]).toEqual([1, 2]);
  });

  it('ends a chunk that is already half full at a page break', () => {
    const { chunks } = chunkDocument(
      [
        paragraph(wordsOf(30), 1),
        paragraph(wordsOf(25), 1),
        paragraph(wordsOf(30), 2),
        paragraph(wordsOf(20), 3),
      ],
      { countTokens: countWords, maxTokens: 100, minTokens: 0 },
    );
    expect(chunks.map((chunk) => [chunk.pageStart, chunk.pageEnd])).toEqual([
      [1, 1],
      [2, 3],
    ]);
    expect(chunks.map((chunk) => chunk.tokenCount)).toEqual([55, 50]);
  });

  it('folds a tiny last piece on the next page into the chunk before it', () => {
    const { chunks } = chunkDocument([paragraph(wordsOf(60), 1), paragraph('Einde van de tekst.', 2)], {
      countTokens: countWords,
      maxTokens: 100,
      minTokens: 10,
    });
    expect(chunks).toHaveLength(1);
    expect(chunks[0]).toMatchObject({ pageStart: 1, pageEnd: 2, tokenCount: 64, ordinal: 0 });
  });

  it('leaves a tiny last chunk alone when merging would pass maxTokens', () => {
    const { chunks } = chunkDocument([paragraph(wordsOf(98), 1), paragraph('Einde van de tekst.', 1)], {
      countTokens: countWords,
      maxTokens: 100,
      minTokens: 10,
    });
    expect(chunks.map((chunk) => chunk.tokenCount)).toEqual([98, 4]);
  });
});

describe('chunkDocument: long blocks', () => {
  const sentences = Array.from(
    { length: 40 },
    (_, index) => `Volgens art. ${index} geldt bijv. o.a. Groningen m.b.t. nr. ${index} zin ${index} hier.`,
  );
  const long = sentences.join(' ');

  it('splits at sentence ends, never after a Dutch abbreviation, and carries whole sentences over', () => {
    const { text, chunks } = chunkDocument([paragraph(long)], {
      countTokens: countWords,
      maxTokens: 50,
      overlapTokens: 12,
      minTokens: 0,
    });
    expectExact(text, chunks);
    expect(chunks.length).toBeGreaterThan(5);
    for (const chunk of chunks) {
      expect(chunk.tokenCount).toBeLessThanOrEqual(50);
      expect(chunk.text.startsWith('Volgens art.')).toBe(true);
      expect(chunk.text.endsWith(' hier.')).toBe(true);
    }
    for (let index = 1; index < chunks.length; index++) {
      const previous = chunks[index - 1]!;
      const current = chunks[index]!;
      // Overlap: the last sentence of a chunk opens the next one.
      expect(current.start).toBeLessThan(previous.end);
      expect(previous.text.endsWith(text.slice(current.start, previous.end))).toBe(true);
      expect(countWords(text.slice(current.start, previous.end))).toBeLessThanOrEqual(18);
    }
    expect(chunks[chunks.length - 1]!.end).toBe(text.length);
  });

  it('carries nothing over when overlap is off', () => {
    const { chunks } = chunkDocument([paragraph(long)], {
      countTokens: countWords,
      maxTokens: 50,
      overlapTokens: 0,
      minTokens: 0,
    });
    for (let index = 1; index < chunks.length; index++) {
      expect(chunks[index]!.start).toBeGreaterThan(chunks[index - 1]!.end);
    }
  });

  it('cuts a sentence too long for a chunk between words', () => {
    const { text, chunks } = chunkDocument([paragraph(wordsOf(500))], {
      countTokens: countWords,
      maxTokens: 64,
      overlapTokens: 0,
      minTokens: 0,
    });
    expectExact(text, chunks);
    const counts = chunks.map((chunk) => chunk.tokenCount);
    // Full runs, less the small safety margin kept free when summing per-word counts.
    expect(counts.slice(0, -1).every((count) => count >= 60 && count <= 64)).toBe(true);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(500);
  });

  it('cuts a giant unbroken string by characters', () => {
    const giant = 'x'.repeat(5000);
    const { text, chunks } = chunkDocument([paragraph(`Begin. ${giant} Einde.`)], {
      countTokens: countCharacters,
      maxTokens: 300,
      overlapTokens: 0,
      minTokens: 0,
    });
    expectExact(text, chunks);
    expect(chunks.every((chunk) => chunk.tokenCount <= 300)).toBe(true);
    const covered = chunks.map((chunk) => chunk.text.replace(/\s/g, '')).join('');
    expect(covered === `Begin.${giant}Einde.`).toBe(true);
    expect(chunks.length).toBeGreaterThanOrEqual(17);
  });

  it('cuts a giant string without splitting a surrogate pair, with a model-like counter', () => {
    const giant = '😀'.repeat(3000);
    const { text, chunks } = chunkDocument([paragraph(giant)], {
      countTokens: countLikeModel,
      maxTokens: 100,
    });
    expectExact(text, chunks);
    expect(chunks.map((chunk) => chunk.text).join('') === giant).toBe(true);
    for (const chunk of chunks) {
      expect(chunk.tokenCount).toBeLessThanOrEqual(100);
      expect(chunk.text.length % 2).toBe(0);
    }
  });

  it('splits a long table at rows', () => {
    const rows = Array.from({ length: 60 }, (_, index) => `Post ${index} | € ${index * 100}`);
    const { chunks } = chunkDocument([{ kind: 'table', text: rows.join('\n') }], {
      countTokens: countWords,
      maxTokens: 40,
      overlapTokens: 0,
      minTokens: 0,
    });
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) {
      expect(chunk.text.startsWith('Post ')).toBe(true);
      expect(chunk.tokenCount).toBeLessThanOrEqual(40);
    }
  });

  it('counts a model-like tokenizer with a prefix cost into every chunk', () => {
    const { chunks } = chunkDocument([paragraph(long)], { countTokens: countLikeModel, maxTokens: 80 });
    for (const chunk of chunks) {
      expect(chunk.tokenCount).toBe(countLikeModel(chunk.text));
      expect(chunk.tokenCount).toBeLessThanOrEqual(80);
    }
  });
});

describe('chunkDocument: counters that do not add up', () => {
  it('re-counts each finished chunk and drops pieces until it fits', () => {
    const blocks = Array.from({ length: 40 }, (_, index) => paragraph(`Korte alinea nummer ${index}.`));
    const { chunks } = chunkDocument(blocks, {
      countTokens: countSuperAdditive,
      maxTokens: 50,
      minTokens: 0,
    });
    for (const chunk of chunks) {
      expect(chunk.tokenCount).toBe(countSuperAdditive(chunk.text));
      expect(chunk.tokenCount).toBeLessThanOrEqual(50);
    }
    // The sum of parts (4 words each) would have allowed 11 paragraphs; the real count allows fewer.
    expect(chunks[0]!.text.split('\n\n').length).toBeLessThan(11);
    expect(chunks[0]!.tokenCount).toBeGreaterThan(40);
  });
});

describe('chunkDocument: cost', () => {
  it('calls countTokens a number of times linear in blocks and sentences, not in their square', () => {
    const random = seededRandom(3);
    const blocks = Array.from({ length: 2000 }, (_, index) =>
      index % 25 === 0
        ? heading(sentence(random, 4), 1)
        : paragraph(sentence(random), 1 + Math.floor(index / 20)),
    );
    let calls = 0;
    const { chunks } = chunkDocument(blocks, {
      countTokens: (text) => {
        calls++;
        return estimateTokens(text);
      },
    });
    // One count per block and one per finished chunk, plus a few for separators and tail merges.
    expect(calls).toBeLessThanOrEqual(blocks.length + 2 * chunks.length + 10);
  });
});
