import { describe, expect, it } from 'vitest';
import { closestGap, gapTerms } from './gap-grouping.ts';

describe('gap grouping', () => {
  it('reduces a question to its content words', () => {
    expect(gapTerms('Wat kost een bewonersvergunning?')).toEqual(['bewonersvergunning', 'kost']);
    expect(gapTerms('Hoeveel kóst een Bewonersvergunning')).toEqual(['bewonersvergunning', 'kost']);
    expect(gapTerms('Wie?')).toEqual(['"wie"']);
    expect(gapTerms('?!')).toEqual([]);
  });

  it('joins near-duplicates and keeps different questions apart', () => {
    const gaps = [
      { id: 'kosten', terms: gapTerms('Wat kost een bewonersvergunning?') },
      { id: 'laadpaal', terms: gapTerms('Hoe vraag ik een laadpaal aan?') },
    ];
    expect(closestGap(gapTerms('Hoeveel kost een bewonersvergunning in 2026?'), gaps)?.id).toBe('kosten');
    expect(closestGap(gapTerms('Waar vraag ik een laadpaal aan?'), gaps)?.id).toBe('laadpaal');
    expect(closestGap(gapTerms('Wat kost een laadpaal?'), gaps)).toBeNull();
    expect(closestGap([], gaps)).toBeNull();
  });
});
