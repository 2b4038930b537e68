/**
 * The job page's polite live region. It speaks when the job's status changes (started, stopping, done),
 * never for each progress event, so a screen reader is not flooded while files are read.
 */
import { useEffect, useRef, useState } from 'react';
import type { AdminJob } from '../../../server/contract/index.ts';
import { useMessages } from '../app/services.tsx';
import type { Messages } from '../i18n/messages-nl.ts';
import { totalFiles } from './format-admin.ts';

export function jobAnnouncement(job: AdminJob, messages: Messages): string {
  const words = messages.admin.job.announce;
  if (job.cancelRequested && (job.status === 'queued' || job.status === 'running')) return words.cancelling;
  switch (job.status) {
    case 'queued':
      return words.queued;
    case 'running':
      return words.running;
    case 'completed':
      return words.completed(totalFiles(job.counts), job.counts.failed);
    case 'failed':
      return words.failed;
    case 'cancelled':
      return words.cancelled;
    case 'interrupted':
      return words.interrupted;
  }
}

export function JobAnnouncer({ job }: { job: AdminJob | null }) {
  const messages = useMessages();
  const key = job ? `${job.id}:${job.status}:${job.cancelRequested}` : '';
  const first = useRef<string | null>(null);
  const [text, setText] = useState('');
  useEffect(() => {
    if (!job) return;
    // What the page shows on arrival is not news; only changes after that are spoken.
    if (first.current === null) {
      first.current = key;
      return;
    }
    setText(jobAnnouncement(job, messages));
    // Keyed on the status, not the job: progress events change the job several times a second.
  }, [key, messages]);
  return (
    <div className="vraagbaak-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {text}
    </div>
  );
}
