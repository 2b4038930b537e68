/**
 * Tells watchers (the SSE route) that a job changed, without holding their data: each job has a version
 * number, and a watcher waits until it moves past the one it last saw.
 */
export class ProgressHub {
  private readonly versions = new Map<string, number>();
  private readonly waiters = new Map<string, Set<() => void>>();

  version(jobId: string): number {
    return this.versions.get(jobId) ?? 0;
  }

  notify(jobId: string): void {
    this.versions.set(jobId, this.version(jobId) + 1);
    const waiting = this.waiters.get(jobId);
    this.waiters.delete(jobId);
    for (const wake of waiting ?? []) wake();
  }

  /** Resolves once the job's version passes `seen`, after `timeoutMs`, or when `signal` aborts. */
  waitForChange(
    jobId: string,
    seen: number,
    options: { timeoutMs: number; signal?: AbortSignal },
  ): Promise<void> {
    if (this.version(jobId) > seen || options.signal?.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        options.signal?.removeEventListener('abort', done);
        this.waiters.get(jobId)?.delete(done);
        resolve();
      };
      const timer = setTimeout(done, options.timeoutMs);
      options.signal?.addEventListener('abort', done, { once: true });
      const waiting = this.waiters.get(jobId) ?? new Set();
      waiting.add(done);
      this.waiters.set(jobId, waiting);
    });
  }
}
