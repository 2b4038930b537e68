/** The end of a run: documents whose files are gone, then the index record and the full-text index. */
import type { DocumentSummary, Store } from '../store/index.ts';
import type { IndexInfo } from '../types.ts';
import type { BatchWriter } from './batch-writer.ts';
import type { Plan } from './process-files.ts';

/** Records and removes documents whose files left a source that was read completely. */
export async function removeGone(
  removals: DocumentSummary[],
  context: { store: Pick<Store, 'removeDocuments'>; batches: BatchWriter; plan: Plan; jobId: string },
): Promise<void> {
  const { batches, plan } = context;
  for (const document of removals) {
    const where = { source: document.source, relativePath: document.relativePath };
    plan.push({ ...where, change: 'removed', reason: '' });
    batches.record({
      jobId: context.jobId,
      ...where,
      status: 'removed',
      reason: 'niet meer in de bron',
      durationMs: 0,
    });
  }
  await batches.flush();
  if (removals.length > 0) {
    await context.store.removeDocuments(removals.map((document) => document.id));
    batches.changed = true;
  }
}

/** Records what the index now holds, and folds the run's writes into the full-text index. */
export async function finishIndex(
  store: Pick<Store, 'writeIndexInfo' | 'finishRun'>,
  wanted: IndexInfo,
  changed: boolean,
): Promise<void> {
  if (changed) await store.writeIndexInfo({ ...wanted, updatedAt: new Date() });
  await store.finishRun({ changed });
}
