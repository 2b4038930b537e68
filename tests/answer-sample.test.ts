/**
 * The extractive answer on real extracted text: the sample corpus is ingested (lexical only,
 * no model), and the cost question is answered from the parking policy PDF with a verbatim,
 * highlightable quote and its page. Retrieval is not under test here: every chunk is offered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChunkRecord } from '../ingest/types.ts';
import { answerQuestion, type AnswerEvent, type AnswerOutcome } from '../server/answer/index.ts';
import { folderSource, openHarness, type Harness } from './support/ingest-harness.ts';
import { makeTempDir, sampleDir } from './support/paths.ts';

describe('extractive answer over the sample corpus', () => {
  let work: { dir: string; remove: () => Promise<void> };
  let harness: Harness;
  let chunks: ChunkRecord[];

  beforeAll(async () => {
    work = await makeTempDir('answer-sample');
    harness = await openHarness(work.dir);
    const summary = await harness.ingest([folderSource('voorbeeld', sampleDir)]);
    expect(summary.job.status).toBe('completed');
    chunks = await harness.store.listChunks();
  });

  afterAll(async () => {
    await harness?.close();
    await work?.remove();
  });

  it('quotes the parking policy PDF on the cost of a resident permit, with document and page', async () => {
    const passages = chunks.map((chunk, index) => ({ number: index + 1, chunk }));
    const flow = answerQuestion({
      question: 'Wat kost een bewonersvergunning?',
      passages,
      relevant: true,
      model: null,
    });
    const events: AnswerEvent[] = [];
    let outcome: AnswerOutcome;
    for (;;) {
      const step = await flow.next();
      if (step.done) {
        outcome = step.value;
        break;
      }
      events.push(step.value);
    }
    expect(outcome.status).toBe('extractive');
    expect(outcome.text.split('\n')[0]).toBe(
      'Zonder taalmodel: dit zijn letterlijke passages uit de bronnen.',
    );
    const [first] = outcome.quotes;
    expect(first?.text).toMatch(/Een bewonersvergunning kost € 98,40 per jaar/);
    const cited = passages[(first?.number ?? 0) - 1]?.chunk;
    expect(cited?.relativePath).toBe('beleidsregels-parkeervergunningen-2025.pdf');
    expect(cited?.pageStart).toBeGreaterThanOrEqual(1);
    expect(outcome.text).toContain(
      `[${first?.number}] (Beleidsregels parkeervergunningen Groningen 2025, p. ${cited?.pageStart}`,
    );
    expect(events.some((event) => event.type === 'citation' && event.chunkId === cited?.id)).toBe(true);

    // The quote can be highlighted: its offsets point at the same text in the stored document.
    const document = await harness.store.getDocument(cited?.documentId ?? '');
    expect(document?.text.slice(first?.documentStart, first?.documentEnd)).toBe(first?.text);
  });
});
