import { describe, expect, it } from 'vitest';
import { scriptedTransport } from '../test-support/fakes.ts';
import { answerEnd, sourcesEvent } from '../test-support/fixtures.ts';
import { createChatStore } from './chat-store.ts';

describe('createChatStore', () => {
  it('follows a question from waiting through streaming to the final answer', async () => {
    const end = answerEnd({ status: 'answered', text: 'Het kost € 98,40 per jaar [1].' });
    const { transport, requests } = scriptedTransport(() => ({
      events: [
        { event: 'sources', data: sourcesEvent() },
        { event: 'text-delta', data: { type: 'text-delta', text: 'Het kost ' } },
        { event: 'text-delta', data: { type: 'text-delta', text: '€ 98,40 [1]' } },
        { event: 'citation', data: { type: 'citation', number: 1, chunkId: 'c', supported: true } },
        { event: 'answer-end', data: end },
      ],
    }));
    const store = createChatStore({ transport });
    const phases: string[] = [];
    store.subscribe(() => phases.push(store.getSnapshot().turns[0]?.phase ?? 'none'));

    await store.ask('  Wat kost een bewonersvergunning?  ', 'en');

    const [turn] = store.getSnapshot().turns;
    expect(requests).toEqual([{ question: 'Wat kost een bewonersvergunning?', language: 'en' }]);
    expect(phases[0]).toBe('waiting');
    expect(phases).toContain('streaming');
    expect(turn?.phase).toBe('done');
    expect(turn?.preview).toBe('Het kost € 98,40 [1]');
    expect(turn?.citations).toHaveLength(1);
    expect(turn?.answer).toEqual(end);
    expect(store.getSnapshot().busy).toBe(false);
  });

  it('keeps what arrived when the reader stops the answer', async () => {
    const { transport } = scriptedTransport(
      () => ({
        events: [
          { event: 'sources', data: sourcesEvent() },
          { event: 'text-delta', data: { type: 'text-delta', text: 'Het kost' } },
        ],
      }),
      { hold: true },
    );
    const store = createChatStore({ transport });
    const asked = store.ask('Wat kost het?', 'nl');
    expect(store.getSnapshot().busy).toBe(true);
    store.stop();
    await asked;
    const [turn] = store.getSnapshot().turns;
    expect(turn?.phase).toBe('stopped');
    expect(turn?.preview).toBe('Het kost');
    expect(store.getSnapshot().busy).toBe(false);
  });

  it('records a network failure and allows asking again', async () => {
    let calls = 0;
    const { transport } = scriptedTransport(() => {
      calls += 1;
      return calls === 1
        ? { events: [], end: { kind: 'network', message: 'Failed to fetch' } }
        : {
            events: [
              { event: 'sources', data: sourcesEvent() },
              { event: 'answer-end', data: answerEnd() },
            ],
          };
    });
    const store = createChatStore({ transport });
    await store.ask('Wat kost het?', 'nl');
    expect(store.getSnapshot().turns[0]?.phase).toBe('failed');
    expect(store.getSnapshot().turns[0]?.failure).toEqual({ kind: 'network', message: 'Failed to fetch' });
    await store.ask('Wat kost het?', 'nl');
    expect(store.getSnapshot().turns.map((turn) => turn.phase)).toEqual(['failed', 'done']);
  });

  it('ignores a blank question and a second question while one is on its way', async () => {
    const { transport, requests, release } = scriptedTransport(
      () => ({ events: [{ event: 'answer-end', data: answerEnd() }] }),
      { hold: true },
    );
    const store = createChatStore({ transport });
    await store.ask('   ', 'nl');
    const first = store.ask('Eerste vraag', 'nl');
    await store.ask('Tweede vraag', 'nl');
    release();
    await first;
    expect(requests.map((request) => request.question)).toEqual(['Eerste vraag']);
    expect(store.getSnapshot().turns).toHaveLength(1);
  });

  it('remembers the selected source and keeps the conversation', async () => {
    const { transport } = scriptedTransport(() => ({ events: [{ event: 'answer-end', data: answerEnd() }] }));
    const store = createChatStore({ transport, createId: () => 'vraag-a' });
    await store.ask('Wat kost het?', 'nl');
    store.select({ turnId: 'vraag-a', number: 1, returnFocusTo: 'knop' });
    expect(store.getSnapshot().selection).toEqual({ turnId: 'vraag-a', number: 1, returnFocusTo: 'knop' });
    store.select(null);
    expect(store.getSnapshot().selection).toBeNull();
    expect(store.getSnapshot().turns).toHaveLength(1);
  });
});
