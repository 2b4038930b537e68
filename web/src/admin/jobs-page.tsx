/** Taken: the job history, filtered by source and status; running jobs first and kept up to date. */
import { useCallback, useEffect, useState } from 'react';
import type { AdminJob, AdminJobStatus } from '../../../server/contract/index.ts';
import { useMessages, useServices } from '../app/services.tsx';
import { useLoaded } from '../app/use-loaded.ts';
import { Button } from '../ui/button.tsx';
import { FilterSelect } from '../ui/filter-select.tsx';
import { adminBase, adminUrls } from './admin-route.ts';
import { FailureAlert, Loading } from './admin-ui.tsx';
import { TextLink } from '../ui/links.tsx';
import { formatCounts, formatDuration, formatJobTime } from './format-admin.ts';
import { progressSummary } from './job-progress.tsx';
import { createJobsStore } from './jobs-store.ts';
import { useStore } from './store.ts';
import { ScrollTable } from '../ui/scroll-table.tsx';

const statuses: AdminJobStatus[] = ['queued', 'running', 'completed', 'failed', 'cancelled', 'interrupted'];

/** A plain GET form: the filter lives in the address, so it can be bookmarked and shared. */
function Filter({ source, status }: { source: string | null; status: AdminJobStatus | null }) {
  const messages = useMessages();
  const words = messages.admin.jobs;
  const { admin } = useServices();
  const sources = useLoaded(
    'sources',
    useCallback(() => admin.sources(), [admin]),
  );
  const names = sources.state === 'ok' ? sources.value.sources.map((entry) => entry.name) : [];
  if (source && !names.includes(source)) names.push(source);
  return (
    <form className="vraagbaak-filter" method="get" action={`${adminBase}/taken`}>
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {words.filter}
        </legend>
        <div className="vraagbaak-admin-filter__fields">
          <FilterSelect
            id="taken-bron"
            name="bron"
            label={words.source}
            allLabel={words.allSources}
            defaultValue={source}
            options={names.map((name) => ({ value: name, label: name }))}
          />
          <FilterSelect
            id="taken-status"
            name="status"
            label={words.status}
            allLabel={words.allStatuses}
            defaultValue={status}
            options={statuses.map((value) => ({ value, label: messages.admin.status[value] }))}
          />
          <Button type="submit" appearance="secondary-action">
            {words.apply}
          </Button>
        </div>
      </fieldset>
    </form>
  );
}

function JobRow({ job }: { job: AdminJob }) {
  const messages = useMessages();
  const words = messages.admin.jobs;
  const started = formatJobTime(job.startedAt ?? job.queuedAt, messages) ?? job.id;
  const files = job.progress ? progressSummary(job.progress, messages) : formatCounts(job.counts, messages);
  return (
    <tr className="utrecht-table__row">
      <th className="utrecht-table__header-cell" scope="row">
        <TextLink href={adminUrls.job(job.id)}>
          {job.startedAt ? started : `${started} (${words.notStarted})`}
        </TextLink>
      </th>
      <td className="utrecht-table__cell">{job.sources.join(', ')}</td>
      <td className="utrecht-table__cell">{messages.admin.kind[job.kind]}</td>
      <td className="utrecht-table__cell">{messages.admin.status[job.status]}</td>
      <td className="utrecht-table__cell">
        {job.durationMs === null ? '' : formatDuration(job.durationMs, messages)}
      </td>
      <td className="utrecht-table__cell">{files}</td>
    </tr>
  );
}

export function JobsPage({ source, status }: { source: string | null; status: AdminJobStatus | null }) {
  const messages = useMessages();
  const words = messages.admin.jobs;
  const { admin } = useServices();
  const [store] = useState(() => createJobsStore({ client: admin }));
  const snapshot = useStore(store);

  useEffect(() => {
    store.open({ ...(source ? { source } : {}), ...(status ? { status: [status] } : {}) });
    return () => store.close();
  }, [store, source, status]);

  const filtered = source !== null || status !== null;
  return (
    <>
      <h1 className="utrecht-heading-1">{words.heading}</h1>
      <p className="utrecht-paragraph">{words.intro}</p>
      <Filter source={source} status={status} />
      {snapshot.state === 'loading' ? <Loading /> : null}
      {snapshot.state === 'failed' && snapshot.failure ? <FailureAlert failure={snapshot.failure} /> : null}
      {snapshot.state === 'ok' && snapshot.jobs.length === 0 ? (
        <p className="utrecht-paragraph">{filtered ? words.emptyFiltered : words.empty}</p>
      ) : null}
      {snapshot.state === 'ok' && snapshot.jobs.length > 0 ? (
        <ScrollTable
          captionId="taken-tabel"
          caption={words.caption}
          columns={[words.started, words.sources, words.kind, words.status, words.duration, words.files]}
        >
          {snapshot.jobs.map((job) => (
            <JobRow key={job.id} job={job} />
          ))}
        </ScrollTable>
      ) : null}
    </>
  );
}
