import { describe, expect, it } from 'vitest';
import { fromMarkdownFile, toMarkdownFile } from './front-matter.ts';

const note = {
  id: '0b8f5d0e-8f7e-4a53-9f57-0a4c1d7f0c11',
  title: 'Titel met "aanhalingstekens" en: dubbele punt',
  topic: 'Parkeren',
  author: 'Anna de Vries',
  version: 7,
  published: new Date('2026-03-02T10:00:00Z'),
  reviewDate: '2027-01-01',
  accessGroups: ['handhaving', 'mobiliteit'],
  relatedDocuments: [{ id: '0123456789abcdef01234567', title: 'Beleid: parkeren' }],
  body: '## Kop\n\n---\n\nTekst met een scheidingslijn.',
};

describe('Markdown files with front matter', () => {
  it('round-trips every field, quotes and separators in the body included', () => {
    const file = toMarkdownFile(note);
    expect(file.startsWith('---\nid: "0b8f5d0e-8f7e-4a53-9f57-0a4c1d7f0c11"\n')).toBe(true);
    const parsed = fromMarkdownFile('notitie.md', file);
    expect(parsed).toEqual({
      ok: true,
      value: {
        originalId: note.id,
        fields: {
          title: note.title,
          topic: 'Parkeren',
          authorName: 'Anna de Vries',
          reviewDate: '2027-01-01',
          accessGroups: ['handhaving', 'mobiliteit'],
          relatedDocumentIds: ['0123456789abcdef01234567'],
          body: '## Kop\n\n---\n\nTekst met een scheidingslijn.\n',
        },
      },
    });
  });

  it('reads hand-written YAML scalars and flow lists', () => {
    const parsed = fromMarkdownFile(
      'x.md',
      "---\ntitle: Gewone titel\nauthor: 'Jan'\naccessGroups: [handhaving, 'mobiliteit']\nreviewDate: ~\n---\nTekst",
    );
    expect(parsed.ok && parsed.value.fields).toEqual({
      title: 'Gewone titel',
      authorName: 'Jan',
      accessGroups: ['handhaving', 'mobiliteit'],
      reviewDate: null,
      body: 'Tekst',
    });
  });

  it('takes the title from the first heading or the file name when there is no front matter', () => {
    expect(fromMarkdownFile('a.md', 'Intro\n\n# De kop\n\nTekst')).toMatchObject({
      ok: true,
      value: { fields: { title: 'De kop' } },
    });
    expect(fromMarkdownFile('wie-bel-ik.md', 'Alleen tekst')).toMatchObject({
      ok: true,
      value: { fields: { title: 'wie bel ik' } },
    });
  });

  it('says what is wrong with a bad file, as a code with its values', () => {
    expect(fromMarkdownFile('x.md', '---\ntopic: Fiets\n---\nTekst')).toEqual({
      ok: false,
      reason: { code: 'title_missing' },
    });
    expect(fromMarkdownFile('x.md', '---\ntitle: A\nzomaar een regel\n---\n')).toEqual({
      ok: false,
      reason: { code: 'line_without_key', line: 'zomaar een regel' },
    });
    expect(fromMarkdownFile('x.md', '---\ntitle: A\naccessGroups: handhaving\n---\n')).toEqual({
      ok: false,
      reason: { code: 'not_a_list', field: 'accessGroups' },
    });
    expect(fromMarkdownFile('x.md', 'bin\u0000air')).toEqual({ ok: false, reason: { code: 'not_text' } });
  });
});
