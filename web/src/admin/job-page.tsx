/** One job: live progress while it runs, then what it did and the files that need attention. */
import { useEffect, useState } from 'react';
import { useMessages, useServices } from '../app/services.tsx';
import { Alert } from '../ui/alert.tsx';
import { Button } from '../ui/button.tsx';
import { adminUrls } from './admin-route.ts';
import { FailureAlert, Loading } from './admin-ui.tsx';
import { TextLink } from '../ui/links.tsx';
import { JobAnnouncer } from './job-announcer.tsx';
import { JobFiles } from './job-files.tsx';
import { JobProgress } from './job-progress.tsx';
import { createJobStore, isActive } from './job-store.ts';
import { JobCounts, JobDetails } from './job-summary.tsx';
import { formatJobTime } from './format-admin.ts';
import { useStore } from './store.ts';

export function JobPage({ jobId }: { jobId: string }) {
  const messages = useMessages();
  const words = messages.admin.job;
  const { admin, navigate } = useServices();
  const [store] = useState(() => createJobStore({ client: admin }));
  const { job, failure, connection, action, actionFailure } = useStore(store);

  useEffect(() => {
    store.open(jobId);
    return () => store.close();
  }, [store, jobId]);

  const resume = async () => {
    const resumed = await store.resume();
    if (resumed.ok) navigate(adminUrls.job(resumed.value.id));
  };

  const when = job?.startedAt ? formatJobTime(job.startedAt, messages) : null;
  const active = job !== null && isActive(job);
  return (
    <>
      <p className="utrecht-paragraph">
        <TextLink href={adminUrls.jobs()}>{words.back}</TextLink>
      </p>
      <h1 className="utrecht-heading-1">{when ? words.heading(when) : words.headingQueued}</h1>
      <JobAnnouncer job={job} />
      {job === null && failure === null ? <Loading /> : null}
      {failure ? <FailureAlert failure={failure} /> : null}
      {job ? (
        <>
          <p className="utrecht-paragraph vraagbaak-job-status" data-status={job.status}>
            <span className="vraagbaak-job-status__label">{messages.admin.jobs.status}: </span>
            <strong>{messages.admin.status[job.status]}</strong>
          </p>
          {connection === 'reconnecting' && active ? (
            <p className="utrecht-paragraph vraagbaak-progress">{words.reconnecting}</p>
          ) : null}
          {actionFailure ? <FailureAlert failure={actionFailure} /> : null}
          {active ? (
            <JobProgress job={job} cancelling={action === 'cancel'} onCancel={() => void store.cancel()} />
          ) : null}
          {job.resumable ? (
            <Alert type="info" title={messages.admin.status[job.status]} level={2}>
              <p className="utrecht-paragraph">{words.resumeHint}</p>
              <Button appearance="primary-action" disabled={action !== null} onClick={() => void resume()}>
                {words.resume}
              </Button>
            </Alert>
          ) : null}
          {active ? null : <JobCounts job={job} />}
          <JobDetails job={job} />
          {/* Keyed on the status, so the list is read again once the job is done. */}
          {active ? null : <JobFiles key={job.status} jobId={job.id} />}
        </>
      ) : null}
    </>
  );
}
