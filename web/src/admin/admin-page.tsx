/**
 * The admin console ("Beheer"): only for users with the admin role. The check here only decides what to
 * show; the API refuses everyone else on every route (403), whatever the browser does.
 */
import { useEffect } from 'react';
import { useMessages, useServices } from '../app/services.tsx';
import { useLoaded } from '../app/use-loaded.ts';
import type { Messages } from '../i18n/messages-nl.ts';
import { Alert } from '../ui/alert.tsx';
import { AdminNav } from './admin-nav.tsx';
import { sectionOf, type AdminRoute } from './admin-route.ts';
import { FailureAlert, Loading } from './admin-ui.tsx';
import { IndexPage } from './index-page.tsx';
import { JobPage } from './job-page.tsx';
import { JobsPage } from './jobs-page.tsx';
import { OverviewPage } from './overview-page.tsx';
import { SourceFormPage } from './source-form-page.tsx';
import { SourcesPage } from './sources-page.tsx';

function pageTitle(route: AdminRoute, messages: Messages): string {
  const section = sectionOf(route);
  return messages.admin.title(section ? messages.admin.nav[section] : messages.admin.nav.label);
}

function Page({ route }: { route: AdminRoute }) {
  const messages = useMessages();
  switch (route.page) {
    case 'overview':
      return <OverviewPage />;
    case 'sources':
      return <SourcesPage saved={route.saved} />;
    case 'source-new':
      return <SourceFormPage name={null} />;
    case 'source-edit':
      return <SourceFormPage name={route.name} />;
    case 'jobs':
      return <JobsPage source={route.source} status={route.status} />;
    case 'job':
      return <JobPage jobId={route.jobId} />;
    case 'index':
      return <IndexPage />;
    case 'not-found':
      return (
        <>
          <h1 className="utrecht-heading-1">{messages.admin.nav.label}</h1>
          <Alert type="warning" title={messages.admin.notFound} level={2}>
            {null}
          </Alert>
        </>
      );
  }
}

export function AdminPage({ route }: { route: AdminRoute }) {
  const messages = useMessages();
  const { me } = useServices();
  const loaded = useLoaded('me', me);

  useEffect(() => {
    document.title = `${pageTitle(route, messages)} – ${messages.app.name}`;
  }, [route, messages]);

  if (loaded.state === 'idle' || loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'failed') return <FailureAlert failure={loaded.reason} />;
  if (!loaded.value.admin) {
    return (
      <>
        <h1 className="utrecht-heading-1">{messages.admin.nav.label}</h1>
        <Alert type="warning" title={messages.admin.noAccessTitle} level={2}>
          <p className="utrecht-paragraph">{messages.admin.noAccess}</p>
        </Alert>
      </>
    );
  }
  const section = sectionOf(route);
  const exact =
    route.page === 'overview' || route.page === 'sources' || route.page === 'jobs' || route.page === 'index';
  return (
    <div className="vraagbaak-admin">
      <AdminNav current={section} exact={exact} />
      <div className="vraagbaak-admin__page">
        <Page route={route} />
      </div>
    </div>
  );
}
