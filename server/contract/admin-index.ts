/**
 * The admin API's public entry for the web app and tests: wire types (`z.infer` of the route schemas) and the
 * routes' type for the typed client. Type-only, so nothing of the server reaches the browser bundle.
 */
export type {
  AdminJob,
  AdminJobsResponse,
  AdminJobStatus,
  FileOutcome,
  JobEventName,
  JobFilesResponse,
  JobFileView,
  JobProgressView,
  StartJobBody,
} from './admin-jobs.ts';
export type { AdminOverview, RebuildBody, RebuildDiscarded } from './admin-overview.ts';
export type {
  AdminSource,
  AdminSourcesResponse,
  SourceCreateBody,
  SourceRemovedResponse,
  SourceUpdateBody,
} from './admin-sources.ts';
export type { AdminRoutes } from '../routes/admin-api.ts';
