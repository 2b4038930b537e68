import { validateSourceRoot } from '../../ingest/sources/index.ts';
import { describeSourceRootFailure } from './source-messages.ts';
import type { SearchableStore } from '../../ingest/store/index.ts';
import type { SourceConfig } from '../../ingest/types.ts';
import type { AdminSource } from '../contract/admin-sources.ts';
import type { JobRunner } from './job-runner.ts';
import { lastSuccessfulSync } from './overview.ts';
import type { Scheduler } from './scheduler.ts';

export interface SourceViewInputs {
  store: SearchableStore;
  runner: Pick<JobRunner, 'activeJobFor'>;
  scheduler: Pick<Scheduler, 'nextRun'>;
  isBuiltIn: (name: string) => boolean;
}

/** Sources with what the console shows next to them: counts, last sync, next run, a running job. */
export async function sourceViews(sources: SourceConfig[], inputs: SourceViewInputs): Promise<AdminSource[]> {
  const [documents, jobs] = await Promise.all([
    inputs.store.listDocuments(),
    inputs.store.listJobs({ limit: Number.MAX_SAFE_INTEGER }),
  ]);
  return Promise.all(
    sources.map(async (source) => {
      const own = documents.filter((document) => document.source === source.name);
      const searchable = own.filter((document) => document.status === 'indexed');
      const root = await checkRoot(source.root);
      return {
        name: source.name,
        root: source.root,
        include: source.include,
        exclude: source.exclude,
        accessGroups: source.accessGroups,
        schedule: source.schedule ?? null,
        nextRunAt: inputs.scheduler.nextRun(source.name)?.toISOString() ?? null,
        builtIn: inputs.isBuiltIn(source.name),
        rootProblem: root,
        documents: own.length,
        searchableDocuments: searchable.length,
        chunks: searchable.reduce((sum, document) => sum + document.chunkCount, 0),
        lastSuccessfulSync: lastSuccessfulSync(jobs, source.name),
        activeJob: inputs.runner.activeJobFor(source.name),
      };
    }),
  );
}

/** A hard-mounted share that is gone can block a stat for minutes; the list must not wait for it. */
const rootCheckMs = 3000;

async function checkRoot(root: string): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  const slow = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`${root} reageert niet binnen ${rootCheckMs / 1000} s`), rootCheckMs);
  });
  try {
    return await Promise.race([
      validateSourceRoot(root).then((result) =>
        result.ok ? null : describeSourceRootFailure(result.reason),
      ),
      slow,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
