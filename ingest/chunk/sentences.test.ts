import { describe, expect, it } from 'vitest';
import { lineSpans, sentenceSpans, wordSpans } from './sentences.ts';

const sentencesOf = (text: string): string[] =>
  sentenceSpans(text, 0, text.length).map((span) => text.slice(span.start, span.end));

describe('sentenceSpans', () => {
  it('splits at sentence ends and trims the spans', () => {
    expect(sentencesOf('  Eerste zin. Tweede zin! Derde zin? Vierde zin.  ')).toEqual([
      'Eerste zin.',
      'Tweede zin!',
      'Derde zin?',
      'Vierde zin.',
    ]);
  });

  it('does not end a sentence at Dutch abbreviations', () => {
    const text =
      'Dit geldt o.a. Groningen en Haren. Zie bijv. De Wijk en art. 3 lid 2. ' +
      'Het verzoek m.b.t. Ten Boer staat onder nr. 12. Volgens Dhr. Jansen en J. de Vries klopt dat. ' +
      'Ook i.v.m. Corona, enz. Klaar.';
    expect(sentencesOf(text)).toEqual([
      'Dit geldt o.a. Groningen en Haren.',
      'Zie bijv. De Wijk en art. 3 lid 2.',
      'Het verzoek m.b.t. Ten Boer staat onder nr. 12.',
      'Volgens Dhr. Jansen en J. de Vries klopt dat.',
      // "enz." can end a sentence, but gluing is the safe mistake: a longer sentence, never a broken one.
      'Ook i.v.m. Corona, enz. Klaar.',
    ]);
  });

  it('keeps an enumerator with the text it opens', () => {
    expect(sentencesOf('1. Inleiding van het plan. 2. Doel van het plan.')).toEqual([
      '1. Inleiding van het plan.',
      '2. Doel van het plan.',
    ]);
  });

  it('reads a paragraph wrapped over lines as one text, but breaks at a blank line', () => {
    expect(sentencesOf('De gemeente\nGroningen besluit\nvandaag. Daarna\n\nNieuwe alinea')).toEqual([
      'De gemeente\nGroningen besluit\nvandaag.',
      'Daarna',
      'Nieuwe alinea',
    ]);
  });

  it('returns spans of the whole text when given a range inside it', () => {
    const text = 'XXXX Een. Twee. YYYY';
    const spans = sentenceSpans(text, 5, 15);
    expect(spans).toEqual([
      { start: 5, end: 9 },
      { start: 10, end: 15 },
    ]);
  });

  it('returns nothing for blank text', () => {
    expect(sentencesOf(' \n\t ')).toEqual([]);
  });
});

describe('lineSpans and wordSpans', () => {
  it('finds table rows and words as trimmed spans', () => {
    const text = 'a | b \r\n\n c | d';
    expect(lineSpans(text, 0, text.length).map((span) => text.slice(span.start, span.end))).toEqual([
      'a | b',
      'c | d',
    ]);
    expect(wordSpans('  een  twee\ndrie ', 0, 17)).toEqual([
      { start: 2, end: 5 },
      { start: 7, end: 11 },
      { start: 12, end: 16 },
    ]);
  });
});
