/**
 * File outcomes and document writes wait here and go to the store in batches: every LanceDB write is a table
 * version, so one per file would bloat the index. Batches are written one after the other, in order.
 */
import type { DocumentWrite, Store } from '../store/index.ts';
import type { JobFileRecord, JobRecord } from '../types.ts';

const batchMaxChunks = 512;
const batchMaxDocuments = 32;

export class BatchWriter {
  /** Every outcome recorded in this run, in order. */
  readonly files: JobFileRecord[] = [];
  private writes: DocumentWrite[] = [];
  private outcomes: JobFileRecord[] = [];
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: Pick<Store, 'commit' | 'addJobFiles'>,
    private readonly job: JobRecord,
    /** Whether the run changed the knowledge base (so the full-text index and the index record need work). */
    public changed: boolean,
  ) {}

  /** One file's outcome, counted on the job. */
  record(file: JobFileRecord): void {
    this.files.push(file);
    this.outcomes.push(file);
    this.job.counts[file.status] += 1;
  }

  add(write: DocumentWrite): void {
    this.writes.push(write);
  }

  get full(): boolean {
    const chunks = this.writes.reduce((sum, write) => sum + write.chunks.length, 0);
    return this.writes.length >= batchMaxDocuments || chunks >= batchMaxChunks;
  }

  /** Writes what waits, after any batch still being written. */
  flush(): Promise<void> {
    const writes = this.writes.splice(0);
    const outcomes = this.outcomes;
    this.outcomes = [];
    this.flushing = this.flushing.then(async () => {
      if (writes.length > 0) {
        this.changed = true;
        await this.store.commit(writes, this.job.id);
      }
      await this.store.addJobFiles(outcomes);
    });
    return this.flushing;
  }
}
