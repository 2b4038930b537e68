/**
 * Someone saved the note in between. Says who and when (the server's sentence), shows the version that is
 * saved now, and lets the user keep theirs or load the other. Focus moves here when it appears.
 */
import { useEffect, useRef } from 'react';
import { useMessages } from '../app/services.tsx';
import { Alert } from '../ui/alert.tsx';
import { Button } from '../ui/button.tsx';
import { MarkdownView } from './markdown-view.tsx';
import type { NoteConflict } from './notes-client.ts';

export function ConflictNotice({
  conflict,
  onKeepMine,
  onUseTheirs,
}: {
  conflict: NoteConflict;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}) {
  const messages = useMessages();
  const words = messages.notes.conflict;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [conflict]);
  const { current } = conflict;
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="vraagbaak-notes-conflict">
      <Alert type="warning" title={words.title} level={2}>
        <p className="utrecht-paragraph">{conflict.message}</p>
        <p className="utrecht-paragraph">{words.kept}</p>
        <details className="vraagbaak-details">
          <summary>{words.theirs}</summary>
          <h3 className="utrecht-heading-3">{current.title}</h3>
          <MarkdownView markdown={current.body} />
        </details>
        <div className="utrecht-button-group vraagbaak-actions">
          <Button appearance="primary-action" onClick={onKeepMine} aria-describedby="conflict-mijn-uitleg">
            {words.keepMine}
          </Button>
          <Button appearance="secondary-action" onClick={onUseTheirs}>
            {words.useTheirs}
          </Button>
        </div>
        <p id="conflict-mijn-uitleg" className="utrecht-paragraph utrecht-paragraph--small">
          {words.keepMineHint}
        </p>
      </Alert>
    </div>
  );
}
