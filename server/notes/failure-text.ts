/**
 * The Dutch words for note failures, chosen where a failure reaches people: an import report, or the
 * knowledge-base error a note shows. Below this, failures are codes with their values.
 */
import type { FrontMatterFailure } from './front-matter.ts';
import type { NoteWriteFailure } from './knowledge-base.ts';

export function describeFrontMatterFailure(failure: FrontMatterFailure): string {
  switch (failure.code) {
    case 'not_text':
      return 'geen tekstbestand';
    case 'line_without_key':
      return `front matter: regel zonder "sleutel: waarde": ${failure.line}`;
    case 'title_missing':
      return 'front matter: de titel (title) ontbreekt';
    case 'not_a_list':
      return `front matter: ${failure.field} moet een lijst zijn`;
  }
}

export function describeNoteWriteFailure(failure: NoteWriteFailure): string {
  switch (failure.code) {
    case 'model_not_loaded':
      return `de index gebruikt ${failure.indexModel ?? 'een embeddingmodel'} en dat model is niet geladen; de notitie komt in de kennisbank zodra de server het model heeft`;
    case 'no_text':
      return 'de notitie heeft geen tekst';
    case 'embedding_failed':
      return `de tekst kon niet worden ingebed: ${failure.detail}`;
    case 'commit_failed':
      return `de kennisbank kon niet worden bijgewerkt: ${failure.detail}`;
  }
}
