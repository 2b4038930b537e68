import { describe, expect, it } from 'vitest';
import { contextWindow } from './passage-context.ts';

describe('contextWindow', () => {
  const text =
    'Eerste zin over iets anders. Een bewonersvergunning kost € 98,40 per jaar. Daarna volgt meer tekst.';
  const start = text.indexOf('Een bewonersvergunning');
  const end = text.indexOf(' Daarna');

  it('returns the highlight exactly, with whole words around it', () => {
    const window = contextWindow(text, start, end, undefined, { contextChars: 12 });
    expect(window.highlight).toBe('Een bewonersvergunning kost € 98,40 per jaar.');
    expect(window.before.endsWith(' ')).toBe(true);
    expect(text.slice(0, start).endsWith(window.before)).toBe(true);
    // The window opens at a word start: the character before it is a space.
    expect(text[start - window.before.length - 1]).toBe(' ');
    expect(window.clippedStart).toBe(true);
    expect(window.clippedEnd).toBe(true);
    expect(window.after.startsWith(' Daarna')).toBe(true);
  });

  it('shows everything when the context reaches both ends', () => {
    const window = contextWindow(text, start, end, undefined, { contextChars: 1000 });
    expect(window.before + window.highlight + window.after).toBe(text);
    expect(window.clippedStart).toBe(false);
    expect(window.clippedEnd).toBe(false);
  });

  it('clamps offsets that fall outside the text', () => {
    const window = contextWindow('kort', 2, 99, undefined, { contextChars: 0 });
    expect(window.highlight).toBe('rt');
  });
});
