/**
 * "Hoe kwam dit antwoord tot stand?": the passages the search found with their scores, which of them the
 * answer cites, the model (or none), the timings, the index date, and a link to the stored record.
 */
import { useState } from 'react';
import type { Turn } from '../chat/chat-store.ts';
import { findCitedSource, isCited } from '../chat/citation-lookup.ts';
import { formatDateTime, formatPlace, formatScore } from '../i18n/format.ts';
import type { Messages } from '../i18n/messages-nl.ts';
import { useMessages, useServices } from '../app/services.tsx';
import { useLoaded } from '../app/use-loaded.ts';
import { NewTabLink } from '../ui/external-link.tsx';
import { contentLanguage } from '../i18n/content-language.ts';
import { DataList, DataRow } from '../ui/data-list.tsx';
import { ScrollTable } from '../ui/scroll-table.tsx';

function citedText(turn: Turn, number: number, messages: Messages): string {
  if (!isCited(turn, number)) return messages.provenance.citedNo;
  return findCitedSource(turn, number)?.check === 'flagged'
    ? messages.provenance.citedFlagged
    : messages.provenance.citedYes;
}

function timings(turn: Turn, messages: Messages): string | null {
  const measured = turn.answer?.timings;
  if (!measured) return null;
  return [
    messages.provenance.retrievalMs(measured.retrievalMs),
    measured.firstTokenMs === null ? null : messages.provenance.firstTokenMs(measured.firstTokenMs),
    messages.provenance.totalMs(measured.totalMs),
  ]
    .filter(Boolean)
    .join(', ');
}

function Details({ turn }: { turn: Turn }) {
  const messages = useMessages();
  const { health } = useServices();
  const loadedHealth = useLoaded('health', health);
  const indexDate =
    loadedHealth.state === 'ok' ? formatDateTime(loadedHealth.value.index.updatedAt, messages) : null;
  const answer = turn.answer;
  const model = answer?.model ? `${answer.model.name} (${answer.model.model})` : messages.provenance.noModel;
  const status = answer ? answer.status : turn.phase === 'stopped' ? 'stopped' : null;
  const rows: [string, string | null][] = [
    [messages.provenance.status, status ? messages.provenance.statuses[status] : null],
    [messages.provenance.model, answer || turn.phase === 'stopped' ? model : null],
    [
      messages.provenance.search,
      turn.sources
        ? turn.sources.retrievalMode === 'lexical'
          ? messages.provenance.searchLexical
          : messages.provenance.searchHybrid
        : null,
    ],
    [messages.provenance.timings, timings(turn, messages)],
    [messages.provenance.indexDate, indexDate ?? messages.provenance.unknown],
    [messages.provenance.answerId, answer?.answerId ?? null],
  ];
  const captionId = `${turn.id}-passages`;
  return (
    <>
      <DataList>
        {rows.map(([label, value]) => (
          <DataRow key={label} label={label}>
            {value}
          </DataRow>
        ))}
      </DataList>
      {turn.sources && turn.sources.passages.length > 0 ? (
        <ScrollTable
          captionId={captionId}
          caption={messages.provenance.passagesCaption}
          columns={[
            messages.provenance.columnNumber,
            messages.provenance.columnDocument,
            messages.provenance.columnPlace,
            {
              label: messages.provenance.columnScore,
              className: 'utrecht-table__header-cell--numeric-column',
            },
            messages.provenance.columnCited,
          ]}
        >
          {turn.sources.passages.map((passage) => (
            <tr className="utrecht-table__row" key={passage.number}>
              <td className="utrecht-table__cell">{passage.number}</td>
              <td className="utrecht-table__cell" lang={contentLanguage}>
                {passage.title}
              </td>
              <td className="utrecht-table__cell">{formatPlace(passage, messages) ?? ''}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric-data">
                {formatScore(passage.score, messages)}
              </td>
              <td className="utrecht-table__cell">{citedText(turn, passage.number, messages)}</td>
            </tr>
          ))}
        </ScrollTable>
      ) : null}
      {answer ? (
        <p className="utrecht-paragraph">
          <NewTabLink href={answer.provenanceUrl}>{messages.provenance.record}</NewTabLink>
        </p>
      ) : null}
    </>
  );
}

export function ProvenancePanel({ turn }: { turn: Turn }) {
  const messages = useMessages();
  const [open, setOpen] = useState(false);
  const panelId = `${turn.id}-herkomst`;
  return (
    <div className="vraagbaak-disclosure">
      <button
        type="button"
        className="utrecht-button utrecht-button--subtle vraagbaak-disclosure__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        <span className="vraagbaak-disclosure__icon" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
        {messages.provenance.toggle}
      </button>
      <div id={panelId} className="vraagbaak-disclosure__panel" hidden={!open}>
        {open ? <Details turn={turn} /> : null}
      </div>
    </div>
  );
}
