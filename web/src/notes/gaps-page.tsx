/**
 * Knowledge gaps: questions the Vraagbaak could not answer (or answered unhelpfully), near-duplicates
 * grouped, with how often and how recently they were asked. "Beantwoord met een notitie" opens a new note
 * linked to the gap; once that note is published the gap leaves the open list.
 */
import { useCallback } from 'react';
import type { GapView } from '../../../server/contract/index.ts';
import { useMessages, useServices } from '../app/services.tsx';
import { useLoaded } from '../app/use-loaded.ts';
import { formatDateTime } from '../i18n/format.ts';
import { gapStatuses, notesUrls } from './notes-route.ts';
import { FailureAlert, Loading, StatusBadge, useNotesTitle } from './notes-ui.tsx';
import { TextLink } from '../ui/links.tsx';
import { SectionNav } from '../ui/section-nav.tsx';

function Gap({ gap }: { gap: GapView }) {
  const messages = useMessages();
  const words = messages.notes.gaps;
  const headingId = `lacune-${gap.id}`;
  const reasons = words.reasons(gap.dontKnowCount, gap.negativeFeedbackCount);
  return (
    <article className="vraagbaak-card" aria-labelledby={headingId} data-status={gap.status}>
      <h2 id={headingId} className="utrecht-heading-3 vraagbaak-notes-gap__question">
        {gap.question}
      </h2>
      <p className="utrecht-paragraph vraagbaak-notes-gap__facts">
        <span className="vraagbaak-notes-badge" data-gap-status={gap.status}>
          {words.status[gap.status]}
        </span>{' '}
        {words.count(gap.count, gap.askers)}
        {reasons ? ` (${reasons})` : ''}. {words.lastAsked(formatDateTime(gap.lastAskedAt, messages) ?? '')}
      </p>
      {gap.examples.length > 1 ? (
        <details className="vraagbaak-details">
          <summary>{words.examples(gap.examples.length)}</summary>
          <ul className="utrecht-unordered-list">
            {gap.examples.map((example, index) => (
              <li key={index} className="utrecht-unordered-list__item">
                {`${example.question} (${formatDateTime(example.askedAt, messages) ?? ''})`}
                {example.feedbackReason ? ` ${words.feedback(example.feedbackReason)}` : ''}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {gap.note ? (
        <p className="utrecht-paragraph">
          {words.inProgress} <TextLink href={notesUrls.note(gap.note.id)}>{gap.note.title}</TextLink>{' '}
          <StatusBadge status={gap.note.status} />
        </p>
      ) : null}
      {gap.status === 'open' ? (
        <a
          className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
          href={notesUrls.newNote(gap.id)}
          aria-label={words.answerLabel(gap.question)}
        >
          {words.answer}
        </a>
      ) : null}
    </article>
  );
}

export function GapsPage({ answered }: { answered: boolean }) {
  const messages = useMessages();
  const words = messages.notes.gaps;
  const { notes } = useServices();
  useNotesTitle(words.heading);
  const gaps = useLoaded(
    answered ? 'beantwoord' : 'open',
    useCallback(() => notes.gaps(gapStatuses(answered)), [notes, answered]),
  );
  return (
    <>
      <h1 className="utrecht-heading-1">{words.heading}</h1>
      <p className="utrecht-paragraph">{words.intro}</p>
      <SectionNav
        tabs
        label={words.listLabel}
        items={[
          { href: notesUrls.gaps(), label: words.open, current: answered ? undefined : 'page' },
          { href: notesUrls.gaps(true), label: words.answered, current: answered ? 'page' : undefined },
        ]}
      />
      {gaps.state === 'loading' ? <Loading /> : null}
      {gaps.state === 'failed' ? <FailureAlert failure={gaps.reason} /> : null}
      {gaps.state === 'ok' && gaps.value.gaps.length === 0 ? (
        <p className="utrecht-paragraph">{answered ? words.emptyAnswered : words.empty}</p>
      ) : null}
      {gaps.state === 'ok' && gaps.value.gaps.length > 0 ? (
        <ul className="vraagbaak-card-list" aria-label={answered ? words.answered : words.open}>
          {gaps.value.gaps.map((gap) => (
            <li key={gap.id}>
              <Gap gap={gap} />
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
