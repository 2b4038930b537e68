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
