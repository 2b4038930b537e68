import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';

const texts = (text: string): string[] => splitSentences(text).map((span) => span.text);

describe('splitSentences', () => {
  it('splits plain sentences and keeps offsets into the text', () => {
    const text = 'Een vergunning kost € 98,40. Een tweede kost € 196,80.';
    const spans = splitSentences(text);
    expect(spans.map((span) => span.text)).toEqual([
      'Een vergunning kost € 98,40.',
      'Een tweede kost € 196,80.',
    ]);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('does not break after Dutch abbreviations', () => {
    expect(texts('Zie art. 4:81 Awb en o.a. hoofdstuk 3. Daarna volgt meer.')).toEqual([
      'Zie art. 4:81 Awb en o.a. hoofdstuk 3.',
      'Daarna volgt meer.',
    ]);
  });

  it('gives a citation written after the full stop to the sentence before it', () => {
    expect(texts('Het tarief is € 98,40. [1] Een tweede kost het dubbele. [1][2]')).toEqual([
      'Het tarief is € 98,40. [1]',
      'Een tweede kost het dubbele. [1][2]',
    ]);
  });

  it('treats list items as sentences and keeps a list number with its item', () => {
    expect(texts('Voorwaarden:\n1. U woont in het gebied [1]\n2. De auto staat op uw naam [1]')).toEqual([
      'Voorwaarden:',
      '1. U woont in het gebied [1]',
      '2. De auto staat op uw naam [1]',
    ]);
  });
});

describe('splitSentences: one rule for the answer checks and the chunker', () => {
  it('glues abbreviations of both former lists, but not words that end legal sentences', () => {
    expect(texts('Ingetrokken bij Stb. 2014, 442. Zie Hfdst. 3 en Jan. 2024. Verder.')).toEqual([
      'Ingetrokken bij Stb. 2014, 442.',
      'Zie Hfdst. 3 en Jan. 2024.',
      'Verder.',
    ]);
    expect(
      texts('Zoals bedoeld in het eerste lid. Het college beslist binnen het tweede lid, onder a. Daarna.'),
    ).toEqual([
      'Zoals bedoeld in het eerste lid.',
      'Het college beslist binnen het tweede lid, onder a.',
      'Daarna.',
    ]);
  });

  it('continues a sentence that starts in lowercase, unless told not to', () => {
    const text = 'Komt u er niet uit? dan kunt u bellen.';
    expect(texts(text)).toEqual([text]);
    expect(splitSentences(text, { joinLowercaseStart: false }).map((span) => span.text)).toEqual([
      'Komt u er niet uit?',
      'dan kunt u bellen.',
    ]);
  });

  it('ends a sentence at every line break, or only at a blank line when lines are wrapped', () => {
    const text = 'De gemeente\nbesluit vandaag\n\nNieuwe alinea';
    expect(texts(text)).toEqual(['De gemeente', 'besluit vandaag', 'Nieuwe alinea']);
    expect(splitSentences(text, { lineBreaks: 'wrapped' }).map((span) => span.text)).toEqual([
      'De gemeente\nbesluit vandaag',
      'Nieuwe alinea',
    ]);
  });

  it('drops spans without words unless asked to keep them', () => {
    const text = 'Eerste zin.\n* * *\nTweede zin.';
    expect(texts(text)).toEqual(['Eerste zin.', 'Tweede zin.']);
    expect(splitSentences(text, { keepWordless: true }).map((span) => span.text)).toEqual([
      'Eerste zin.',
      '* * *',
      'Tweede zin.',
    ]);
  });
});
