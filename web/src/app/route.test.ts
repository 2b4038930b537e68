import { describe, expect, it } from 'vitest';
import { documentViewUrl, parseRoute } from './route.ts';

describe('parseRoute', () => {
  it('reads a document view with the passage to highlight and the page', () => {
    expect(parseRoute('/document/0123456789abcdef01234567', '?van=10&tot=42&pagina=3')).toEqual({
      name: 'document',
      documentId: '0123456789abcdef01234567',
      highlight: { start: 10, end: 42 },
      page: 3,
    });
  });

  it('ignores offsets that make no range, and unknown paths', () => {
    expect(parseRoute('/document/0123456789abcdef01234567', '?van=42&tot=10')).toMatchObject({
      highlight: null,
    });
    expect(parseRoute('/document/0123456789abcdef01234567', '?van=abc&tot=10')).toMatchObject({
      highlight: null,
    });
    expect(parseRoute('/document/../../etc', '')).toEqual({ name: 'chat' });
    expect(parseRoute('/', '')).toEqual({ name: 'chat' });
  });

  it('round-trips with documentViewUrl', () => {
    const url = new URL(
      documentViewUrl('0123456789abcdef01234567', { start: 5, end: 9 }, 2),
      'http://localhost',
    );
    expect(parseRoute(url.pathname, url.search)).toEqual({
      name: 'document',
      documentId: '0123456789abcdef01234567',
      highlight: { start: 5, end: 9 },
      page: 2,
    });
  });
});
