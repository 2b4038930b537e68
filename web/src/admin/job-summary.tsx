/** What a job did: when, how long, how fast, and how many files ended in each status. */
import type { AdminJob } from '../../../server/contract/index.ts';
import { useMessages } from '../app/services.tsx';
import { adminUrls } from './admin-route.ts';
import { DataList, DataRow } from '../ui/data-list.tsx';
import { TextLink } from '../ui/links.tsx';
import { formatDuration, formatJobTime, formatNumber, outcomes } from './format-admin.ts';
import { ScrollTable } from '../ui/scroll-table.tsx';

export function JobDetails({ job }: { job: AdminJob }) {
  const messages = useMessages();
  const words = messages.admin.job;
  const number = (value: number, digits = 0) => formatNumber(value, messages, digits);
  return (
    <section aria-labelledby="taak-gegevens">
      <h2 id="taak-gegevens" className="utrecht-heading-2">
        {words.details}
      </h2>
      <DataList>
        <DataRow label={words.id}>{job.id}</DataRow>
        <DataRow label={words.sources}>{job.sources.join(', ')}</DataRow>
        <DataRow label={words.kind}>{messages.admin.kind[job.kind]}</DataRow>
        <DataRow label={words.trigger}>{messages.admin.trigger[job.trigger]}</DataRow>
        <DataRow label={words.startedAt}>{formatJobTime(job.startedAt, messages)}</DataRow>
        <DataRow label={words.finishedAt}>{formatJobTime(job.finishedAt, messages)}</DataRow>
        <DataRow label={words.duration}>
          {job.durationMs === null ? null : formatDuration(job.durationMs, messages)}
        </DataRow>
        <DataRow label={words.throughput}>
          {job.throughput
            ? messages.admin.format.perSecond(
                number(job.throughput.filesPerSecond, 1),
                number(job.throughput.pagesPerSecond, 1),
                number(job.throughput.chunksPerSecond, 1),
              )
            : null}
        </DataRow>
        <DataRow label={words.pages}>{job.progress ? null : number(job.pages)}</DataRow>
        <DataRow label={words.chunks}>{job.progress ? null : number(job.chunks)}</DataRow>
        <DataRow label={words.model}>{job.embeddingModel}</DataRow>
        <DataRow label={words.force}>{job.force ? messages.admin.format.yes : null}</DataRow>
        <DataRow label={words.resumedFrom}>
          {job.resumedFrom ? (
            <TextLink href={adminUrls.job(job.resumedFrom)}>{job.resumedFrom}</TextLink>
          ) : null}
        </DataRow>
        <DataRow label={words.error}>{job.error}</DataRow>
        <DataRow label={words.warnings}>
          {job.warnings.length > 0 ? (
            <ul className="utrecht-unordered-list">
              {job.warnings.map((warning, index) => (
                <li key={index} className="utrecht-unordered-list__item">
                  {warning}
                </li>
              ))}
            </ul>
          ) : null}
        </DataRow>
      </DataList>
    </section>
  );
}

export function JobCounts({ job }: { job: AdminJob }) {
  const messages = useMessages();
  const words = messages.admin.job;
  return (
    <section aria-labelledby="taak-resultaat">
      <h2 id="taak-resultaat" className="utrecht-heading-2">
        {words.result}
      </h2>
      <ScrollTable
        captionId="taak-aantallen"
        caption={words.countsCaption}
        columns={[words.statusColumn, { label: words.countColumn, className: 'vraagbaak-numeric' }]}
        narrow
      >
        {outcomes.map((outcome) => (
          <tr key={outcome} className="utrecht-table__row" data-status={outcome}>
            <th className="utrecht-table__header-cell" scope="row">
              {messages.admin.outcome[outcome]}
            </th>
            <td className="utrecht-table__cell vraagbaak-numeric">
              {formatNumber(job.counts[outcome], messages)}
            </td>
          </tr>
        ))}
      </ScrollTable>
    </section>
  );
}
