/** Bronnen: every source with its state; start a job for one or for all, change or remove a source. */
import { useEffect, useRef, useState } from 'react';
import type { AdminSource } from '../../../server/contract/index.ts';
import { useMessages, useServices } from '../app/services.tsx';
import { Alert } from '../ui/alert.tsx';
import { Button } from '../ui/button.tsx';
import { adminUrls } from './admin-route.ts';
import { FailureAlert, Loading } from './admin-ui.tsx';
import { ButtonLink } from '../ui/links.tsx';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { SourceCard } from './source-card.tsx';
import { createSourcesStore, type SourcesNotice } from './sources-store.ts';
import { useStore } from './store.ts';

function Notice({ notice }: { notice: SourcesNotice }) {
  const messages = useMessages();
  const words = messages.admin.sources;
  switch (notice.kind) {
    case 'removed':
      return (
        <Alert type="ok" title={words.removed(notice.name, notice.documents, notice.chunks)} level={2}>
          {null}
        </Alert>
      );
    case 'start-failed':
      return <FailureAlert failure={notice.failure} title={words.startFailedTitle} />;
    case 'remove-failed':
      return <FailureAlert failure={notice.failure} title={words.removeFailedTitle} />;
  }
}

export function SourcesPage({ saved }: { saved: string | null }) {
  const messages = useMessages();
  const words = messages.admin.sources;
  const { admin, navigate } = useServices();
  const [store] = useState(() => createSourcesStore({ client: admin }));
  const { list, busy, notice } = useStore(store);
  const [force, setForce] = useState(false);
  const [removing, setRemoving] = useState<{ source: AdminSource; trigger: HTMLButtonElement } | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    void store.load();
  }, [store]);

  const start = async (sources: string[] | 'all') => {
    const started = await store.start(sources, force);
    if (started.ok) navigate(adminUrls.job(started.value.id));
  };

  const remove = async () => {
    if (!removing) return;
    await store.remove(removing.source.name);
    setRemoving(null);
  };

  // Once the dialog is gone: the removed source's card is gone too, so the notice takes focus.
  useEffect(() => {
    if (removing === null && notice?.kind === 'removed') noticeRef.current?.focus();
  }, [removing, notice]);

  return (
    <>
      <h1 className="utrecht-heading-1">{words.heading}</h1>
      <p className="utrecht-paragraph">{words.intro}</p>
      <div ref={noticeRef} tabIndex={-1} className="vraagbaak-admin__notice" role="status">
        {saved && !notice ? (
          <Alert type="ok" title={words.saved(saved)} level={2}>
            {null}
          </Alert>
        ) : null}
        {notice && notice.kind === 'removed' ? <Notice notice={notice} /> : null}
      </div>
      {notice && notice.kind !== 'removed' ? <Notice notice={notice} /> : null}
      <div className="utrecht-button-group vraagbaak-actions">
        <ButtonLink href={adminUrls.newSource}>{words.add}</ButtonLink>
      </div>
      {list.state === 'loading' ? <Loading /> : null}
      {list.state === 'failed' ? <FailureAlert failure={list.failure} /> : null}
      {list.state === 'ok' ? (
        <>
          {list.value.sources.length === 0 ? (
            <p className="utrecht-paragraph">{words.empty}</p>
          ) : (
            <div className="vraagbaak-admin__start">
              <div className="utrecht-form-field utrecht-form-field--checkbox">
                <div className="utrecht-form-field__input">
                  <input
                    id="bronnen-opnieuw"
                    type="checkbox"
                    className="utrecht-checkbox utrecht-checkbox--html-input"
                    checked={force}
                    aria-describedby="bronnen-opnieuw-hint"
                    onChange={(event) => setForce(event.target.checked)}
                  />
                </div>
                <div className="utrecht-form-field__label">
                  <label
                    className="utrecht-form-label utrecht-form-label--checkbox"
                    htmlFor="bronnen-opnieuw"
                  >
                    {words.force}
                  </label>
                </div>
                <div
                  className="utrecht-form-field__description utrecht-form-field-description"
                  id="bronnen-opnieuw-hint"
                >
                  {words.forceHint}
                </div>
              </div>
              <div className="utrecht-button-group vraagbaak-actions">
                <Button
                  appearance="secondary-action"
                  disabled={busy !== null}
                  onClick={() => void start('all')}
                >
                  {words.startAll}
                </Button>
              </div>
            </div>
          )}
          <ul className="vraagbaak-card-list" aria-label={words.listLabel}>
            {list.value.sources.map((source) => (
              <li key={source.name}>
                <SourceCard
                  source={source}
                  schedulesEnabled={list.value.schedulesEnabled}
                  busy={busy !== null}
                  onStart={() => void start([source.name])}
                  onRemove={(trigger) => setRemoving({ source, trigger })}
                />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {removing ? (
        <ConfirmDialog
          title={words.confirmTitle(removing.source.name)}
          confirm={words.confirmYes}
          cancel={words.confirmNo}
          busy={busy?.action === 'remove'}
          onConfirm={() => void remove()}
          returnFocusTo={removing.trigger}
          onClose={() => setRemoving(null)}
        >
          <p className="utrecht-paragraph">
            {words.confirmText(removing.source.documents, removing.source.chunks)}
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
