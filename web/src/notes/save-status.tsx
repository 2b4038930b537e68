/**
 * Where autosave stands, as a line under the form, and a polite live region that speaks only the outcomes
 * ("Concept opgeslagen om 14:02", not saved, conflict), never each keystroke's "saving…".
 */
import { useEffect, useState } from 'react';
import { useMessages } from '../app/services.tsx';
import type { Messages } from '../i18n/messages-nl.ts';
import { Button } from '../ui/button.tsx';
import type { SaveState } from './note-editor-store.ts';
import { failureText } from './notes-ui.tsx';

export function formatTime(iso: string, messages: Messages): string {
  return new Intl.DateTimeFormat(messages.locale, { hour: '2-digit', minute: '2-digit' }).format(
    new Date(iso),
  );
}

export function saveText(save: SaveState, messages: Messages): string {
  const words = messages.notes.editor.save;
  switch (save.kind) {
    case 'idle':
      return '';
    case 'waiting':
      return words.waiting;
    case 'pending':
      return words.pending;
    case 'saving':
      return words.saving;
    case 'saved':
      return words.saved(formatTime(save.at, messages));
    case 'invalid':
      return words.invalid;
    case 'failed':
      return words.failed(failureText(save.failure, messages));
    case 'conflict':
      return words.conflict;
  }
}

const spoken: SaveState['kind'][] = ['saved', 'invalid', 'failed', 'conflict'];

export function SaveStatus({ save, onRetry }: { save: SaveState; onRetry: () => void }) {
  const messages = useMessages();
  const text = saveText(save, messages);
  const retry = save.kind === 'failed' || save.kind === 'pending';
  // Kept while the next save is on its way, so the same words are not spoken again and again.
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    if (spoken.includes(save.kind)) setAnnouncement(text);
  }, [save.kind, text]);
  return (
    <div className="vraagbaak-notes-save" data-state={save.kind}>
      <p className="utrecht-paragraph vraagbaak-notes-save__text">{text}</p>
      {retry ? (
        <Button appearance="subtle" onClick={onRetry}>
          {messages.notes.editor.save.retry}
        </Button>
      ) : null}
      <div className="vraagbaak-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </div>
  );
}
