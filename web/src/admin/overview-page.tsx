/** The knowledge base at a glance: figures, documents per source and type, old documents, search mode. */
import { useCallback } from 'react';
import type { AdminOverview } from '../../../server/contract/index.ts';
import { useMessages, useServices } from '../app/services.tsx';
import { useLoaded } from '../app/use-loaded.ts';
import { formatDate, formatDateTime, formatFormat } from '../i18n/format.ts';
import { Alert } from '../ui/alert.tsx';
import { adminUrls } from './admin-route.ts';
import { FailureAlert, Loading } from './admin-ui.tsx';
import { DataList, DataRow } from '../ui/data-list.tsx';
import { TextLink } from '../ui/links.tsx';
import { formatBytes, formatCounts, formatNumber } from './format-admin.ts';
import { ScrollTable } from '../ui/scroll-table.tsx';

function SearchWarnings({ overview }: { overview: AdminOverview }) {
  const messages = useMessages();
  const words = messages.admin.overview;
  return (
    <>
      {overview.search.lexicalOnly ? (
        <Alert type="warning" title={words.lexicalTitle} level={2}>
          <p className="utrecht-paragraph">{words.lexical}</p>
          {overview.search.lexicalReason ? (
            <p className="utrecht-paragraph">{words.lexicalReason(overview.search.lexicalReason)}</p>
          ) : null}
        </Alert>
      ) : null}
      {overview.rebuild.needed ? (
        <Alert type="warning" title={words.rebuildTitle} level={2}>
          {overview.rebuild.reason ? <p className="utrecht-paragraph">{overview.rebuild.reason}</p> : null}
          <p className="utrecht-paragraph">
            <TextLink href={adminUrls.index}>{words.rebuildLink}</TextLink>
          </p>
        </Alert>
      ) : null}
    </>
  );
}

function Figures({ overview }: { overview: AdminOverview }) {
  const messages = useMessages();
  const words = messages.admin.overview;
  const number = (value: number) => formatNumber(value, messages);
  const last = overview.jobs.last;
  return (
    <section aria-labelledby="overzicht-cijfers">
      <h2 id="overzicht-cijfers" className="utrecht-heading-2">
        {words.figures}
      </h2>
      <DataList>
        <DataRow label={words.documents}>
          {words.documentsValue(number(overview.documents.searchable), number(overview.documents.total))}
        </DataRow>
        <DataRow label={words.chunks}>{number(overview.chunks)}</DataRow>
        <DataRow label={words.pages}>{number(overview.pages)}</DataRow>
        <DataRow label={words.indexSize}>{formatBytes(overview.index.sizeBytes, messages)}</DataRow>
        <DataRow label={words.model}>
          {overview.index.embeddingModel
            ? words.modelValue(overview.index.embeddingModel, overview.index.embeddingRevision)
            : words.noModel}
        </DataRow>
        <DataRow label={words.search}>
          {overview.search.lexicalOnly ? words.searchLexical : words.searchHybrid}
        </DataRow>
        <DataRow label={words.updated}>{formatDateTime(overview.index.updatedAt, messages)}</DataRow>
        <DataRow label={words.lastJob}>
          {last ? (
            <TextLink href={adminUrls.job(last.id)}>
              {`${messages.admin.status[last.status]}, ${formatDateTime(last.startedAt, messages) ?? last.id}: ${formatCounts(last.counts, messages)}`}
            </TextLink>
          ) : null}
        </DataRow>
      </DataList>
    </section>
  );
}

