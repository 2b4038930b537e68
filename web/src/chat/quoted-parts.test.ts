import { describe, expect, it } from 'vitest';
import { quotedParts } from './quoted-parts.ts';

describe('quotedParts', () => {
  it('marks each verbatim quote and keeps the text around it', () => {
    expect(
      quotedParts('- "Een bewonersvergunning kost € 98,40 per jaar." ', [
        'Een bewonersvergunning kost € 98,40 per jaar.',
      ]),
    ).toEqual([
      { text: '- "', quoted: false },
      { text: 'Een bewonersvergunning kost € 98,40 per jaar.', quoted: true },
      { text: '" ', quoted: false },
    ]);
  });

  it('finds several quotes in order, the longer one where two start at the same place', () => {
    expect(quotedParts('A: "kort en lang" B: "ander"', ['kort', 'kort en lang', 'ander'])).toEqual([
      { text: 'A: "', quoted: false },
      { text: 'kort en lang', quoted: true },
      { text: '" B: "', quoted: false },
      { text: 'ander', quoted: true },
      { text: '"', quoted: false },
    ]);
  });

  it('leaves text without quotes whole, and ignores empty quotes', () => {
    expect(quotedParts('Without a language model.', ['', 'niet aanwezig'])).toEqual([
      { text: 'Without a language model.', quoted: false },
    ]);
    expect(quotedParts('', ['x'])).toEqual([]);
  });
});
