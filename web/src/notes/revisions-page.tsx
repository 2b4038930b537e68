/**
 * A note's history: every version, who made it (their chosen name, "u", or a pseudonym, never a user id),
 * when, and which fields changed. Saves that lost a race are listed too, so nothing typed is lost; any
 * entry opens in full below the table.
 */
import { useCallback, useState } from 'react';
import type { RevisionSummary } from '../../../server/contract/index.ts';
import { useMessages, useServices } from '../app/services.tsx';
import { useLoaded } from '../app/use-loaded.ts';
import { formatDateTime } from '../i18n/format.ts';
import type { Messages } from '../i18n/messages-nl.ts';
import { Button } from '../ui/button.tsx';
import { MarkdownView } from './markdown-view.tsx';
import { noteFields, type NoteField } from './note-problems.ts';
import { notesUrls } from './notes-route.ts';
import { FailureAlert, Loading, useNotesTitle } from './notes-ui.tsx';
import { TextLink } from '../ui/links.tsx';
import { ScrollTable } from '../ui/scroll-table.tsx';

/** The revision's field names as the editor labels them (`topicId` is the topic). */
function fieldNames(fields: string[], messages: Messages): string {
  return fields
    .map((field) => (field === 'topicId' ? 'topic' : field))
    .filter((field): field is NoteField => (noteFields as readonly string[]).includes(field))
    .map((field) => messages.notes.fields[field].replace(/\?$/u, ''))
    .join(', ');
}

function who(revision: RevisionSummary, messages: Messages): string {
  const words = messages.notes.history;
  if (revision.byYou) return revision.savedByName ? `${revision.savedByName} (${words.you})` : words.you;
  return revision.savedByName ?? words.someone(revision.savedBy);
}

function RevisionText({ noteId, revisionId }: { noteId: string; revisionId: number }) {
  const { notes } = useServices();
  const revision = useLoaded(
    `${noteId}:${revisionId}`,
    useCallback(() => notes.revision(noteId, revisionId), [notes, noteId, revisionId]),
  );
  if (revision.state === 'loading') return <Loading />;
  if (revision.state === 'failed') return <FailureAlert failure={revision.reason} level={3} />;
  if (revision.state !== 'ok') return null;
  return (
    <div className="vraagbaak-notes-revision">
      <h3 className="utrecht-heading-3">{revision.value.title}</h3>
      <MarkdownView markdown={revision.value.body} />
    </div>
  );
}

export function RevisionsPage({ noteId }: { noteId: string }) {
  const messages = useMessages();
  const words = messages.notes.history;
  const { notes } = useServices();
  const [open, setOpen] = useState<number | null>(null);
  const note = useLoaded(
    noteId,
    useCallback((id: string) => notes.get(id), [notes]),
  );
  const revisions = useLoaded(
    noteId,
    useCallback((id: string) => notes.revisions(id), [notes]),
  );
  const title = note.state === 'ok' ? note.value.title : '';
  useNotesTitle(words.heading(title));
  const list = revisions.state === 'ok' ? [...revisions.value.revisions].reverse() : [];
  const shown = list.find((revision) => revision.id === open) ?? null;
  return (
    <>
      <h1 className="utrecht-heading-1">{words.heading(title)}</h1>
      <p className="utrecht-paragraph">
        {words.intro} <TextLink href={notesUrls.note(noteId)}>{words.back}</TextLink>
      </p>
      {revisions.state === 'loading' ? <Loading /> : null}
      {revisions.state === 'failed' ? <FailureAlert failure={revisions.reason} /> : null}
      {list.length > 0 ? (
        <ScrollTable
          captionId="versies-tabel"
          caption={words.caption}
          columns={[words.version, words.action, words.who, words.when, words.fields, words.comment]}
        >
          {list.map((revision) => {
            const label = words.versionLabel(revision.version, revision.id);
            return (
              <tr key={revision.id} className="utrecht-table__row" data-action={revision.action}>
                <th className="utrecht-table__header-cell" scope="row">
                  <Button
                    appearance="subtle"
                    aria-expanded={open === revision.id}
                    aria-controls={open === revision.id ? 'versie-inhoud' : undefined}
                    onClick={() => setOpen(open === revision.id ? null : revision.id)}
                  >
                    {open === revision.id ? `${words.hide} ${label}` : words.show(label)}
                  </Button>
                </th>
                <td className="utrecht-table__cell">{words.actions[revision.action]}</td>
                <td className="utrecht-table__cell">{who(revision, messages)}</td>
                <td className="utrecht-table__cell">{formatDateTime(revision.savedAt, messages) ?? ''}</td>
                <td className="utrecht-table__cell">{fieldNames(revision.changedFields, messages)}</td>
                <td className="utrecht-table__cell vraagbaak-notes-plain">{revision.comment ?? ''}</td>
              </tr>
            );
          })}
        </ScrollTable>
      ) : null}
      {shown ? (
        <section id="versie-inhoud" aria-label={words.versionLabel(shown.version, shown.id)}>
          <RevisionText noteId={noteId} revisionId={shown.id} />
        </section>
      ) : null}
    </>
  );
}
