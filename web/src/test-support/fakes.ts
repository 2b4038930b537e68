/** Fakes of our own interfaces (transport, API client, clipboard), recording what they were asked. */
import type {
  ChatRequestBody,
  DocumentResponse,
  FeedbackBody,
  MeResponse,
} from '../../../server/contract/index.ts';
import type { ApiClient, ApiFailure } from '../api/client.ts';
import type { ClipboardWriter } from '../app/services.tsx';
import type { ChatTransport } from '../chat/chat-store.ts';
import type { ChatStreamEvent, ChatStreamFailure } from '../chat/sse-client.ts';
import { fail, ok, type Result } from '../result.ts';
import { documentResponse, healthResponse } from './fixtures.ts';

export type Script = { events: ChatStreamEvent[]; end?: ChatStreamFailure | 'answer-end' };

/**
 * Plays a scripted stream per question. With `hold`, it waits for `release()` (or the abort signal)
 * before ending, so a test can look at the screen mid-answer.
 */
export function scriptedTransport(
  script: (body: ChatRequestBody) => Script,
  options: { hold?: boolean } = {},
) {
  const requests: ChatRequestBody[] = [];
  let release: () => void = () => {};
  const transport: ChatTransport = async (body, { onEvent, signal }) => {
    requests.push(body);
    const { events, end = 'answer-end' } = script(body);
    for (const event of events) onEvent(event);
    if (options.hold) {
      await new Promise<void>((resolve) => {
        release = resolve;
        signal?.addEventListener('abort', () => resolve());
      });
    }
    if (signal?.aborted) return fail({ kind: 'aborted' });
    if (end !== 'answer-end') return fail(end);
    const last = events.findLast((event) => event.event === 'answer-end');
    return last?.event === 'answer-end' ? ok(last.data) : fail({ kind: 'incomplete' });
  };
  return { transport, requests, release: () => release() };
}

export function fakeApi(
  options: {
    document?: (id: string) => Result<DocumentResponse, ApiFailure>;
    /** Who is asking; default a staff member without the admin role. */
    me?: MeResponse;
  } = {},
) {
  const feedback: { answerId: string; body: FeedbackBody }[] = [];
  const api: ApiClient = {
    health: async () => ok(healthResponse()),
    me: async () => ok(options.me ?? { groups: ['medewerkers'], roles: ['medewerker'], admin: false }),
    document: async (id) => (options.document ? options.document(id) : ok(documentResponse({ id }))),
    answerRecord: async () =>
      fail({ kind: 'http', status: 404, code: 'not_found', message: 'Niet gevonden.' }),
    sendFeedback: async (answerId, body) => {
      feedback.push({ answerId, body });
      return ok(true as const);
    },
  };
  return { api, feedback };
}

export function fakeClipboard() {
  const written: string[] = [];
  const clipboard: ClipboardWriter = {
    writeText: async (text) => {
      written.push(text);
    },
  };
  return { clipboard, written };
}
