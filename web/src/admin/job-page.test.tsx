// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ok } from '../result.ts';
import { JobPage } from './job-page.tsx';
import { adminJob, brokenFile, jobFilesResponse, jobId, runningJob } from './test-support/admin-fixtures.ts';
import { event } from './test-support/fake-admin-client.ts';
import { renderAdmin } from './test-support/render-admin.tsx';

afterEach(cleanup);

const liveRegion = () =>
  document.querySelector(
    '.vraagbaak-admin [role="status"][aria-live="polite"], [aria-live="polite"][aria-atomic="true"]',
  );

describe('JobPage', () => {
  it('shows live progress with a named progress bar and the figures as text', async () => {
    const { fake } = renderAdmin(<JobPage jobId={jobId} />, {
      streams: [{ events: [event('snapshot', runningJob())], hold: true }],
    });
    const bar = await screen.findByRole('progressbar', { name: 'Voortgang van de taak' });
    expect(bar.getAttribute('value')).toBe('41.7');
    expect(bar.getAttribute('max')).toBe('100');
    expect(document.getElementById(bar.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      '5 van 12 bestanden klaar (42%).',
    );
    expect(screen.getByText('beleid/nota-parkeren.pdf')).toBeDefined();
    expect(screen.getByText('2,4 bestanden per seconde')).toBeDefined();
    expect(screen.getByText('3 s')).toBeDefined();
    expect(screen.getByText('Bezig')).toBeDefined();
    fake.release();
  });

  it('speaks when the status changes, not for every progress event', async () => {
    const { fake } = renderAdmin(<JobPage jobId={jobId} />, {
      streams: [{ events: [event('snapshot', runningJob({ filesDone: 1 }))], hold: true }],
    });
    await screen.findByRole('progressbar');
    const region = liveRegion();
    expect(region?.textContent).toBe('');
    fake.streams.push({
      events: [
        event('snapshot', runningJob({ filesDone: 6 })),
        event('progress', runningJob({ filesDone: 7 })),
      ],
      hold: true,
    });
    await act(async () => fake.release());
    await waitFor(() => expect(screen.getByText(/^7 van 12/)).toBeDefined());
    expect(region?.textContent).toBe('');
    fake.streams.push({ events: [event('done', adminJob())] });
    await act(async () => fake.release());
    await waitFor(() =>
      expect(region?.textContent).toBe('De taak is klaar. 12 bestanden bekeken, 1 mislukt.'),
    );
  });

  it('stops a running job on request', async () => {
    const user = userEvent.setup();
    const { fake } = renderAdmin(<JobPage jobId={jobId} />, {
      admin: { cancelJob: async () => ok(runningJob({}, { cancelRequested: true })) },
      streams: [{ events: [event('snapshot', runningJob())], hold: true }],
    });
    await user.click(await screen.findByRole('button', { name: 'Taak stoppen' }));
    expect(fake.calls.find((call) => call.method === 'cancelJob')?.args).toEqual([jobId]);
    expect(await screen.findByText('De taak stopt na het bestand waar hij nu mee bezig is.')).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Taak stoppen' })).toBeNull();
    fake.release();
  });

  it('shows what a finished job did, and the broken file with its reason as text', async () => {
    const hostile = {
      ...brokenFile,
      relativePath: '<img src=x onerror=alert(1)>.pdf',
      reason: '<b>kapot</b>',
    };
    const { fake } = renderAdmin(<JobPage jobId={jobId} />, {
      admin: { jobFiles: async () => ok(jobFilesResponse([brokenFile, hostile], 2)) },
      streams: [{ events: [event('snapshot', adminJob()), event('done', adminJob())] }],
    });
    const counts = await screen.findByRole('table', { name: 'Bestanden per status' });
    expect(within(within(counts).getByRole('row', { name: /^Mislukt/ })).getByRole('cell').textContent).toBe(
      '1',
    );
    expect(screen.getByText('2,5 bestanden, 3,7 pagina’s en 30,8 tekststukken per seconde')).toBeDefined();
    const files = await screen.findByRole('table', { name: 'Bestanden van deze taak: 2 van 2' });
    const row = within(files).getByRole('rowheader', { name: 'beleid: kapot.pdf' }).closest('tr')!;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Mislukt', 'beschadigde PDF: Invalid PDF structure.', '40 ms']);
    expect(within(files).getByText('<b>kapot</b>')).toBeDefined();
    expect(document.querySelector('.vraagbaak-admin img, table img, table b')).toBeNull();
    expect(fake.calls.find((call) => call.method === 'jobFiles')?.args.slice(0, 2)).toEqual([
      jobId,
      { status: ['failed', 'needs-ocr', 'skipped'], q: '', limit: 100, offset: 0 },
    ]);
    expect(screen.getByRole('link', { name: 'Download deze lijst als CSV' }).getAttribute('href')).toBe(
      `/api/admin/jobs/${jobId}/files.csv?status=failed%2Cneeds-ocr%2Cskipped`,
    );
  });

  it('filters the files by status and searches them', async () => {
    const user = userEvent.setup();
    const { fake } = renderAdmin(<JobPage jobId={jobId} />, {
      streams: [{ events: [event('done', adminJob())] }],
    });
    await user.click(await screen.findByRole('checkbox', { name: 'Geïndexeerd (11)' }));
    await user.click(screen.getByRole('checkbox', { name: 'Mislukt (1)' }));
    await user.type(screen.getByRole('searchbox', { name: 'Zoek in pad en reden' }), 'nota{Enter}');
    const filters = fake.calls.filter((call) => call.method === 'jobFiles').map((call) => call.args[1]);
    expect(filters.at(-1)).toEqual({
      status: ['needs-ocr', 'skipped', 'indexed'],
      q: 'nota',
      limit: 100,
      offset: 0,
    });
  });

  it('resumes an interrupted job as a new job and goes there', async () => {
    const user = userEvent.setup();
    const { visited } = renderAdmin(<JobPage jobId={jobId} />, {
      streams: [{ events: [event('done', adminJob({ status: 'interrupted', resumable: true }))] }],
    });
    await user.click(await screen.findByRole('button', { name: 'Taak hervatten' }));
    expect(visited).toEqual(['/beheer/taken/20250301040000-00c0ffee']);
  });

  it('says so when the job does not exist', async () => {
    renderAdmin(<JobPage jobId={jobId} />, {
      streams: [
        {
          events: [],
          end: { kind: 'http', status: 404, code: 'not_found', message: `Taak ${jobId} bestaat niet.` },
        },
      ],
    });
    expect((await screen.findByRole('alert')).textContent).toContain(`Taak ${jobId} bestaat niet.`);
  });
});
