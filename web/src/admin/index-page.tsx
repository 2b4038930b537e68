/**
 * Index: what the index was built with, and re-indexing into new tables when the embedding model or the
 * chunk settings changed (the current index keeps serving until the switch). Only offered when needed.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AdminOverview } from '../../../server/contract/index.ts';
import type { ApiFailure } from '../api/client.ts';
import { useMessages, useServices } from '../app/services.tsx';
import { useLoaded } from '../app/use-loaded.ts';
import { formatDateTime } from '../i18n/format.ts';
import { Alert } from '../ui/alert.tsx';
import { Button } from '../ui/button.tsx';
import { adminUrls } from './admin-route.ts';
import { FailureAlert, Loading } from './admin-ui.tsx';
import { DataList, DataRow } from '../ui/data-list.tsx';
import { TextLink } from '../ui/links.tsx';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { formatBytes } from './format-admin.ts';

function CurrentIndex({ overview }: { overview: AdminOverview }) {
  const messages = useMessages();
  const words = messages.admin.index;
  const { index } = overview;
  return (
    <section aria-labelledby="index-huidig">
      <h2 id="index-huidig" className="utrecht-heading-2">
        {words.current}
      </h2>
      <DataList>
        <DataRow label={words.model}>{index.embeddingModel ?? messages.admin.overview.noModel}</DataRow>
        <DataRow label={words.revision}>{index.embeddingRevision}</DataRow>
        <DataRow label={words.dimensions}>
          {index.dimensions === null ? null : String(index.dimensions)}
        </DataRow>
        <DataRow label={words.chunking}>
          {index.chunking
            ? words.chunkingValue(
                index.chunking.maxTokens,
                index.chunking.overlapTokens,
                index.chunking.tokenizer,
              )
            : null}
        </DataRow>
        <DataRow label={words.serverModel}>
          {overview.rebuild.serverModel ?? messages.admin.overview.noModel}
        </DataRow>
        <DataRow label={words.tables}>{`${index.tables.documents}, ${index.tables.chunks}`}</DataRow>
        <DataRow label={words.size}>{formatBytes(index.sizeBytes, messages)}</DataRow>
        <DataRow label={words.updated}>{formatDateTime(index.updatedAt, messages)}</DataRow>
      </DataList>
    </section>
  );
}

export function IndexPage() {
  const messages = useMessages();
  const words = messages.admin.index;
  const { admin, navigate } = useServices();
  const [version, setVersion] = useState(0);
  const loaded = useLoaded(
    `overview-${version}`,
    useCallback(() => admin.overview(), [admin]),
  );
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [confirming, setConfirming] = useState<HTMLButtonElement | null>(null);
  const [discarded, setDiscarded] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);

  // The button that opened the dialog is gone with the half-built index; the confirmation takes focus.
  useEffect(() => {
    if (discarded && confirming === null) statusRef.current?.focus();
  }, [discarded, confirming]);

  const rebuild = async () => {
    setBusy(true);
    setFailure(null);
    const started = await admin.rebuild();
    setBusy(false);
    if (started.ok) navigate(adminUrls.job(started.value.id));
    else setFailure(started.reason);
  };

  const discard = async () => {
    setBusy(true);
    const result = await admin.discardRebuild();
    setBusy(false);
    setConfirming(null);
    if (result.ok) {
      setDiscarded(true);
      setVersion(version + 1);
    } else setFailure(result.reason);
  };

  const overview = loaded.state === 'ok' ? loaded.value : null;
  const running = overview?.jobs.active.find((job) => job.kind === 'rebuild') ?? null;
  return (
    <>
      <h1 className="utrecht-heading-1">{words.heading}</h1>
      <p className="utrecht-paragraph">{words.intro}</p>
      <div ref={statusRef} role="status" tabIndex={-1} className="vraagbaak-admin__notice">
        {discarded ? (
          <Alert type="ok" title={words.discarded} level={2}>
            {null}
          </Alert>
        ) : null}
      </div>
      {failure ? <FailureAlert failure={failure} /> : null}
      {loaded.state === 'failed' ? <FailureAlert failure={loaded.reason} /> : null}
      {overview === null && loaded.state !== 'failed' ? <Loading /> : null}
      {running ? (
        <Alert type="info" title={words.running} level={2}>
          <p className="utrecht-paragraph">
            <TextLink href={adminUrls.job(running.id)}>{words.runningLink}</TextLink>
          </p>
        </Alert>
      ) : null}
      {overview && !running && overview.rebuild.pending ? (
        <Alert type="warning" title={words.pendingTitle} level={2}>
          <p className="utrecht-paragraph">
            {words.pending(formatDateTime(overview.rebuild.pending.startedAt, messages) ?? '')}
          </p>
          <div className="utrecht-button-group vraagbaak-actions">
            <Button appearance="primary-action" disabled={busy} onClick={() => void rebuild()}>
              {words.continue}
            </Button>
            <Button
              appearance="secondary-action"
              disabled={busy}
              onClick={(event) => setConfirming(event.currentTarget)}
            >
              {words.discard}
            </Button>
          </div>
        </Alert>
      ) : null}
      {overview && !running && !overview.rebuild.pending && overview.rebuild.needed ? (
        <Alert type="warning" title={words.neededTitle} level={2}>
          {overview.rebuild.reason ? <p className="utrecht-paragraph">{overview.rebuild.reason}</p> : null}
          <p className="utrecht-paragraph">{words.needed}</p>
          <Button appearance="primary-action" disabled={busy} onClick={() => void rebuild()}>
            {words.rebuild}
          </Button>
        </Alert>
      ) : null}
      {overview && !running && !overview.rebuild.pending && !overview.rebuild.needed ? (
        <Alert type="ok" title={words.okTitle} level={2}>
          <p className="utrecht-paragraph">{words.ok}</p>
        </Alert>
      ) : null}
      {overview ? <CurrentIndex overview={overview} /> : null}
      {confirming ? (
        <ConfirmDialog
          title={words.discardTitle}
          confirm={words.discardYes}
          cancel={words.discardNo}
          busy={busy}
          onConfirm={() => void discard()}
          returnFocusTo={confirming}
          onClose={() => setConfirming(null)}
        >
          <p className="utrecht-paragraph">{words.discardText}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
