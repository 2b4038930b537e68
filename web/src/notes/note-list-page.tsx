/**
 * The notes the user may see, filtered by status, topic, "needs review" and "mine". The filter is a plain
 * GET form, so it lives in the address. Expired notes carry the badge "Herziening nodig".
 */
import { useCallback } from 'react';
import type { NoteSummary, TopicView } from '../../../server/contract/index.ts';
import { useMessages, useServices } from '../app/services.tsx';
import { useLoaded } from '../app/use-loaded.ts';
import { formatDate, formatDateTime } from '../i18n/format.ts';
import { Button } from '../ui/button.tsx';
import { FilterSelect } from '../ui/filter-select.tsx';
import { noteStatuses, notesBase, notesUrls, type NoteListQuery } from './notes-route.ts';
import { FailureAlert, Loading, NoteBadges, useNotesTitle } from './notes-ui.tsx';
import { TextLink } from '../ui/links.tsx';
import { ScrollTable } from '../ui/scroll-table.tsx';

function Filter({ query, topics, expert }: { query: NoteListQuery; topics: TopicView[]; expert: boolean }) {
  const messages = useMessages();
  const words = messages.notes.list;
  const check = (id: string, name: string, label: string, checked: boolean) => (
    <div className="utrecht-form-field utrecht-form-field--checkbox vraagbaak-notes-check">
      <input
        id={id}
        name={name}
        value="ja"
        type="checkbox"
        className="utrecht-checkbox utrecht-checkbox--html-input"
        defaultChecked={checked}
      />
      <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
        {label}
      </label>
    </div>
  );
  return (
    <form className="vraagbaak-filter" method="get" action={notesBase}>
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {words.filter}
        </legend>
        <div className="vraagbaak-notes-filter__fields">
          {expert ? (
            <FilterSelect
              id="notities-status"
              name="status"
              label={words.status}
              allLabel={words.allStatuses}
              defaultValue={query.status}
              options={noteStatuses.map((status) => ({
                value: status,
                label: messages.notes.status[status],
              }))}
            />
          ) : null}
          <FilterSelect
            id="notities-onderwerp"
            name="onderwerp"
            label={words.topic}
            allLabel={words.allTopics}
            defaultValue={query.topic}
            options={topics.map((topic) => ({ value: topic.id, label: topic.name }))}
          />
        </div>
        <div className="vraagbaak-notes-filter__checks">
          {check('notities-herziening', 'herziening', words.needsReview, query.needsReview)}
          {expert ? check('notities-mijn', 'mijn', words.mine, query.mine) : null}
        </div>
        <Button type="submit" appearance="secondary-action">
          {words.apply}
        </Button>
      </fieldset>
    </form>
  );
}

function NoteRow({ note }: { note: NoteSummary }) {
  const messages = useMessages();
  const words = messages.notes.list;
  const pending = note.published !== null && note.status !== 'published';
  return (
    <tr className="utrecht-table__row" data-status={note.status}>
      <th className="utrecht-table__header-cell" scope="row">
        <TextLink href={notesUrls.note(note.id)}>{note.title}</TextLink>
      </th>
      <td className="utrecht-table__cell">
        <NoteBadges status={note.status} needsReview={note.needsReview} />
        {pending ? <span className="vraagbaak-notes-muted">{` (${words.unpublishedChanges})`}</span> : null}
      </td>
      <td className="utrecht-table__cell">{note.topic?.name ?? ''}</td>
      <td className="utrecht-table__cell">{note.authorName}</td>
      <td className="utrecht-table__cell">{formatDate(note.reviewDate, messages) ?? ''}</td>
      <td className="utrecht-table__cell">{formatDateTime(note.updatedAt, messages) ?? ''}</td>
    </tr>
  );
}

export function NoteListPage({ query, expert }: { query: NoteListQuery; expert: boolean }) {
  const messages = useMessages();
  const words = messages.notes.list;
  const { notes } = useServices();
  useNotesTitle(words.heading);
  const topics = useLoaded(
    'topics',
    useCallback(() => notes.topics(), [notes]),
  );
  const list = useLoaded(
    JSON.stringify(query),
    useCallback(
      () =>
        notes.list({
          ...(query.status ? { status: [query.status] } : {}),
          ...(query.topic ? { topic: query.topic } : {}),
          needsReview: query.needsReview,
          mine: query.mine,
          limit: 200,
        }),
      [notes, query],
    ),
  );
  const columns = words.columns;
  const filtered = query.status !== null || query.topic !== null || query.needsReview || query.mine;
  return (
    <>
      <h1 className="utrecht-heading-1">{words.heading}</h1>
      <p className="utrecht-paragraph">{words.intro}</p>
      <Filter query={query} topics={topics.state === 'ok' ? topics.value.topics : []} expert={expert} />
      {list.state === 'loading' ? <Loading /> : null}
      {list.state === 'failed' ? <FailureAlert failure={list.reason} /> : null}
      {list.state === 'ok' && list.value.notes.length === 0 ? (
        <p className="utrecht-paragraph">{filtered ? words.emptyFiltered : words.empty}</p>
      ) : null}
      {list.state === 'ok' && list.value.notes.length > 0 ? (
        <ScrollTable
          captionId="notities-tabel"
          caption={`${words.caption}: ${words.count(list.value.notes.length, list.value.total)}`}
          columns={[
            columns.title,
            columns.status,
            columns.topic,
            columns.author,
            columns.reviewDate,
            columns.updated,
          ]}
        >
          {list.value.notes.map((note) => (
            <NoteRow key={note.id} note={note} />
          ))}
        </ScrollTable>
      ) : null}
    </>
  );
}
