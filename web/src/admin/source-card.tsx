/** One source on the sources page: its settings and state, and what an admin can do with it. */
import type { AdminSource } from '../../../server/contract/index.ts';
import { useMessages } from '../app/services.tsx';
import { formatDateTime } from '../i18n/format.ts';
import { Button } from '../ui/button.tsx';
import { adminUrls } from './admin-route.ts';
import { DataList, DataRow } from '../ui/data-list.tsx';
import { ButtonLink, TextLink } from '../ui/links.tsx';

export interface SourceCardProps {
  source: AdminSource;
  schedulesEnabled: boolean;
  busy: boolean;
  onStart: () => void;
  onRemove: (trigger: HTMLButtonElement) => void;
}

export function SourceCard({ source, schedulesEnabled, busy, onStart, onRemove }: SourceCardProps) {
  const messages = useMessages();
  const words = messages.admin.sources;
  const headingId = `bron-${source.name}`;
  const hidden = <span className="vraagbaak-visually-hidden">{words.forSource(source.name)}</span>;
  const schedule = source.schedule
    ? [
        source.schedule,
        source.nextRunAt
          ? words.nextRun(formatDateTime(source.nextRunAt, messages) ?? source.nextRunAt)
          : null,
        schedulesEnabled ? null : words.schedulesOff,
      ]
        .filter(Boolean)
        .join('; ')
    : words.noSchedule;
  return (
    <article className="vraagbaak-card vraagbaak-source-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="utrecht-heading-2">
        {source.name}
      </h2>
      {source.builtIn ? <p className="utrecht-paragraph">{words.builtIn}</p> : null}
      {source.rootProblem ? (
        <p className="utrecht-paragraph vraagbaak-error-text">{words.rootProblem(source.rootProblem)}</p>
      ) : null}
      <DataList>
        <DataRow label={words.root}>
          <span className="vraagbaak-path">{source.root}</span>
        </DataRow>
        <DataRow label={words.access}>{source.accessGroups.join(', ')}</DataRow>
        <DataRow label={words.include}>
          {source.include.length > 0 ? source.include.join(', ') : words.allFiles}
        </DataRow>
        <DataRow label={words.exclude}>
          {source.exclude.length > 0 ? source.exclude.join(', ') : words.nothing}
        </DataRow>
        <DataRow label={words.schedule}>{schedule}</DataRow>
        <DataRow label={words.documents}>
          {words.documentsValue(source.searchableDocuments, source.documents, source.chunks)}
        </DataRow>
        <DataRow label={words.lastSync}>
          {source.lastSuccessfulSync ? (
            <TextLink href={adminUrls.job(source.lastSuccessfulSync.jobId)}>
              {formatDateTime(source.lastSuccessfulSync.finishedAt, messages)}
            </TextLink>
          ) : (
            words.never
          )}
        </DataRow>
        <DataRow label={words.activeJob}>
          {source.activeJob ? (
            <TextLink href={adminUrls.job(source.activeJob.id)}>
              {words.activeJobLink(messages.admin.status[source.activeJob.status])}
            </TextLink>
          ) : null}
        </DataRow>
      </DataList>
      <div className="utrecht-button-group vraagbaak-actions">
        <Button appearance="primary-action" disabled={busy || source.activeJob !== null} onClick={onStart}>
          {words.start} {hidden}
        </Button>
        {source.builtIn ? null : (
          <>
            <ButtonLink href={adminUrls.editSource(source.name)}>
              {words.edit} {hidden}
            </ButtonLink>
            <Button
              appearance="secondary-action"
              disabled={busy}
              onClick={(event) => onRemove(event.currentTarget)}
            >
              {words.remove} {hidden}
            </Button>
          </>
        )}
      </div>
    </article>
  );
}
