/** Seeded document generator and token counters shared by the chunking tests (no test framework imports). */
import type { TextBlock } from '../types.ts';

/** mulberry32: a tiny seeded generator, so a failing document can be rebuilt from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

export const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;
export const countCharacters = (text: string): number => text.length;
/** Like a model tokenizer: a fixed prefix cost, and a count that is not simply additive over pieces. */
export const countLikeModel = (text: string): number =>
  4 + Math.ceil(text.length / 4) + (text.match(/\n/g)?.length ?? 0);

/** Counts a joined text higher than the sum of its parts, as a tokenizer may where pieces meet. */
export const countSuperAdditive = (text: string): number => {
  const count = countWords(text);
  return count + Math.floor(count / 5);
};

const words = [
  'de', 'het', 'een', 'gemeente', 'Groningen', 'bestemmingsplan', 'omgevingsvergunning', 'wethouder', 'raad',
  'besluit', 'subsidie', 'aanvraag', 'inwoners', 'wijk', 'beleid', 'uitvoering', 'bijv.', 'o.a.', 'art.', 'nr.',
  'm.b.t.', 'lid', '2', '2024', 'Haren', 'Ten', 'Boer', 'jeugdzorg', 'WMO', 'e.d.', '😀', 'ca.', 'zgn.',
]; // prettier-ignore

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

export function sentence(random: () => number, length = 4 + Math.floor(random() * 20)): string {
  const body = Array.from({ length }, () => pick(random, words)).join(' ');
  return `${body.charAt(0).toUpperCase()}${body.slice(1)}${pick(random, ['.', '.', '.', '!', '?'])}`;
}

function paragraph(random: () => number): string {
  const count = random() < 0.15 ? 10 + Math.floor(random() * 30) : 1 + Math.floor(random() * 5);
  const sentences = Array.from({ length: count }, () => sentence(random));
  // PDF text often keeps the line breaks of the layout inside a paragraph.
  return sentences.join(random() < 0.3 ? '\n' : ' ');
}

export interface GeneratedDocument {
  seed: number;
  paged: boolean;
  blocks: TextBlock[];
}

/** A mixed document: nested headings with level jumps, paragraphs, list items, tables, odd blocks. */
export function generateDocument(seed: number): GeneratedDocument {
  const random = seededRandom(seed);
  const paged = random() < 0.5;
  const blocks: TextBlock[] = [];
  let page = 1;
  const count = Math.floor(random() * 40);
  for (let index = 0; index < count; index++) {
    if (paged && random() < 0.2) page += 1;
    const roll = random();
    let block: TextBlock;
    if (roll < 0.15) {
      block = {
        kind: 'heading',
        text: sentence(random, 1 + Math.floor(random() * 5)),
        level: 1 + Math.floor(random() * 4),
      };
    } else if (roll < 0.25) {
      block = { kind: 'list-item', text: `${index}. ${sentence(random)}` };
    } else if (roll < 0.32) {
      const rows = Array.from(
        { length: 2 + Math.floor(random() * 30) },
        () => `${sentence(random, 3)} | ${index}`,
      );
      block = { kind: 'table', text: rows.join('\n') };
    } else if (roll < 0.34) {
      block = { kind: 'paragraph', text: 'x'.repeat(200 + Math.floor(random() * 3000)) };
    } else if (roll < 0.36) {
      block = { kind: 'paragraph', text: random() < 0.5 ? '' : '  \n ' };
    } else {
      block = { kind: 'paragraph', text: paragraph(random) };
    }
    blocks.push(paged ? { ...block, page } : block);
  }
  return { seed, paged, blocks };
}
