/**
 * The add/change form of a source: what is typed, the checks the browser can do itself (a name and a
 * folder are filled in), and the server's problems per field (the folder exists and is readable, no overlap
 * with another source, valid patterns and schedule).
 */
import type { AdminSource, SourceCreateBody } from '../../../server/contract/index.ts';
import type { ApiFailure } from '../api/client.ts';
import { fail, ok, type Result } from '../result.ts';
import type { AdminClient } from './admin-client.ts';
import { sourceProblems, type SourceField } from './source-problems.ts';
import { createState, refuseSubmit, type ReadableStore } from './store.ts';

export type ScheduleChoice = 'none' | 'nightly' | 'weekdays' | 'weekly' | 'custom';

export const schedulePresets = {
  nightly: '0 2 * * *',
  weekdays: '0 6 * * 1-5',
  weekly: '0 3 * * 0',
} as const satisfies Partial<Record<ScheduleChoice, string>>;

export interface SourceFormValues {
  name: string;
  root: string;
  /** Comma-separated group names. */
  accessGroups: string;
  /** One glob per line. */
  include: string;
  exclude: string;
  schedule: ScheduleChoice;
  /** The cron expression when `schedule` is `custom`. */
  cron: string;
}

export type FieldError =
  { kind: 'required' } | { kind: 'name-pattern' } | { kind: 'server'; message: string };

export interface SourceFormSnapshot {
  mode: 'add' | 'edit';
  values: SourceFormValues;
  errors: Partial<Record<SourceField, FieldError[]>>;
  /** The server's problems that belong to no single field, and other refusals it explained. */
  general: string[];
  /** A failure without a message from the server (offline, an error page). */
  failure: ApiFailure | null;
  submitting: boolean;
  /** Failed submits so far; the page moves focus to the list of problems after each one. */
  attempt: number;
}

export interface SourceFormStore extends ReadableStore<SourceFormSnapshot> {
  setValue<Field extends keyof SourceFormValues>(field: Field, value: SourceFormValues[Field]): void;
  submit(): Promise<Result<AdminSource, 'invalid'>>;
}

const namePattern = /^[a-z0-9][a-z0-9-_]{0,63}$/u;

const lines = (text: string) =>
  text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter(Boolean);

const groups = (text: string) =>
  text
    .split(/[,\n]/u)
    .map((group) => group.trim())
    .filter(Boolean);

export function valuesFromSource(source: AdminSource | null): SourceFormValues {
  const schedule = source?.schedule ?? null;
  const preset = (Object.keys(schedulePresets) as (keyof typeof schedulePresets)[]).find(
    (choice) => schedulePresets[choice] === schedule,
  );
  return {
    name: source?.name ?? '',
    root: source?.root ?? '',
    accessGroups: source?.accessGroups.join(', ') ?? '',
    include: source?.include.join('\n') ?? '',
    exclude: source?.exclude.join('\n') ?? '',
    schedule: schedule === null ? 'none' : (preset ?? 'custom'),
    cron: preset || schedule === null ? '' : schedule,
  };
}

export function sourceBody(values: SourceFormValues): SourceCreateBody {
  const accessGroups = groups(values.accessGroups);
  return {
    name: values.name.trim(),
    root: values.root.trim(),
    include: lines(values.include),
    exclude: lines(values.exclude),
    // Left out, the server gives all staff access.
    ...(accessGroups.length > 0 ? { accessGroups } : {}),
    schedule:
      values.schedule === 'none'
        ? null
        : values.schedule === 'custom'
          ? values.cron.trim()
          : schedulePresets[values.schedule],
  };
}

function checkLocally(values: SourceFormValues, mode: 'add' | 'edit'): SourceFormSnapshot['errors'] {
  const errors: SourceFormSnapshot['errors'] = {};
  const name = values.name.trim();
  if (mode === 'add' && name === '') errors.name = [{ kind: 'required' }];
  else if (mode === 'add' && !namePattern.test(name)) errors.name = [{ kind: 'name-pattern' }];
  if (values.root.trim() === '') errors.root = [{ kind: 'required' }];
  if (values.schedule === 'custom' && values.cron.trim() === '') errors.schedule = [{ kind: 'required' }];
  return errors;
}

export function createSourceFormStore(options: {
  client: Pick<AdminClient, 'addSource' | 'updateSource'>;
  /** The source to change; absent: a new one. */
  source?: AdminSource | null;
}): SourceFormStore {
  const mode = options.source ? 'edit' : 'add';
  const state = createState<SourceFormSnapshot>({
    mode,
    values: valuesFromSource(options.source ?? null),
    errors: {},
    general: [],
    failure: null,
    submitting: false,
    attempt: 0,
  });

  const refuse = refuseSubmit(state);

  return {
    subscribe: state.subscribe,
    getSnapshot: state.getSnapshot,
    setValue(field, value) {
      state.set({ values: { ...state.getSnapshot().values, [field]: value } });
    },
    async submit() {
      const { values, submitting } = state.getSnapshot();
      if (submitting) return fail('invalid');
      const local = checkLocally(values, mode);
      if (Object.keys(local).length > 0) return refuse({ errors: local, general: [], failure: null });
      state.set({ submitting: true });
      const body = sourceBody(values);
      const { name, ...update } = body;
      const result =
        mode === 'add'
          ? await options.client.addSource(body)
          : await options.client.updateSource(options.source?.name ?? name, update);
      if (result.ok) {
        state.set({ submitting: false, errors: {}, general: [], failure: null });
        return ok(result.value);
      }
      const failure = result.reason;
      if (failure.kind !== 'http' || failure.message === null) {
        return refuse({ errors: {}, general: [], failure });
      }
      if (failure.status !== 400) return refuse({ errors: {}, general: [failure.message], failure: null });
      const errors: SourceFormSnapshot['errors'] = {};
      const general: string[] = [];
      for (const problem of sourceProblems(failure.message)) {
        if (problem.field === null) general.push(problem.message);
        else (errors[problem.field] ??= []).push({ kind: 'server', message: problem.message });
      }
      return refuse({ errors, general, failure: null });
    },
  };
}
