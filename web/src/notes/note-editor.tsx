/**
 * Writing a note: title, Markdown text with a preview, topic, author, review date, readers (groups) and
 * related documents. Every change is saved on its own after a short pause; the status line and a polite
 * live region say when. Problems show at their fields (aria-describedby) and, after a failed submit, in a
 * list above the form that takes focus.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { GapView, NoteView, TopicView } from '../../../server/contract/index.ts';
import { Field, TextField } from '../ui/form-field.tsx';
import { useStore } from '../admin/store.ts';
import { useMessages, useServices } from '../app/services.tsx';
import { Alert } from '../ui/alert.tsx';
import { Button } from '../ui/button.tsx';
import { ConflictNotice } from './conflict-notice.tsx';
import { nameToSend, type DisplayName } from './display-name.ts';
import { DocumentPicker } from './document-picker.tsx';
import { ErrorSummary, type SummaryProblem } from '../ui/error-summary.tsx';
import { fieldIds } from './editor-field-ids.ts';
import { GroupChoice } from './group-choice.tsx';
import { MarkdownView } from './markdown-view.tsx';
import { createEditorStore } from './note-editor-store.ts';
import { byteLength, type LocalProblem, type NoteValues } from './note-values.ts';
import { noteFields, type NoteField } from './note-problems.ts';
import { notesUrls } from './notes-route.ts';
import { failureText, StatusBadge } from './notes-ui.tsx';
import { TextLink } from '../ui/links.tsx';
import { SaveStatus } from './save-status.tsx';

const topicListId = 'notitie-onderwerpen';

export function NoteEditor({
  note,
  gap,
  groups,
  topics,
  displayName,
}: {
  note: NoteView | null;
  gap: GapView | null;
  /** The user's own groups: the readers they may choose. */
  groups: string[];
  topics: TopicView[];
  displayName: DisplayName;
}) {
  const messages = useMessages();
  const words = messages.notes.editor;
  const { notes, navigate } = useServices();
  const [store] = useState(() =>
    createEditorStore({
      client: notes,
      note,
      gapId: gap?.id ?? null,
      initial: {
        title: gap?.question ?? '',
        authorName: displayName.get(),
        accessGroups: [...groups],
      },
      editorName: () => nameToSend(displayName.get()),
    }),
  );
  const snapshot = useStore(store);
  const { values, errors, general, failure, conflict, save, submitting, attempt, noteId } = snapshot;
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => () => store.dispose(), [store]);
  useEffect(() => {
    if (attempt > 0) summaryRef.current?.focus();
  }, [attempt]);
  // A new note gets its own address once it exists, so a reload opens it again.
  useEffect(() => {
    if (noteId !== null && note === null) globalThis.history?.replaceState(null, '', notesUrls.edit(noteId));
  }, [noteId, note]);
  const unsaved = save.kind === 'pending' || save.kind === 'saving' || save.kind === 'failed';
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    globalThis.addEventListener('beforeunload', warn);
    return () => globalThis.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  const errorText = (error: string | LocalProblem) =>
    error === 'title-too-short' ? words.titleTooShort : error === 'too-large' ? words.tooLarge : error;
  const errorsOf = (field: NoteField) => (errors[field] ?? []).map(errorText);
  const problems: SummaryProblem[] = [
    ...general.map((message) => ({ href: null, message })),
    ...(failure ? [{ href: null, message: failureText(failure, messages) }] : []),
    ...noteFields.flatMap((field) =>
      errorsOf(field).map((message) => ({
        href: `#${fieldIds[field]}`,
        message: `${messages.notes.fields[field]}: ${message}`,
      })),
    ),
  ];

  const set =
    <Key extends keyof NoteValues>(field: Key) =>
    (value: NoteValues[Key]) =>
      store.setValue(field, value);
  const text =
    (field: 'title' | 'body' | 'topic' | 'authorName' | 'reviewDate') =>
    (event: { target: { value: string } }) =>
      store.setValue(field, event.target.value);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const submitted = await store.submit();
    if (submitted.ok) navigate(notesUrls.note(submitted.value.id));
  };

  const status = snapshot.note?.status ?? 'draft';
  const canSubmit = status === 'draft' || status === 'changes-requested';
  const kilobytes = new Intl.NumberFormat(messages.locale, { maximumFractionDigits: 1 }).format(
    byteLength(values.body) / 1000,
  );

  return (
    <>
      {gap ? (
        <Alert type="info" title={words.gapIntro} level={2}>
          <p className="utrecht-paragraph vraagbaak-notes-question">{gap.question}</p>
        </Alert>
      ) : null}
      {snapshot.note ? (
        <p className="utrecht-paragraph vraagbaak-notes-status">
          <StatusBadge status={status} /> {words.version(snapshot.version)}
        </p>
      ) : null}
      {snapshot.note?.published ? <p className="utrecht-paragraph">{words.publishedNote}</p> : null}
      {attempt > 0 && problems.length > 0 ? (
        <ErrorSummary
          ref={summaryRef}
          title={words.summaryTitle}
          intro={words.summaryIntro}
          problems={problems}
        />
      ) : null}
      {conflict ? (
        <ConflictNotice
          conflict={conflict}
          onKeepMine={() => void store.keepMine()}
          onUseTheirs={() => store.useTheirs()}
        />
      ) : null}
      <form className="vraagbaak-notes-form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          id={fieldIds.title}
          label={`${messages.notes.fields.title} ${words.required}`}
          hint={words.titleHint}
          errors={errorsOf('title')}
          wide
          autoComplete="off"
          maxLength={200}
          value={values.title}
          onChange={text('title')}
        />
        <Field
          id={fieldIds.body}
          kind="textarea"
          label={`${messages.notes.fields.body} ${words.required}`}
          hint={`${words.bodyHint} ${words.bodySize(kilobytes)}`}
          errors={errorsOf('body')}
        >
          {(control) => (
            <textarea
              {...control}
              className={`utrecht-textarea utrecht-textarea--html-textarea vraagbaak-notes-body${errorsOf('body').length > 0 ? ' utrecht-textarea--invalid' : ''}`}
              rows={14}
              value={values.body}
              onChange={text('body')}
            />
          )}
        </Field>
        <details className="vraagbaak-details vraagbaak-notes-preview">
          <summary>{words.preview}</summary>
          {values.body.trim() === '' ? (
            <p className="utrecht-paragraph">{words.previewEmpty}</p>
          ) : (
            <MarkdownView markdown={values.body} />
          )}
        </details>
        <TextField
          id={fieldIds.topic}
          label={messages.notes.fields.topic}
          hint={words.topicHint}
          errors={errorsOf('topic')}
          autoComplete="off"
          list={topicListId}
          maxLength={80}
          value={values.topic}
          onChange={text('topic')}
        />
        <datalist id={topicListId}>
          {topics.map((topic) => (
            <option key={topic.id} value={topic.name} />
          ))}
        </datalist>
        <TextField
          id={fieldIds.authorName}
          label={messages.notes.fields.authorName}
          hint={words.authorHint}
          errors={errorsOf('authorName')}
          autoComplete="name"
          maxLength={100}
          value={values.authorName}
          onChange={(event) => {
            store.setValue('authorName', event.target.value);
            // The author of a new or own note is the one typing: remembered for the history.
            if (snapshot.note === null || snapshot.note.mine) displayName.set(event.target.value);
          }}
        />
        <TextField
          id={fieldIds.reviewDate}
          label={messages.notes.fields.reviewDate}
          hint={words.reviewDateHint}
          errors={errorsOf('reviewDate')}
          type="date"
          value={values.reviewDate}
          onChange={text('reviewDate')}
        />
        <GroupChoice
          groups={groups}
          selected={values.accessGroups}
          errors={errorsOf('accessGroups')}
          onChange={set('accessGroups')}
        />
        <DocumentPicker
          selected={values.relatedDocuments}
          errors={errorsOf('relatedDocuments')}
          onChange={set('relatedDocuments')}
        />
        <SaveStatus save={save} onRetry={() => void store.saveNow()} />
        <div className="utrecht-button-group vraagbaak-actions">
          {canSubmit ? (
            <Button
              type="submit"
              appearance="primary-action"
              disabled={submitting}
              aria-describedby="notitie-aanbieden-uitleg"
            >
              {submitting ? words.submitting : words.submit}
            </Button>
          ) : null}
          {noteId ? <TextLink href={notesUrls.note(noteId)}>{words.toNote}</TextLink> : null}
        </div>
        {canSubmit ? (
          <p id="notitie-aanbieden-uitleg" className="utrecht-paragraph utrecht-paragraph--small">
            {words.submitHint}
          </p>
        ) : null}
      </form>
    </>
  );
}
