/**
 * The admin backend: sources, ingest jobs (queued, live progress, cancel, resume), schedules, job history
 * and the knowledge-base overview. Jobs run on the ingest engine, as the CLI does.
 */
export { openAdminServices, type AdminOptions, type AdminServices } from './open-admin.ts';
export { JobRunner, type JobRunnerOptions, type RunnerFailure, type StartRequest } from './job-runner.ts';
export { SourceRegistry, type RegistryFailure, type RemovalPreview } from './source-registry.ts';
export { Scheduler, type SchedulerOptions } from './scheduler.ts';
export { buildOverview } from './overview.ts';
export { sourceViews } from './source-views.ts';
export { indexState, type IndexState } from './index-state.ts';
export { toCsv, csvCell } from './csv.ts';
export { folderSize } from './folder-size.ts';
export { requireAdmin, adminRole } from './require-admin.ts';
export { ProgressHub } from './progress-hub.ts';
export { activeJobView, finishedJobView } from './job-views.ts';
