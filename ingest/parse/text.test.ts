import { describe, expect, it } from 'vitest';
import { parseHtml } from './html.ts';
import { parseText } from './text.ts';

describe('parseText', () => {
  it('splits paragraphs on blank lines and joins wrapped lines', () => {
    expect(parseText('Eerste regel\ngaat door.\r\n  \r\nTweede\talinea.\n\n\n')).toMatchObject({
      ok: true,
      value: {
        format: 'text',
        blocks: [
          { kind: 'paragraph', text: 'Eerste regel gaat door.' },
          { kind: 'paragraph', text: 'Tweede alinea.' },
        ],
      },
    });
  });

  it('skips whitespace-only text', () => {
    expect(parseText(' \n\n\t ')).toEqual({
      ok: false,
      reason: { status: 'skipped', reason: 'geen tekst gevonden' },
    });
  });
});

describe('parseHtml', () => {
  it('takes the title from <title>, else from the first h1', () => {
    expect(parseHtml('<title> Pagina </title><h1>Kop</h1><p>x</p>')).toMatchObject({
      value: { title: 'Pagina' },
    });
    expect(parseHtml('<h2>Sub</h2><h1>Kop</h1>')).toMatchObject({ value: { title: 'Kop' } });
  });

  it('skips a page whose only text is in scripts', () => {
    expect(parseHtml('<html><body><script>var a = "tekst";</script></body></html>')).toMatchObject({
      ok: false,
      reason: { status: 'skipped' },
    });
  });
});
