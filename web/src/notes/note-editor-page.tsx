/**
 * The page around the editor: loads what it needs first (the note, or the gap a new note answers, the
 * topics, the user's groups), then hands it to the editor once, so autosave starts from a known version.
 */
import { useCallback } from 'react';
import { useMessages, useServices } from '../app/services.tsx';
import { useLoaded } from '../app/use-loaded.ts';
import { Alert } from '../ui/alert.tsx';
import type { DisplayName } from './display-name.ts';
import { NoteEditor } from './note-editor.tsx';
import { notesUrls } from './notes-route.ts';
import { FailureAlert, isExpert, Loading, useMe, useNotesTitle } from './notes-ui.tsx';
import { TextLink } from '../ui/links.tsx';

export function NoteEditorPage({
  noteId,
  gapId,
  displayName,
}: {
  noteId: string | null;
  gapId: string | null;
  displayName: DisplayName;
}) {
  const messages = useMessages();
  const words = messages.notes.editor;
  const { notes } = useServices();
  const me = useMe();
  const note = useLoaded(
    noteId,
    useCallback((id: string) => notes.get(id), [notes]),
  );
  const gap = useLoaded(
    gapId,
    useCallback((id: string) => notes.gap(id), [notes]),
  );
  const topics = useLoaded(
    'topics',
    useCallback(() => notes.topics(), [notes]),
  );
  const heading =
    noteId === null
      ? words.newHeading
      : note.state === 'ok'
        ? words.editHeading(note.value.title)
        : words.newHeading;
  useNotesTitle(heading);

  const failed = [me, note, gap].find((loaded) => loaded.state === 'failed');
  const loading = [me, note, gap, topics].some((loaded) => loaded.state === 'loading');
  return (
    <>
      <h1 className="utrecht-heading-1">{heading}</h1>
      {failed?.state === 'failed' ? <FailureAlert failure={failed.reason} /> : null}
      {!failed && loading ? <Loading /> : null}
      {!failed && !loading && me.state === 'ok' ? (
        !isExpert(me.value) ? (
          <Alert type="warning" title={messages.notes.expertsOnly} level={2} />
        ) : note.state === 'ok' && !note.value.permissions.edit ? (
          <Alert type="warning" title={words.cannotEdit} level={2}>
            <p className="utrecht-paragraph">
              <TextLink href={notesUrls.note(note.value.id)}>{words.toNote}</TextLink>
            </p>
          </Alert>
        ) : (
          <NoteEditor
            note={note.state === 'ok' ? note.value : null}
            gap={gap.state === 'ok' ? gap.value : null}
            groups={me.value.groups}
            topics={topics.state === 'ok' ? topics.value.topics : []}
            displayName={displayName}
          />
        )
      ) : null}
    </>
  );
}
