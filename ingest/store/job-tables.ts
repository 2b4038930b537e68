/** The jobs and job-files tables: the record of every run and of what happened to each file. */
import type * as lancedb from '@lancedb/lancedb';
import type { FileStatus, JobFileRecord, JobRecord } from '../types.ts';
import { sqlString, sqlStringList } from './filter.ts';
import { jobFileToRow, jobToRow, rowToJob, rowToJobFile } from './rows.ts';

export async function createJob(jobs: lancedb.Table, job: JobRecord): Promise<void> {
  await jobs.add([jobToRow(job)]);
}

export async function updateJob(jobs: lancedb.Table, job: JobRecord): Promise<void> {
  await jobs
    .mergeInsert('id')
    .whenMatchedUpdateAll()
    .whenNotMatchedInsertAll()
    .execute([jobToRow(job)]);
}

export async function getJob(jobs: lancedb.Table, id: string): Promise<JobRecord | null> {
  const rows = await jobs
    .query()
    .where(`id = ${sqlString(id)}`)
    .limit(1)
    .toArray();
  return rows[0] ? rowToJob(rows[0]) : null;
}

export async function listJobs(jobs: lancedb.Table, options: { limit?: number } = {}): Promise<JobRecord[]> {
  const rows = await jobs.query().toArray();
  return rows
    .map(rowToJob)
    .sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime())
    .slice(0, options.limit ?? 50);
}

/** Jobs a process that is gone left `running` become `interrupted`; returns how many. */
export async function interruptRunningJobs(jobs: lancedb.Table): Promise<number> {
  const running = await jobs.countRows(`status = 'running'`);
  if (running > 0) {
    await jobs.update({
      where: `status = 'running'`,
      values: {
        status: 'interrupted',
        finished_ms: Date.now(),
        error: 'het proces stopte tijdens de taak',
      },
    });
  }
  return running;
}

export async function addJobFiles(jobFiles: lancedb.Table, files: JobFileRecord[]): Promise<void> {
  if (files.length > 0) await jobFiles.add(files.map(jobFileToRow));
}

export async function listJobFiles(
  jobFiles: lancedb.Table,
  jobId: string,
  options: { statuses?: FileStatus[] } = {},
): Promise<JobFileRecord[]> {
  let where = `job_id = ${sqlString(jobId)}`;
  if (options.statuses !== undefined) {
    if (options.statuses.length === 0) return [];
    where += ` AND status IN ${sqlStringList(options.statuses)}`;
  }
  const rows = await jobFiles.query().where(where).toArray();
  return rows.map(rowToJobFile);
}
