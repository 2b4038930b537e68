export { crawlFolder, type CrawlEntry, type CrawlOptions } from './folder-source.ts';
export { crawlSkipReason } from './skip-rules.ts';
export { hashFile } from './hash-file.ts';
export {
  loadSources,
  saveSources,
  sourceConfigSchema,
  validateSourceRoot,
  ALL_STAFF_GROUP,
  type SourceRootFailure,
  type SourcesFileFailure,
} from './sources-file.ts';
export { nextScheduledRun, parseSchedule, scheduleSchema } from './schedule.ts';
export { validateSource, type RootOverlap, type SourceProblem } from './validate-source.ts';
export { describeSourceRootFailure, describeSourcesFileFailure } from './messages.ts';
