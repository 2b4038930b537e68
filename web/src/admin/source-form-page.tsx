/** The page around the source form: a new source, or an existing one loaded first. */
import { useCallback } from 'react';
import { useMessages, useServices } from '../app/services.tsx';
import { useLoaded } from '../app/use-loaded.ts';
import { FailureAlert, Loading } from './admin-ui.tsx';
import { SourceForm } from './source-form.tsx';

export function SourceFormPage({ name }: { name: string | null }) {
  const messages = useMessages();
  const words = messages.admin.form;
  const { admin } = useServices();
  const source = useLoaded(
    name,
    useCallback((key: string) => admin.source(key), [admin]),
  );
  // The time zone the schedules run in comes with the list of sources.
  const settings = useLoaded(
    'sources',
    useCallback(() => admin.sources(), [admin]),
  );
  const timezone = settings.state === 'ok' ? settings.value.timezone : 'Europe/Amsterdam';
  return (
    <>
      <h1 className="utrecht-heading-1">{name ? words.editHeading(name) : words.addHeading}</h1>
      {name === null ? <SourceForm source={null} timezone={timezone} /> : null}
      {name !== null && source.state === 'loading' ? <Loading /> : null}
      {source.state === 'failed' ? <FailureAlert failure={source.reason} title={words.loadFailed} /> : null}
      {source.state === 'ok' ? <SourceForm source={source.value} timezone={timezone} /> : null}
    </>
  );
}
