import { describe, expect, it } from 'vitest';
import { parkingPassages, passagesOf } from '../../tests/support/passages.ts';
import { dontKnowText, extractiveAnswer, extractiveLabel } from './extractive.ts';

describe('extractiveAnswer', () => {
  it('quotes the sentence that answers the question, labelled and cited with page', () => {
    const passages = parkingPassages();
    const answer = extractiveAnswer('Wat kost een bewonersvergunning?', passages);
    expect(answer.text.startsWith(extractiveLabel.nl)).toBe(true);
    const firstLine = answer.text.split('\n')[2] ?? '';
    expect(firstLine).toContain('"Een bewonersvergunning kost € 98,40 per jaar.');
    expect(firstLine).toContain('[1] (Beleidsregels parkeervergunningen Groningen 2025, p. 3)');
    // The unrelated charging-point passage shares no term with the question.
    expect(answer.citations.map((citation) => citation.number)).toEqual([1, 2]);
    expect(answer.text).not.toContain('laadpaal');
  });

  it('keeps every quote verbatim with offsets into chunk and document', () => {
    const passages = parkingPassages();
    const answer = extractiveAnswer('Wat kost een bewonersvergunning?', passages);
    for (const quote of answer.quotes) {
      const chunk = passages[quote.number - 1]?.chunk;
      expect(chunk?.text.slice(quote.chunkStart, quote.chunkEnd)).toBe(quote.text);
      expect(quote.documentStart - quote.chunkStart).toBe(chunk?.start);
    }
    expect(answer.quotes[0]?.documentStart).toBe(5200);
  });

  it('cuts a very long sentence to a window around the question term', () => {
    const filler = 'een lange opsomming van straten en pleinen zonder punt '.repeat(20);
    const passages = passagesOf({ text: `${filler}waar de ontheffing voor venters geldt ${filler}` });
    const answer = extractiveAnswer('Waar geldt de ontheffing voor venters?', passages, {
      maxQuoteChars: 200,
    });
    const quote = answer.quotes[0];
    expect(quote?.text.length).toBeLessThanOrEqual(200);
    expect(quote?.text).toContain('ontheffing voor venters');
    expect(answer.text).toContain('…');
  });

  it('honours maxPassages and falls back to first sentences when nothing overlaps', () => {
    const passages = parkingPassages();
    const answer = extractiveAnswer('Hoe laat gaat het zwembad open?', passages, { maxPassages: 1 });
    expect(answer.quotes).toHaveLength(1);
    expect(answer.citations[0]?.score).toBe(0);
  });

  it('writes the English label for English questions', () => {
    const answer = extractiveAnswer('What does a bewonersvergunning cost?', parkingPassages(), {
      language: 'en',
    });
    expect(answer.text.startsWith('Without a language model')).toBe(true);
  });
});

describe('dontKnowText', () => {
  it('says so and why', () => {
    expect(dontKnowText('Geen passages gevonden.')).toBe('Ik weet het niet. Geen passages gevonden.');
    expect(dontKnowText('No passages.', 'en')).toBe("I don't know. No passages.");
  });
});
