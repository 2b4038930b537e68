/**
 * Live progress of a queued or running job: a native <progress> with an accessible name, the same figures
 * as text (files done of total, rate, time left, current file), and the cancel button.
 */
import type { AdminJob, JobProgressView } from '../../../server/contract/index.ts';
import { useMessages } from '../app/services.tsx';
import type { Messages } from '../i18n/messages-nl.ts';
import { Button } from '../ui/button.tsx';
import { DataList, DataRow } from '../ui/data-list.tsx';
import { formatCounts, formatDuration, formatNumber, formatPercent, formatRate } from './format-admin.ts';

/** One sentence for where a job is: waiting, looking for files, n of m done, or finishing. */
export function progressSummary(progress: JobProgressView, messages: Messages): string {
  const words = messages.admin.job;
  switch (progress.phase) {
    case 'queued':
      return words.queued;
    case 'crawling':
      return words.crawling;
    case 'finishing':
    case 'done':
      return words.finishing;
    case 'processing':
      return words.filesDone(
        formatNumber(progress.filesDone, messages),
        formatNumber(progress.filesTotal, messages),
        formatPercent(progress.percent ?? 0, messages),
      );
  }
}

export function JobProgress({
  job,
  cancelling,
  onCancel,
}: {
  job: AdminJob;
  cancelling: boolean;
  onCancel: () => void;
}) {
  const messages = useMessages();
  const words = messages.admin.job;
  const progress = job.progress;
  if (!progress) return null;
  const known = progress.percent !== null && progress.phase !== 'queued';
  return (
    <section className="vraagbaak-job-progress" aria-labelledby="taak-voortgang">
      <h2 id="taak-voortgang" className="utrecht-heading-2">
        {words.progress}
      </h2>
      <label className="utrecht-form-label vraagbaak-visually-hidden" htmlFor="taak-voortgangsbalk">
        {words.progressLabel}
      </label>
      {/* Without a value the bar shows "busy, amount unknown" while the folder is searched. */}
      <progress
        id="taak-voortgangsbalk"
        className="vraagbaak-progress-bar"
        max={100}
        {...(known ? { value: progress.percent ?? 0 } : {})}
        aria-describedby="taak-voortgang-tekst"
      >
        {known ? formatPercent(progress.percent ?? 0, messages) : null}
      </progress>
      <p id="taak-voortgang-tekst" className="utrecht-paragraph vraagbaak-job-progress__text">
        {progressSummary(progress, messages)}
      </p>
      <DataList>
        <DataRow label={words.currentFile}>
          {progress.currentFile ? <span className="vraagbaak-path">{progress.currentFile}</span> : null}
        </DataRow>
        <DataRow label={words.rate}>
          {progress.phase === 'processing' ? formatRate(progress.filesPerSecond, messages) : null}
        </DataRow>
        <DataRow label={words.eta}>
          {progress.phase === 'processing'
            ? progress.etaSeconds === null
              ? messages.admin.format.unknown
              : formatDuration(progress.etaSeconds * 1000, messages)
            : null}
        </DataRow>
        <DataRow label={words.elapsed}>{formatDuration(progress.elapsedMs, messages)}</DataRow>
        <DataRow label={words.soFar}>{formatCounts(progress.counts, messages)}</DataRow>
      </DataList>
      {job.cancelRequested ? (
        <p className="utrecht-paragraph">{words.cancelling}</p>
      ) : (
        <div className="utrecht-button-group vraagbaak-actions">
          <Button appearance="secondary-action" disabled={cancelling} onClick={onCancel}>
            {words.cancel}
          </Button>
        </div>
      )}
    </section>
  );
}
