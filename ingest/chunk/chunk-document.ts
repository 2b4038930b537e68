import type { Chunk, PlacedBlock, TextBlock } from '../types.ts';
import { resolveChunkOptions, type ChunkOptions, type ChunkSettings } from './options.ts';
import { placeBlocks } from './place-blocks.ts';
import { sectionsOf, type Section } from './sections.ts';
import { trimSpan } from './sentences.ts';
import { splitBlock } from './split-block.ts';
import { createTokenMeter, type TokenMeter } from './token-meter.ts';

/**
 * How full a chunk must be (share of maxTokens) before it ends at a page break. PDF paragraphs often run on to
 * the next page, so a chunk that has room keeps going (and records both pages); one that is already half full
 * ends at the page, which keeps most citations to a single page without leaving many small chunks.
 */
const pageBreakFill = 0.5;

/** A span of the document text that is packed whole: a block, or a sentence (or cut) of an oversized block. */
interface Piece {
  start: number;
  end: number;
  /** Tokens this piece adds to a passage (see TokenMeter.cost). */
  cost: number;
  /** Index of the placed block it comes from. */
  block: number;
  heading: boolean;
}

interface Draft {
  start: number;
  end: number;
  tokenCount: number;
  firstBlock: number;
  lastBlock: number;
}

interface Context {
  text: string;
  placed: PlacedBlock[];
  meter: TokenMeter;
  settings: ChunkSettings;
}

/**
 * Cuts a document into chunks sized in model tokens, each a contiguous slice of the document text
 * (`text.slice(chunk.start, chunk.end) === chunk.text`). Each block and each sentence of a split block is counted
 * once; a chunk's estimate is their sum, and only the finished chunk is counted again.
 */
export function chunkDocument(blocks: TextBlock[], options: ChunkOptions): { text: string; chunks: Chunk[] } {
  const settings = resolveChunkOptions(options);
  const { text, placed } = placeBlocks(blocks);
  const context: Context = {
    text,
    placed,
    settings,
    meter: createTokenMeter(settings.countTokens, settings.maxTokens),
  };
  const chunks: Chunk[] = [];
  for (const section of sectionsOf(placed)) {
    const drafts = mergeTinyTail(context, packSection(context, piecesOf(context, section)));
    for (const draft of drafts) chunks.push(toChunk(context, draft, chunks.length));
  }
  return { text, chunks };
}

function piecesOf({ text, placed, meter }: Context, section: Section): Piece[] {
  const pieces: Piece[] = [];
  let estimate = 0;
  for (const index of section.blocks) {
    const block = placed[index]!;
    const heading = block.kind === 'heading';
    const whole = trimSpan(text, block.start, block.end);
    const cost = meter.cost(text.slice(whole.start, whole.end));
    let room = meter.budget;
    // Split the first paragraph if that is what it takes for the heading to open the chunk it introduces.
    if (index === section.firstContent && pieces.length > 0 && estimate <= meter.budget / 2) {
      room =
        meter.budget -
        meter.safety -
        estimate -
        meter.gapCost(text.slice(pieces[pieces.length - 1]!.end, whole.start));
    }
    const spans = cost <= room ? [{ ...whole, cost }] : splitBlock(text, whole, block.kind, meter);
    for (const span of spans) {
      const previous = pieces[pieces.length - 1];
      estimate += span.cost + (previous ? meter.gapCost(text.slice(previous.end, span.start)) : 0);
      pieces.push({ ...span, block: index, heading });
    }
  }
  return pieces;
}

