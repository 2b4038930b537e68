/**
 * "Kennisnotities": everyone reads the published notes of their groups; experts also write, review and
 * answer knowledge gaps. What is shown here only follows the user's roles; the API checks every step itself.
 */
import { useState } from 'react';
import { useMessages } from '../app/services.tsx';
import { Alert } from '../ui/alert.tsx';
import { SectionNav } from '../ui/section-nav.tsx';
import { createDisplayName } from './display-name.ts';
import { GapsPage } from './gaps-page.tsx';
import { InterviewPage } from './interview-page.tsx';
import { NoteEditorPage } from './note-editor-page.tsx';
import { NoteListPage } from './note-list-page.tsx';
import { NotePage } from './note-page.tsx';
import { notesUrls, type NotesRoute } from './notes-route.ts';
import { FailureAlert, isExpert, Loading, useMe, useNotesTitle } from './notes-ui.tsx';
import { RevisionsPage } from './revisions-page.tsx';

type Section = 'list' | 'new' | 'interview' | 'gaps';

const sectionOf = (route: NotesRoute): Section | null =>
  route.page === 'list' || route.page === 'new' || route.page === 'interview' || route.page === 'gaps'
    ? route.page
    : null;

function NotesNav({ current }: { current: Section | null }) {
  const messages = useMessages();
  const words = messages.notes.nav;
  const items: { section: Section; href: string; label: string }[] = [
    { section: 'list', href: notesUrls.list(), label: words.list },
    { section: 'new', href: notesUrls.newNote(), label: words.new },
    { section: 'interview', href: notesUrls.interview, label: words.interview },
    { section: 'gaps', href: notesUrls.gaps(), label: words.gaps },
  ];
  return (
    <SectionNav
      label={words.label}
      items={items.map(({ section, href, label }) => ({
        href,
        label,
        current: section === current ? 'page' : undefined,
      }))}
    />
  );
}

function NotFound() {
  const messages = useMessages();
  useNotesTitle(messages.notes.notFound);
  return (
    <>
      <h1 className="utrecht-heading-1">{messages.notes.nav.label}</h1>
      <Alert type="warning" title={messages.notes.notFound} level={2} />
    </>
  );
}

export function NotesPage({ route }: { route: NotesRoute }) {
  const messages = useMessages();
  const me = useMe();
  const [displayName] = useState(() => createDisplayName());
  if (me.state === 'idle' || me.state === 'loading') return <Loading />;
  if (me.state === 'failed') return <FailureAlert failure={me.reason} />;
  const expert = isExpert(me.value);
  const expertOnly = route.page === 'new' || route.page === 'interview' || route.page === 'gaps';

  const page = (() => {
    if (expertOnly && !expert) {
      return (
        <>
          <h1 className="utrecht-heading-1">{messages.notes.nav.label}</h1>
          <Alert type="warning" title={messages.notes.expertsOnly} level={2} />
        </>
      );
    }
    switch (route.page) {
      case 'list':
        return <NoteListPage query={route.query} expert={expert} />;
      case 'new':
        return <NoteEditorPage noteId={null} gapId={route.gapId} displayName={displayName} />;
      case 'edit':
        return <NoteEditorPage noteId={route.noteId} gapId={null} displayName={displayName} />;
      case 'interview':
        return <InterviewPage displayName={displayName} />;
      case 'gaps':
        return <GapsPage answered={route.answered} />;
      case 'note':
        return <NotePage noteId={route.noteId} published={route.published} displayName={displayName} />;
      case 'history':
        return <RevisionsPage noteId={route.noteId} />;
      case 'not-found':
        return <NotFound />;
    }
  })();

  return (
    <div className="vraagbaak-notes">
      {expert ? <NotesNav current={sectionOf(route)} /> : null}
      <div className="vraagbaak-notes__page">{page}</div>
    </div>
  );
}
