import { describe, expect, it } from 'vitest';
import { describeFrontMatterFailure, describeNoteWriteFailure } from './failure-text.ts';
import { fromMarkdownFile } from './front-matter.ts';

const reasonOf = (content: string): string => {
  const parsed = fromMarkdownFile('x.md', content);
  return parsed.ok ? '' : describeFrontMatterFailure(parsed.reason);
};

describe('describeFrontMatterFailure', () => {
  it('says what is wrong with a bad file', () => {
    expect(reasonOf('---\ntopic: Fiets\n---\nTekst')).toBe('front matter: de titel (title) ontbreekt');
    expect(reasonOf('---\ntitle: A\nzomaar een regel\n---\n')).toBe(
      'front matter: regel zonder "sleutel: waarde": zomaar een regel',
    );
    expect(reasonOf('---\ntitle: A\naccessGroups: handhaving\n---\n')).toBe(
      'front matter: accessGroups moet een lijst zijn',
    );
    expect(reasonOf('---\ntitle: A\nrelatedDocuments: x\n---\n')).toBe(
      'front matter: relatedDocuments moet een lijst zijn',
    );
    expect(reasonOf('bin\u0000air')).toBe('geen tekstbestand');
  });
});

describe('describeNoteWriteFailure', () => {
  it('says why a note is not in the knowledge base', () => {
    expect(describeNoteWriteFailure({ code: 'model_not_loaded', indexModel: 'e5-small' })).toBe(
      'de index gebruikt e5-small en dat model is niet geladen; de notitie komt in de kennisbank zodra de server het model heeft',
    );
    expect(describeNoteWriteFailure({ code: 'model_not_loaded', indexModel: null })).toMatch(
      /^de index gebruikt een embeddingmodel en/,
    );
    expect(describeNoteWriteFailure({ code: 'no_text' })).toBe('de notitie heeft geen tekst');
    expect(describeNoteWriteFailure({ code: 'embedding_failed', detail: 'geheugen vol' })).toBe(
      'de tekst kon niet worden ingebed: geheugen vol',
    );
    expect(describeNoteWriteFailure({ code: 'commit_failed', detail: 'schijf vol' })).toBe(
      'de kennisbank kon niet worden bijgewerkt: schijf vol',
    );
  });
});
