/** Copies the answer with its sources as plain text, and says whether that worked. */
import { useState } from 'react';
import type { Turn } from '../chat/chat-store.ts';
import { formatAnswerForCopy } from '../chat/copy-format.ts';
import { useMessages, useServices } from '../app/services.tsx';
import { Button } from '../ui/button.tsx';

export function CopyButton({ turn }: { turn: Turn }) {
  const messages = useMessages();
  const { clipboard } = useServices();
  const [state, setState] = useState<'idle' | 'done' | 'failed'>('idle');
  const copy = async () => {
    try {
      await clipboard.writeText(formatAnswerForCopy(turn, messages));
      setState('done');
    } catch {
      setState('failed');
    }
  };
  return (
    <div className="vraagbaak-copy">
      <Button onClick={() => void copy()}>{messages.copy.button}</Button>
      <span role="status" className="vraagbaak-copy__status">
        {state === 'done' ? messages.copy.done : state === 'failed' ? messages.copy.failed : ''}
      </span>
    </div>
  );
}
