import { describe, expect, it } from 'vitest';
import { corpusEntryHtml, fileNameFor } from './corpus-files.ts';

describe('fileNameFor', () => {
  it('keeps safe ids and hashes the rest', () => {
    expect(fileNameFor('DOC0001')).toBe('DOC0001.html');
    expect(fileNameFor('vac-b98b7797')).toBe('vac-b98b7797.html');
    const unsafe = fileNameFor('woo/1 a');
    expect(unsafe).toMatch(/^woo_1_a-[0-9a-f]{12}\.html$/);
    expect(fileNameFor('.verborgen')).not.toMatch(/^\./);
    expect(fileNameFor('a/b')).not.toBe(fileNameFor('a:b'));
  });
});

describe('corpusEntryHtml', () => {
  it('escapes the text and gives the title as title and first heading', () => {
    const html = corpusEntryHtml({
      id: 'x',
      title: 'Wet <A> & B',
      text: 'eerste *alinea*\n\n1. tweede < derde',
    });
    expect(html).toContain('<title>Wet &lt;A&gt; &amp; B</title>');
    expect(html).toContain('<h1>Wet &lt;A&gt; &amp; B</h1>');
    expect(html).toContain('<p>eerste *alinea*</p>\n<p>1. tweede &lt; derde</p>');
  });

  it('leaves out title and heading when there is no title', () => {
    expect(corpusEntryHtml({ id: 'x', title: '', text: 'tekst' })).not.toMatch(/<title>|<h1>/);
  });
});
