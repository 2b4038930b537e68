/**
 * The interview form: a few facts about the note, then one text box per prompt, labelled by the prompt
 * itself with its hint. The answers become a draft note, which opens in the editor.
 */
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import type { InterviewPrompt } from '../../../server/contract/index.ts';
import { Field, TextField } from '../ui/form-field.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { useStore } from '../admin/store.ts';
import { useMessages, useServices } from '../app/services.tsx';
import { useLoaded } from '../app/use-loaded.ts';
import type { Messages } from '../i18n/messages-nl.ts';
import { Button } from '../ui/button.tsx';
import { nameToSend, type DisplayName } from './display-name.ts';
import { createInterviewStore, type InterviewProblem } from './interview-store.ts';
import { notesUrls } from './notes-route.ts';
import { FailureAlert, failureText, Loading, useNotesTitle } from './notes-ui.tsx';

function problemText(problem: InterviewProblem, messages: Messages): string {
  if (problem === 'answer-one') return messages.notes.interview.answerOne;
  if (problem === 'title-or-topic') return messages.notes.interview.titleOrTopic;
  return problem.message;
}

/** The prompt in the interface language; the server's Dutch text when there is no translation. */
function promptText(prompt: InterviewPrompt, messages: Messages) {
  return messages.notes.interview.prompts[prompt.id] ?? { question: prompt.question, hint: prompt.hint };
}

function InterviewForm({ prompts, displayName }: { prompts: InterviewPrompt[]; displayName: DisplayName }) {
  const messages = useMessages();
  const words = messages.notes.interview;
  const fields = messages.notes.fields;
  const { notes, navigate } = useServices();
  const [store] = useState(() =>
    createInterviewStore({
      client: notes,
      initial: { authorName: displayName.get() },
      editorName: () => nameToSend(displayName.get()),
    }),
  );
  const { values, problems, failure, submitting, attempt } = useStore(store);
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0) summaryRef.current?.focus();
  }, [attempt]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (values.authorName.trim()) displayName.set(values.authorName);
    const created = await store.submit();
    if (created.ok) navigate(notesUrls.edit(created.value.id));
  };
  const listed = [
    ...problems.map((problem) => problemText(problem, messages)),
    ...(failure ? [failureText(failure, messages)] : []),
  ];

  return (
    <form className="vraagbaak-notes-form" onSubmit={(event) => void submit(event)} noValidate>
      {listed.length > 0 ? (
        <ErrorSummary
          ref={summaryRef}
          title={messages.notes.editor.summaryTitle}
          problems={listed.map((message) => ({ href: null, message }))}
        />
      ) : null}
      <h2 className="utrecht-heading-2">{words.about}</h2>
      <TextField
        id="interview-titel"
        label={fields.title}
        hint={words.titleHint}
        errors={[]}
        wide
        autoComplete="off"
        maxLength={200}
        value={values.title}
        onChange={(event) => store.setValue('title', event.target.value)}
      />
      <TextField
        id="interview-onderwerp"
        label={fields.topic}
        hint={messages.notes.editor.topicHint}
        errors={[]}
        autoComplete="off"
        maxLength={80}
        value={values.topic}
        onChange={(event) => store.setValue('topic', event.target.value)}
      />
      <TextField
        id="interview-auteur"
        label={fields.authorName}
        hint={messages.notes.editor.authorHint}
        errors={[]}
        autoComplete="name"
        maxLength={100}
        value={values.authorName}
        onChange={(event) => store.setValue('authorName', event.target.value)}
      />
      <TextField
        id="interview-herzien"
        label={fields.reviewDate}
        hint={messages.notes.editor.reviewDateHint}
        errors={[]}
        type="date"
        value={values.reviewDate}
        onChange={(event) => store.setValue('reviewDate', event.target.value)}
      />
      <h2 className="utrecht-heading-2">{words.questions}</h2>
      {prompts.map((prompt) => {
        const text = promptText(prompt, messages);
        return (
          <Field
            key={prompt.id}
            id={`interview-${prompt.id}`}
            kind="textarea"
            label={text.question}
            hint={text.hint}
            errors={[]}
          >
            {(control) => (
              <textarea
                {...control}
                className="utrecht-textarea utrecht-textarea--html-textarea"
                rows={5}
                value={values.answers[prompt.id] ?? ''}
                onChange={(event) => store.setAnswer(prompt.id, event.target.value)}
              />
            )}
          </Field>
        );
      })}
      <div className="utrecht-button-group vraagbaak-actions">
        <Button type="submit" appearance="primary-action" disabled={submitting}>
          {submitting ? words.creating : words.create}
        </Button>
      </div>
    </form>
  );
}

export function InterviewPage({ displayName }: { displayName: DisplayName }) {
  const messages = useMessages();
  const words = messages.notes.interview;
  const { notes } = useServices();
  useNotesTitle(words.heading);
  const prompts = useLoaded(
    'prompts',
    useCallback(() => notes.interviewPrompts(), [notes]),
  );
  return (
    <>
      <h1 className="utrecht-heading-1">{words.heading}</h1>
      <p className="utrecht-paragraph">{words.intro}</p>
      {prompts.state === 'loading' ? <Loading /> : null}
      {prompts.state === 'failed' ? <FailureAlert failure={prompts.reason} /> : null}
      {prompts.state === 'ok' ? (
        <InterviewForm prompts={prompts.value.prompts} displayName={displayName} />
      ) : null}
    </>
  );
}
