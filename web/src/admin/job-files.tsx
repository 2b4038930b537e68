/**
 * The files of a finished job with their status and reason: filter by status, search, page, download as
 * CSV. Paths and reasons come from files on a share and are shown as text only.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { FileOutcome } from '../../../server/contract/index.ts';
import { useMessages, useServices } from '../app/services.tsx';
import { Button } from '../ui/button.tsx';
import { FailureAlert, Loading } from './admin-ui.tsx';
import { formatDuration, formatNumber, outcomes } from './format-admin.ts';
import { createJobFilesStore } from './job-files-store.ts';
import { useStore } from './store.ts';
import { TextField } from '../ui/form-field.tsx';
import { ScrollTable } from '../ui/scroll-table.tsx';

export function JobFiles({ jobId }: { jobId: string }) {
  const messages = useMessages();
  const words = messages.admin.files;
  const { admin } = useServices();
  const [store] = useState(() => createJobFilesStore({ client: admin, jobId }));
  const snapshot = useStore(store);
  const [query, setQuery] = useState('');

  useEffect(() => {
    void store.load();
  }, [store]);

  const toggle = (outcome: FileOutcome, checked: boolean) => {
    const next = checked
      ? [...snapshot.statuses, outcome]
      : snapshot.statuses.filter((status) => status !== outcome);
    void store.setStatuses(outcomes.filter((status) => next.includes(status)));
  };

  const search = (event: FormEvent) => {
    event.preventDefault();
    void store.search(query);
  };

  return (
    <section aria-labelledby="taak-bestanden">
      <h2 id="taak-bestanden" className="utrecht-heading-2">
        {words.heading}
      </h2>
      <p className="utrecht-paragraph">{words.intro}</p>
      <form className="vraagbaak-filter" onSubmit={search}>
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            {words.statuses}
          </legend>
          <div className="vraagbaak-admin-filter__checks">
            {outcomes.map((outcome) => (
              <div key={outcome} className="utrecht-form-field utrecht-form-field--checkbox">
                <div className="utrecht-form-field__input">
                  <input
                    id={`bestanden-${outcome}`}
                    type="checkbox"
                    className="utrecht-checkbox utrecht-checkbox--html-input"
                    checked={snapshot.statuses.includes(outcome)}
                    onChange={(event) => toggle(outcome, event.target.checked)}
                  />
                </div>
                <div className="utrecht-form-field__label">
                  <label
                    className="utrecht-form-label utrecht-form-label--checkbox"
                    htmlFor={`bestanden-${outcome}`}
                  >
                    {`${messages.admin.outcome[outcome]} (${formatNumber(snapshot.counts?.[outcome] ?? 0, messages)})`}
                  </label>
                </div>
              </div>
            ))}
          </div>
        </fieldset>
        <div className="vraagbaak-admin-filter__fields">
          <TextField
            id="bestanden-zoek"
            label={words.search}
            errors={[]}
            type="search"
            maxLength={200}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
          <Button type="submit" appearance="secondary-action">
            {words.searchButton}
          </Button>
        </div>
      </form>
      <p className="utrecht-paragraph">
        <a className="utrecht-link utrecht-link--html-a" href={snapshot.csvUrl} download>
          {words.csv}
        </a>
      </p>
      {snapshot.state === 'loading' ? <Loading /> : null}
      {snapshot.state === 'failed' && snapshot.failure ? (
        <FailureAlert failure={snapshot.failure} level={3} />
      ) : null}
      <p className="utrecht-paragraph" role="status">
        {snapshot.state === 'ok' ? (snapshot.total === 0 ? words.none : words.found(snapshot.total)) : ''}
      </p>
      {snapshot.state === 'ok' && snapshot.files.length > 0 ? (
        <ScrollTable
          captionId="bestanden-tabel"
          caption={words.caption(snapshot.files.length, snapshot.total)}
          columns={[words.file, words.status, words.reason, words.duration]}
        >
          {snapshot.files.map((file) => (
            <tr
              key={`${file.source}/${file.relativePath}`}
              className="utrecht-table__row"
              data-status={file.status}
            >
              <th className="utrecht-table__header-cell vraagbaak-path" scope="row">
                {`${file.source}: ${file.relativePath}`}
              </th>
              <td className="utrecht-table__cell">{messages.admin.outcome[file.status]}</td>
              <td className="utrecht-table__cell">{file.reason}</td>
              <td className="utrecht-table__cell">{formatDuration(file.durationMs, messages)}</td>
            </tr>
          ))}
        </ScrollTable>
      ) : null}
      {snapshot.files.length < snapshot.total ? (
        <Button
          appearance="secondary-action"
          disabled={snapshot.loadingMore}
          onClick={() => void store.loadMore()}
        >
          {words.more}
        </Button>
      ) : null}
    </section>
  );
}