function PerSource({ overview }: { overview: AdminOverview }) {
  const messages = useMessages();
  const words = messages.admin.overview;
  const formats = Object.keys(overview.byFormat).sort();
  return (
    <section aria-labelledby="overzicht-bronnen">
      <h2 id="overzicht-bronnen" className="utrecht-heading-2">
        {words.perSource}
      </h2>
      <ScrollTable
        captionId="overzicht-bronnen-tabel"
        caption={words.perSourceCaption}
        columns={[
          words.source,
          { label: words.searchable, className: 'vraagbaak-numeric' },
          ...formats.map((format) => ({
            label: formatFormat(format, messages),
            className: 'vraagbaak-numeric',
          })),
          words.lastSync,
        ]}
        footer={
          <>
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="row">
                {words.total}
              </th>
              <td className="utrecht-table__cell vraagbaak-numeric">
                {formatNumber(overview.documents.searchable, messages)}
              </td>
              {formats.map((format) => (
                <td key={format} className="utrecht-table__cell vraagbaak-numeric">
                  {formatNumber(overview.byFormat[format] ?? 0, messages)}
                </td>
              ))}
              <td className="utrecht-table__cell" />
            </tr>
          </>
        }
      >
        {overview.sources.map((source) => (
          <tr key={source.name} className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="row">
              {source.name}
              {source.registered ? null : ` ${words.notRegistered}`}
            </th>
            <td className="utrecht-table__cell vraagbaak-numeric">
              {formatNumber(source.searchable, messages)}
            </td>
            {formats.map((format) => (
              <td key={format} className="utrecht-table__cell vraagbaak-numeric">
                {formatNumber(source.byFormat[format] ?? 0, messages)}
              </td>
            ))}
            <td className="utrecht-table__cell">
              {source.lastSuccessfulSync ? (
                <TextLink href={adminUrls.job(source.lastSuccessfulSync.jobId)}>
                  {formatDateTime(source.lastSuccessfulSync.finishedAt, messages)}
                </TextLink>
              ) : (
                words.never
              )}
            </td>
          </tr>
        ))}
      </ScrollTable>
    </section>
  );
}

function Stale({ overview }: { overview: AdminOverview }) {
  const messages = useMessages();
  const words = messages.admin.overview;
  const { stale } = overview;
  return (
    <section aria-labelledby="overzicht-oud">
      <h2 id="overzicht-oud" className="utrecht-heading-2">
        {words.staleHeading}
      </h2>
      <p className="utrecht-paragraph">
        {stale.count > 0 ? words.stale(stale.count, stale.years) : words.staleNone(stale.years)}
      </p>
      {stale.oldest.length > 0 ? (
        <ScrollTable
          captionId="overzicht-oud-tabel"
          caption={words.staleCaption}
          columns={[words.document, words.location, words.modified]}
        >
          {stale.oldest.map((document) => (
            <tr key={document.documentId} className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="row">
                <TextLink href={`/document/${document.documentId}`}>{document.title}</TextLink>
              </th>
              <td className="utrecht-table__cell vraagbaak-path">{`${document.source}: ${document.relativePath}`}</td>
              <td className="utrecht-table__cell">{formatDate(document.modifiedAt, messages)}</td>
            </tr>
          ))}
        </ScrollTable>
      ) : null}
    </section>
  );
}

function ActiveJobs({ overview }: { overview: AdminOverview }) {
  const messages = useMessages();
  if (overview.jobs.active.length === 0) return null;
  return (
    <Alert type="info" title={messages.admin.overview.activeTitle} level={2}>
      <ul className="utrecht-unordered-list">
        {overview.jobs.active.map((job) => (
          <li key={job.id} className="utrecht-unordered-list__item">
            <TextLink href={adminUrls.job(job.id)}>
              {messages.admin.overview.activeJob(job.sources.join(', '), messages.admin.status[job.status])}
            </TextLink>
          </li>
        ))}
      </ul>
    </Alert>
  );
}

export function OverviewPage() {
  const messages = useMessages();
  const { admin } = useServices();
  const loaded = useLoaded(
    'overview',
    useCallback(() => admin.overview(), [admin]),
  );
  return (
    <>
      <h1 className="utrecht-heading-1">{messages.admin.overview.heading}</h1>
      {loaded.state === 'failed' ? <FailureAlert failure={loaded.reason} /> : null}
      {loaded.state === 'loading' || loaded.state === 'idle' ? <Loading /> : null}
      {loaded.state === 'ok' ? (
        <>
          <SearchWarnings overview={loaded.value} />
          <ActiveJobs overview={loaded.value} />
          <Figures overview={loaded.value} />
          <PerSource overview={loaded.value} />
          <Stale overview={loaded.value} />
        </>
      ) : null}
    </>
  );
}
