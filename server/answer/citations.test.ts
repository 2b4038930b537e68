import { describe, expect, it } from 'vitest';
import { parkingPassages } from '../../tests/support/passages.ts';
import { checkCitations } from './citations.ts';

const passages = parkingPassages();
const check = (answer: string) => checkCitations(answer, passages);

describe('checkCitations', () => {
  it('accepts sentences that the cited passage states, in other inflections too', () => {
    const result = check(
      'Een bewonersvergunning kost € 98,40 per jaar [1]. Voor een tweede bewonersvergunning betaalt u € 196,80 [1]. ' +
        'In gebied A krijgt u één bewonersvergunning per adres, in de andere gebieden maximaal twee vergunningen [2].',
    );
    expect(result.citations.map((citation) => citation.number)).toEqual([1, 2]);
    expect(result.citations.every((citation) => citation.supported && citation.score >= 0.6)).toBe(true);
    expect(result.flagged).toEqual([]);
    expect(result.text).toContain('€ 98,40 per jaar [1].');
  });

  it('removes a citation of a passage that does not exist', () => {
    const result = check('Een bewonersvergunning kost € 98,40 per jaar [7].');
    expect(result.invalid).toEqual([7]);
    expect(result.citations).toEqual([]);
    expect(result.text).toBe('Een bewonersvergunning kost € 98,40 per jaar.');
  });

  it('flags a sentence whose amount is not in the cited passage', () => {
    const result = check('Een bewonersvergunning kost € 120 per jaar [1].');
    expect(result.citations).toEqual([]);
    expect(result.flagged).toEqual([
      expect.objectContaining({ number: 1, reason: expect.stringContaining('120') as unknown }),
    ]);
    expect(result.text).toBe('Een bewonersvergunning kost € 120 per jaar [1?].');
  });

  it('flags a citation of a passage about something else', () => {
    const result = check('Een laadpaal vraagt u aan via het digitale loket [1].');
    expect(result.citations).toEqual([]);
    expect(result.flagged[0]?.reason).toMatch(/inhoudswoorden/);
    expect(result.sentences[0]?.coverage).toBeLessThan(0.6);
  });

  it('flags a claim that only shares the subject with the passage', () => {
    expect(check('Een bewonersvergunning is gratis [1].').citations).toEqual([]);
  });

  it('keeps the passage that backs a sentence and flags the one that adds nothing', () => {
    const result = check('De eerste bewonersvergunning kost € 98,40 per jaar [1, 3].');
    expect(result.citations.map((citation) => citation.number)).toEqual([1]);
    expect(result.flagged.map((flag) => flag.number)).toEqual([3]);
    expect(result.text).toBe('De eerste bewonersvergunning kost € 98,40 per jaar [1][3?].');
  });

  it('lets a trailing list of sources keep backed passages and drop the rest', () => {
    const result = check('Een bewonersvergunning kost € 98,40 per jaar. [1]\n\nBronnen: [1], [3]');
    expect(result.citations.map((citation) => citation.number)).toEqual([1]);
    expect(result.flagged).toEqual([]);
    expect(result.text).toBe('Een bewonersvergunning kost € 98,40 per jaar. [1]\n\nBronnen: [1]');
  });

  it('finds no citations in an answer without markers', () => {
    const result = check('Een bewonersvergunning kost € 98,40 per jaar.');
    expect(result.citations).toEqual([]);
    expect(result.sentences[0]?.cited).toEqual([]);
  });
});
