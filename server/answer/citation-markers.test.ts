import { describe, expect, it } from 'vitest';
import { findMarkers, rewriteMarkers } from './citation-markers.ts';

const numbersIn = (text: string): number[][] => findMarkers(text).map((marker) => marker.numbers);

describe('findMarkers', () => {
  it('reads the forms models write', () => {
    expect(numbersIn('a [2] b [2, 3] c [bron 4] d [1-3] e [Passage 5]')).toEqual([
      [2],
      [2, 3],
      [4],
      [1, 2, 3],
      [5],
    ]);
  });

  it('groups adjacent markers', () => {
    expect(numbersIn('zie [1], [3] en [4]. Ook [2][2].')).toEqual([[1, 3, 4], [2]]);
  });

  it('ignores links, years in brackets and wide ranges', () => {
    expect(numbersIn('[1](https://example.org) [1990-2020] [tekst]')).toEqual([]);
  });
});

describe('rewriteMarkers', () => {
  it('removes an emptied marker with the space before it', () => {
    const text = 'Het kost € 98,40 [7]. Zie ook [1].';
    const result = rewriteMarkers(text, findMarkers(text), (marker) =>
      marker.numbers.includes(7) ? '' : `[${marker.numbers.join('][')}]`,
    );
    expect(result).toBe('Het kost € 98,40. Zie ook [1].');
  });
});
