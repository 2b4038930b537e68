import { describe, expect, it } from 'vitest';
import type { JobFileView } from '../../../server/contract/index.ts';
import { ok } from '../result.ts';
import type { JobFilesFilter } from './admin-client.ts';
import { createJobFilesStore } from './job-files-store.ts';
import { brokenFile, jobFilesResponse, jobId } from './test-support/admin-fixtures.ts';
import { fakeAdminClient } from './test-support/fake-admin-client.ts';

const file = (index: number): JobFileView => ({ ...brokenFile, relativePath: `map/${index}.pdf` });

describe('createJobFilesStore', () => {
  it('shows what went wrong first, then filters, searches and pages with a matching CSV link', async () => {
    const filters: JobFilesFilter[] = [];
    const { client } = fakeAdminClient({
      jobFiles: async (_id, filter = {}) => {
        filters.push(filter);
        const offset = filter.offset ?? 0;
        return ok(jobFilesResponse([file(offset), file(offset + 1)], 3));
      },
    });
    const store = createJobFilesStore({ client, jobId, pageSize: 2 });
    await store.load();
    expect(filters[0]).toEqual({ status: ['failed', 'needs-ocr', 'skipped'], q: '', limit: 2, offset: 0 });
    expect(store.getSnapshot().csvUrl).toBe(
      `/api/admin/jobs/${jobId}/files.csv?status=failed%2Cneeds-ocr%2Cskipped`,
    );
    await store.loadMore();
    expect(store.getSnapshot().files.map((entry) => entry.relativePath)).toEqual([
      'map/0.pdf',
      'map/1.pdf',
      'map/2.pdf',
      'map/3.pdf',
    ]);
    await store.setStatuses(['unchanged']);
    await store.search('  kapot ');
    expect(filters.at(-1)).toEqual({ status: ['unchanged'], q: 'kapot', limit: 2, offset: 0 });
    expect(store.getSnapshot().files).toHaveLength(2);
    expect(store.getSnapshot().csvUrl).toBe(`/api/admin/jobs/${jobId}/files.csv?status=unchanged&q=kapot`);
  });

  it('keeps only the answer to the newest filter', async () => {
    const pending: ((value: ReturnType<typeof ok<ReturnType<typeof jobFilesResponse>>>) => void)[] = [];
    const { client } = fakeAdminClient({
      jobFiles: () => new Promise((resolve) => pending.push(resolve)),
    });
    const store = createJobFilesStore({ client, jobId });
    const first = store.setStatuses(['failed']);
    const second = store.setStatuses(['indexed']);
    pending[1]?.(ok(jobFilesResponse([file(2)])));
    pending[0]?.(ok(jobFilesResponse([file(1)])));
    await Promise.all([first, second]);
    expect(store.getSnapshot().files.map((entry) => entry.relativePath)).toEqual(['map/2.pdf']);
  });
});
