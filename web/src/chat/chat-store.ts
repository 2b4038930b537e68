/**
 * The conversation while the page is open: questions, streamed answers, and which source is selected.
 * Plain TypeScript with subscribe/getSnapshot, so React reads it through useSyncExternalStore and tests
 * drive it without a DOM.
 */
import type {
  AnswerEndEvent,
  ChatRequestBody,
  CitationEvent,
  ErrorEvent,
  SourcesEvent,
} from '../../../server/contract/index.ts';
import type { Result } from '../result.ts';
import type { ChatStreamEvent, ChatStreamFailure, StreamChatOptions } from './sse-client.ts';

export type Language = 'nl' | 'en';

/** waiting: asked, nothing back yet; streaming: sources in, answer coming; then one of the three ends. */
export type TurnPhase = 'waiting' | 'streaming' | 'done' | 'stopped' | 'failed';

export interface Turn {
  id: string;
  question: string;
  language: Language;
  phase: TurnPhase;
  sources: SourcesEvent | null;
  /** The live preview from `text-delta`; `answer.text` replaces it at the end. */
  preview: string;
  citations: CitationEvent[];
  /** The model failed; an answer from the sources alone follows. */
  modelError: ErrorEvent | null;
  answer: AnswerEndEvent | null;
  failure: ChatStreamFailure | null;
}

export interface Selection {
  turnId: string;
  number: number;
  /** Element id to give focus back to when the source panel closes. */
  returnFocusTo?: string;
}

export interface ChatSnapshot {
  turns: readonly Turn[];
  busy: boolean;
  selection: Selection | null;
}

export type ChatTransport = (
  body: ChatRequestBody,
  options: Pick<StreamChatOptions, 'onEvent' | 'signal'>,
) => Promise<Result<AnswerEndEvent, ChatStreamFailure>>;

export interface ChatStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): ChatSnapshot;
  /** Asks a question; ignored while another answer is on its way or when the question is blank. */
  ask(question: string, language: Language): Promise<void>;
  /** Stops the answer on its way; what arrived so far stays visible. */
  stop(): void;
  select(selection: Selection | null): void;
}

export interface ChatStoreOptions {
  transport: ChatTransport;
  createId?: () => string;
}

function applyEvent(turn: Turn, event: ChatStreamEvent): Turn {
  switch (event.event) {
    case 'sources':
      return { ...turn, phase: 'streaming', sources: event.data };
    case 'text-delta':
      return { ...turn, phase: 'streaming', preview: turn.preview + event.data.text };
    case 'citation':
      return { ...turn, citations: [...turn.citations, event.data] };
    case 'error':
      return { ...turn, modelError: event.data };
    case 'answer-end':
      return { ...turn, phase: 'done', answer: event.data };
  }
}

export function createChatStore(options: ChatStoreOptions): ChatStore {
  let counter = 0;
  const createId = options.createId ?? (() => `vraag-${++counter}`);
  const listeners = new Set<() => void>();
  let snapshot: ChatSnapshot = { turns: [], busy: false, selection: null };
  let controller: AbortController | null = null;

  function set(next: Partial<ChatSnapshot>): void {
    snapshot = { ...snapshot, ...next };
    for (const listener of listeners) listener();
  }

  function updateTurn(id: string, change: (turn: Turn) => Turn): void {
    set({ turns: snapshot.turns.map((turn) => (turn.id === id ? change(turn) : turn)) });
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    async ask(question, language) {
      const trimmed = question.trim();
      if (snapshot.busy || trimmed === '') return;
      const id = createId();
      const turn: Turn = {
        id,
        question: trimmed,
        language,
        phase: 'waiting',
        sources: null,
        preview: '',
        citations: [],
        modelError: null,
        answer: null,
        failure: null,
      };
      const abort = new AbortController();
      controller = abort;
      set({ turns: [...snapshot.turns, turn], busy: true });
      const result = await options.transport(
        { question: trimmed, language },
        { signal: abort.signal, onEvent: (event) => updateTurn(id, (current) => applyEvent(current, event)) },
      );
      controller = null;
      updateTurn(id, (current) => {
        if (result.ok) return { ...current, phase: 'done', answer: result.value };
        if (result.reason.kind === 'aborted') return { ...current, phase: 'stopped' };
        return { ...current, phase: 'failed', failure: result.reason };
      });
      set({ busy: false });
    },
    stop() {
      controller?.abort();
    },
    select(selection) {
      set({ selection });
    },
  };
}
