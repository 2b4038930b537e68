/**
 * The guided interview: answers to fixed prompts (which exceptions, who to call, what was decided, where to
 * look) that the server turns into a draft note, one section per answered prompt. No language model.
 */
import type { InterviewBody, NoteView } from '../../../server/contract/index.ts';
import type { ApiFailure } from '../api/client.ts';
import { fail, ok, type Result } from '../result.ts';
import { createState, refuseSubmit, type ReadableStore } from '../admin/store.ts';
import type { NotesClient } from './notes-client.ts';
import { noteProblems } from './note-problems.ts';

export interface InterviewValues {
  title: string;
  topic: string;
  authorName: string;
  reviewDate: string;
  answers: Record<string, string>;
}

export type InterviewProblem = 'answer-one' | 'title-or-topic' | { message: string };

export interface InterviewSnapshot {
  values: InterviewValues;
  problems: InterviewProblem[];
  failure: ApiFailure | null;
  submitting: boolean;
  attempt: number;
}

export interface InterviewStore extends ReadableStore<InterviewSnapshot> {
  setValue(field: Exclude<keyof InterviewValues, 'answers'>, value: string): void;
  setAnswer(promptId: string, value: string): void;
  submit(): Promise<Result<NoteView, 'invalid'>>;
}

export function interviewBody(values: InterviewValues, editorName?: string): InterviewBody {
  const answers = Object.fromEntries(
    Object.entries(values.answers).filter(([, answer]) => answer.trim() !== ''),
  );
  const text = (value: string) => (value.trim() === '' ? undefined : value);
  return {
    answers,
    ...(text(values.title) ? { title: values.title } : {}),
    ...(text(values.topic) ? { topic: values.topic } : {}),
    ...(text(values.authorName) ? { authorName: values.authorName } : {}),
    ...(values.reviewDate ? { reviewDate: values.reviewDate } : {}),
    ...(editorName ? { editorName } : {}),
  };
}

export function createInterviewStore(options: {
  client: Pick<NotesClient, 'interview'>;
  initial?: Partial<InterviewValues>;
  editorName?: () => string | undefined;
}): InterviewStore {
  const state = createState<InterviewSnapshot>({
    values: { title: '', topic: '', authorName: '', reviewDate: '', answers: {}, ...options.initial },
    problems: [],
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
    setAnswer(promptId, value) {
      const { values } = state.getSnapshot();
      state.set({ values: { ...values, answers: { ...values.answers, [promptId]: value } } });
    },
    async submit() {
      const { values, submitting } = state.getSnapshot();
      if (submitting) return fail('invalid');
      const body = interviewBody(values, options.editorName?.());
      const local: InterviewProblem[] = [
        ...(Object.keys(body.answers).length === 0 ? (['answer-one'] as const) : []),
        ...(!body.title && !body.topic ? (['title-or-topic'] as const) : []),
      ];
      if (local.length > 0) return refuse({ problems: local, failure: null });
      state.set({ submitting: true, problems: [], failure: null });
      const result = await options.client.interview(body);
      if (result.ok) {
        state.set({ submitting: false });
        return ok(result.value);
      }
      const failure = result.reason;
      if (
        failure.kind === 'http' &&
        failure.message !== null &&
        (failure.status === 400 || failure.status === 413)
      ) {
        return refuse({
          problems: noteProblems(failure.message).map((problem) => ({ message: problem.message })),
        });
      }
      return refuse({ failure });
    },
  };
}
