export { crawlFolder, type CrawlEntry, type CrawlOptions } from './folder-source.ts';
export { crawlSkipReason } from './skip-rules.ts';
export { hashFile } from './hash-file.ts';
export {
  loadSources,
  saveSources,
  sourceConfigSchema,
  validateSourceRoot,
  ALL_STAFF_GROUP,
} from './sources-file.ts';
export { nextScheduledRun, parseSchedule, scheduleSchema } from './schedule.ts';
export { validateSource } from './validate-source.ts';