function packSection(context: Context, pieces: Piece[]): Draft[] {
  const { text, meter } = context;
  const limit = meter.maxTokens - meter.safety;
  const drafts: Draft[] = [];
  let first = 0;
  let lastTaken = -1;
  while (first < pieces.length) {
    let last = first;
    let estimate = meter.overhead + pieces[first]!.cost;
    let onlyHeadings = pieces[first]!.heading;
    while (last + 1 < pieces.length) {
      const next = pieces[last + 1]!;
      const added = gapCost(context, pieces[last]!, next) + next.cost;
      const fullEnoughForPageEnd = !onlyHeadings && estimate >= pageBreakFill * meter.maxTokens;
      if (estimate + added > limit || (fullEnoughForPageEnd && pageTurns(context, pieces[last]!, next)))
        break;
      estimate += added;
      onlyHeadings &&= next.heading;
      last++;
    }
    let tokenCount = meter.count(text.slice(pieces[first]!.start, pieces[last]!.end));
    while (tokenCount > meter.maxTokens && last > first) {
      last--;
      tokenCount = meter.count(text.slice(pieces[first]!.start, pieces[last]!.end));
    }
    if (last <= lastTaken) {
      // The carried-over sentences left no room for new text after all: start afresh without them.
      first = lastTaken + 1;
      continue;
    }
    drafts.push({
      start: pieces[first]!.start,
      end: pieces[last]!.end,
      tokenCount,
      firstBlock: pieces[first]!.block,
      lastBlock: pieces[last]!.block,
    });
    lastTaken = last;
    first = overlapStart(context, pieces, first, last);
  }
  return drafts;
}

/**
 * Where the next chunk starts: right after this one, or, inside a split block, a few whole sentences back so
 * a thought cut at the boundary is whole on one side. Never back to this chunk's first piece, so chunks advance.
 */
function overlapStart(context: Context, pieces: Piece[], first: number, last: number): number {
  const { meter, settings } = context;
  const next = last + 1;
  const block = pieces[last]!.block;
  if (next >= pieces.length || pieces[next]!.block !== block) return next;
  let start = next;
  let carried = 0;
  while (start - 1 > first && pieces[start - 1]!.block === block) {
    const added = pieces[start - 1]!.cost + gapCost(context, pieces[start - 1]!, pieces[start]!);
    // "Roughly": a sentence a little over the target still carries over rather than none at all.
    if (carried >= settings.overlapTokens || carried + added > settings.overlapTokens * 1.5) break;
    carried += added;
    start--;
  }
  const room = meter.maxTokens - meter.safety - meter.overhead - pieces[next]!.cost;
  while (start < next && carried + gapCost(context, pieces[next - 1]!, pieces[next]!) > room) {
    carried -= pieces[start]!.cost + gapCost(context, pieces[start]!, pieces[start + 1]!);
    start++;
  }
  return start;
}

/** Folds a small last chunk of a section into the one before it, when the two still fit one chunk. */
function mergeTinyTail({ text, meter, settings }: Context, drafts: Draft[]): Draft[] {
  const tail = drafts[drafts.length - 1];
  const previous = drafts[drafts.length - 2];
  if (!tail || !previous || tail.tokenCount >= settings.minTokens) return drafts;
  const tokenCount = meter.count(text.slice(previous.start, tail.end));
  if (tokenCount > meter.maxTokens) return drafts;
  const merged = { ...previous, end: tail.end, tokenCount, lastBlock: tail.lastBlock };
  return [...drafts.slice(0, -2), merged];
}

function toChunk({ text, placed }: Context, draft: Draft, ordinal: number): Chunk {
  let pageStart: number | undefined;
  let pageEnd: number | undefined;
  for (let index = draft.firstBlock; index <= draft.lastBlock; index++) {
    const { page, text: blockText } = placed[index]!;
    // A blank block between two others has no text in the chunk, so its page does not count either.
    if (page === undefined || blockText.trim() === '') continue;
    pageStart = Math.min(pageStart ?? page, page);
    pageEnd = Math.max(pageEnd ?? page, page);
  }
  return {
    ordinal,
    text: text.slice(draft.start, draft.end),
    start: draft.start,
    end: draft.end,
    pageStart,
    pageEnd,
    // Text after the headings shares one path; a chunk of headings only (a run too long for one chunk, or a
    // heading without text) takes the path of its last heading.
    headingPath: [...placed[draft.lastBlock]!.headingPath],
    tokenCount: draft.tokenCount,
  };
}

function gapCost({ text, meter }: Context, before: Piece, after: Piece): number {
  return meter.gapCost(text.slice(before.end, after.start));
}

function pageTurns({ placed }: Context, before: Piece, after: Piece): boolean {
  const from = placed[before.block]!.page;
  const to = placed[after.block]!.page;
  return from !== undefined && to !== undefined && from !== to;
}
