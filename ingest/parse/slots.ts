/** At most `size` tasks run at once; the rest wait in arrival order. A waiting task can be aborted. */
export interface Slots {
  run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
}

export function createSlots(size: number): Slots {
  let running = 0;
  const waiting: Array<() => void> = [];

  const acquire = (signal?: AbortSignal): Promise<void> => {
    if (running < size) {
      running++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        waiting.splice(waiting.indexOf(start), 1);
        reject(signal?.reason);
      };
      const start = () => {
        signal?.removeEventListener('abort', onAbort);
        running++;
        resolve();
      };
      waiting.push(start);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  };

  const release = () => {
    running--;
    waiting.shift()?.();
  };

  return {
    async run(task, signal) {
      signal?.throwIfAborted();
      await acquire(signal);
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}
