/**
 * Add or change a source. Problems are listed above the form with links to their fields (focus moves there
 * after a failed save) and repeated at each field, tied to it by aria-describedby.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { AdminSource } from '../../../server/contract/index.ts';
import { useMessages, useServices } from '../app/services.tsx';
import type { Messages } from '../i18n/messages-nl.ts';
import { Button } from '../ui/button.tsx';
import { adminUrls } from './admin-route.ts';
import { failureText } from './admin-ui.tsx';
import { TextLink } from '../ui/links.tsx';
import { Field, TextField } from '../ui/form-field.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import {
  createSourceFormStore,
  type FieldError,
  type ScheduleChoice,
  type SourceFormValues,
} from './source-form-store.ts';
import { sourceFields, type SourceField } from './source-problems.ts';
import { useStore } from './store.ts';

const scheduleChoices: ScheduleChoice[] = ['none', 'nightly', 'weekdays', 'weekly', 'custom'];

function errorText(error: FieldError, field: SourceField, messages: Messages): string {
  const words = messages.admin.form;
  if (error.kind === 'server') return error.message;
  if (error.kind === 'name-pattern') return words.namePattern;
  if (field === 'name') return words.nameRequired;
  if (field === 'schedule') return words.cronRequired;
  return words.rootRequired;
}

const fieldIds: Record<SourceField, string> = {
  name: 'bron-naam',
  root: 'bron-map',
  accessGroups: 'bron-groepen',
  include: 'bron-alleen',
  exclude: 'bron-overslaan',
  schedule: 'bron-schema',
};

export function SourceForm({ source, timezone }: { source: AdminSource | null; timezone: string }) {
  const messages = useMessages();
  const words = messages.admin.form;
  const { admin, navigate } = useServices();
  const [store] = useState(() => createSourceFormStore({ client: admin, source }));
  const { values, errors, general, failure, submitting, attempt, mode } = useStore(store);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (attempt > 0) summaryRef.current?.focus();
  }, [attempt]);

  const errorsOf = (field: SourceField) =>
    (errors[field] ?? []).map((error) => errorText(error, field, messages));
  const scheduleField: SourceField = 'schedule';
  const cronShown = values.schedule === 'custom';
  // A schedule problem belongs to the cron field when there is one, else to the choice.
  const scheduleTarget = cronShown ? 'bron-cron' : fieldIds.schedule;
  const problems = [
    ...general.map((message) => ({ href: null, message })),
    ...(failure ? [{ href: null, message: failureText(failure, messages) }] : []),
    ...sourceFields.flatMap((field) =>
      errorsOf(field).map((message) => ({
        href: `#${field === scheduleField ? scheduleTarget : fieldIds[field]}`,
        message: `${fieldLabel(field, messages)}: ${message}`,
      })),
    ),
  ];

  const change =
    <Field extends keyof SourceFormValues>(field: Field) =>
    (event: { target: { value: string } }) =>
      store.setValue(field, event.target.value as SourceFormValues[Field]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await store.submit();
    if (saved.ok) navigate(adminUrls.sources(saved.value.name));
  };

  return (
    <form className="vraagbaak-admin-form" onSubmit={(event) => void submit(event)} noValidate>
      {problems.length > 0 ? (
        <ErrorSummary
          ref={summaryRef}
          title={words.summaryTitle}
          intro={words.summaryIntro}
          problems={problems}
        />
      ) : null}
      {mode === 'add' ? (
        <TextField
          id={fieldIds.name}
          label={`${words.name} ${words.required}`}
          hint={words.nameHint}
          errors={errorsOf('name')}
          autoComplete="off"
          spellCheck={false}
          maxLength={64}
          value={values.name}
          onChange={change('name')}
        />
      ) : null}
      <TextField
        id={fieldIds.root}
        label={`${words.root} ${words.required}`}
        hint={words.rootHint}
        errors={errorsOf('root')}
        wide
        autoComplete="off"
        spellCheck={false}
        value={values.root}
        onChange={change('root')}
      />
      <TextField
        id={fieldIds.accessGroups}
        label={words.access}
        hint={words.accessHint}
        errors={errorsOf('accessGroups')}
        wide
        autoComplete="off"
        value={values.accessGroups}
        onChange={change('accessGroups')}
      />
      {(['include', 'exclude'] as const).map((field) => (
        <Field
          key={field}
          kind="textarea"
          id={fieldIds[field]}
          label={words[field]}
          hint={field === 'include' ? words.includeHint : words.excludeHint}
          errors={errorsOf(field)}
        >
          {(control) => (
            <textarea
              {...control}
              className="utrecht-textarea utrecht-textarea--html-textarea vraagbaak-textarea--small"
              rows={3}
              spellCheck={false}
              value={values[field]}
              onChange={change(field)}
            />
          )}
        </Field>
      ))}
      <Field
        id={fieldIds.schedule}
        kind="select"
        label={words.schedule}
        hint={words.scheduleHint(timezone)}
        errors={cronShown ? [] : errorsOf('schedule')}
      >
        {(control) => (
          <select
            {...control}
            className="utrecht-select utrecht-select--html-select"
            value={values.schedule}
            onChange={change('schedule')}
          >
            {scheduleChoices.map((choice) => (
              <option key={choice} value={choice}>
                {words.scheduleChoices[choice]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {cronShown ? (
        <TextField
          id="bron-cron"
          label={words.cron}
          hint={words.cronHint}
          errors={errorsOf('schedule')}
          autoComplete="off"
          spellCheck={false}
          value={values.cron}
          onChange={change('cron')}
        />
      ) : null}
      <div className="utrecht-button-group vraagbaak-actions">
        <Button type="submit" appearance="primary-action" disabled={submitting}>
          {submitting ? words.saving : words.save}
        </Button>
        <TextLink href={adminUrls.sources()}>{words.cancel}</TextLink>
      </div>
    </form>
  );
}

function fieldLabel(field: SourceField, messages: Messages): string {
  const words = messages.admin.form;
  const labels: Record<SourceField, string> = {
    name: words.name,
    root: words.root,
    accessGroups: words.access,
    include: words.include,
    exclude: words.exclude,
    schedule: words.schedule,
  };
  return labels[field];
}
