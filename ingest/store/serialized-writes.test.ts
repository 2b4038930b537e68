import { describe, expect, it } from 'vitest';
import type { Store } from './store.ts';
import { serializeWrites } from './serialized-writes.ts';

/** A store whose commit waits for a gate, recording when each operation starts and ends. */
function gatedStore() {
  const events: string[] = [];
  let open: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const store = {
    async commit() {
      events.push('commit:start');
      await gate;
      events.push('commit:end');
    },
    async repair() {
      events.push('repair');
      return { orphanChunksRemoved: 0, documentsReset: 0, jobsInterrupted: 0 };
    },
    async listDocuments() {
      events.push('read');
      return [];
    },
  } as unknown as Store;
  return { store, events, open: () => open() };
}

describe('serializeWrites', () => {
  it('lets a repair wait for a commit in progress, and a read pass at once', async () => {
    const { store, events, open } = gatedStore();
    const serialized = serializeWrites(store);
    const committing = serialized.commit([], 'set-1');
    const repairing = serialized.repair();
    await serialized.listDocuments();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect([...events].sort()).toEqual(['commit:start', 'read']);
    open();
    await Promise.all([committing, repairing]);
    expect(events.slice(-2)).toEqual(['commit:end', 'repair']);
  });

  it('goes on after a failed operation', async () => {
    const failing = {
      async commit() {
        throw new Error('schijf vol');
      },
      async repair() {
        return { orphanChunksRemoved: 0, documentsReset: 0, jobsInterrupted: 0 };
      },
    } as unknown as Store;
    const serialized = serializeWrites(failing);
    await expect(serialized.commit([], 'set-1')).rejects.toThrow('schijf vol');
    await expect(serialized.repair()).resolves.toMatchObject({ orphanChunksRemoved: 0 });
  });
});
