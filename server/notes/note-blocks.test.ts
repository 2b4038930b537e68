import { describe, expect, it } from 'vitest';
import { noteBlocks } from './note-blocks.ts';

describe('noteBlocks', () => {
  it('keeps headings and list items, and reduces inline Markdown to words', () => {
    const blocks = noteBlocks(
      'Storingen',
      '## Wie bel je?\n\nBel **de storingsdienst** via [het loket](https://x.nl) &amp; mail.\n\n- eerst het loket\n  - dan de dienst\n\n| wie | nummer |\n|---|---|\n| loket | 14 050 |',
    );
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Storingen' },
      { kind: 'heading', level: 2, text: 'Wie bel je?' },
      { kind: 'paragraph', text: 'Bel de storingsdienst via het loket & mail.' },
      { kind: 'list-item', text: 'eerst het loket' },
      { kind: 'list-item', text: 'dan de dienst' },
      { kind: 'table', text: 'wie | nummer\nloket | 14 050' },
    ]);
  });

  it('leaves no raw HTML, scripts or images in the searchable text', () => {
    const blocks = noteBlocks(
      'T',
      'Tekst <b>vet</b> ![plaatje](x.png)\n\n<div>blok <script>weg()</script> zichtbaar</div>',
    );
    expect(blocks.slice(1)).toEqual([
      { kind: 'paragraph', text: 'Tekst vet' },
      { kind: 'paragraph', text: 'blok zichtbaar' },
    ]);
  });
});
