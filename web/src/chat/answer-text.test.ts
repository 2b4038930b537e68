import { describe, expect, it } from 'vitest';
import { citedNumbers, parseAnswerText } from './answer-text.ts';

describe('parseAnswerText', () => {
  it('turns [n] and [n?] into markers and keeps everything else as text', () => {
    expect(parseAnswerText('Het kost € 98,40 [4]. Misschien meer [2?].')).toEqual([
      { kind: 'text', text: 'Het kost € 98,40 ' },
      { kind: 'marker', number: 4, flagged: false },
      { kind: 'text', text: '. Misschien meer ' },
      { kind: 'marker', number: 2, flagged: true },
      { kind: 'text', text: '.' },
    ]);
  });

  it('splits a group such as [2, 3] from the live preview into one marker per number', () => {
    expect(parseAnswerText('Zie [2, 3]')).toEqual([
      { kind: 'text', text: 'Zie ' },
      { kind: 'marker', number: 2, flagged: false },
      { kind: 'marker', number: 3, flagged: false },
    ]);
  });

  it('leaves Markdown links, images and HTML as literal text', () => {
    const text = '![x](https://evil.example/x.png) [1](https://evil.example) <img src=x onerror=alert(1)>';
    expect(parseAnswerText(text)).toEqual([{ kind: 'text', text }]);
  });
});

describe('citedNumbers', () => {
  it('lists each cited number once, in order of first appearance', () => {
    expect(citedNumbers('A [3]. B [1][3]. C [2?].')).toEqual([3, 1, 2]);
  });
});
