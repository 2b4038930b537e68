/** The console's pages under /beheer, read from the address, and the addresses that lead to them. */
import type { AdminJobStatus } from '../../../server/contract/index.ts';

export type AdminRoute =
  | { page: 'overview' }
  | { page: 'sources'; saved: string | null }
  | { page: 'source-new' }
  | { page: 'source-edit'; name: string }
  | { page: 'jobs'; source: string | null; status: AdminJobStatus | null }
  | { page: 'job'; jobId: string }
  | { page: 'index' }
  | { page: 'not-found' };

export const adminBase = '/beheer';

const sourceName = /^[a-z0-9][a-z0-9-_]{0,63}$/u;
const jobId = /^\d{14}-[0-9a-f]{8}$/u;
const jobStatuses: readonly AdminJobStatus[] = [
  'queued',
  'running',
  'completed',
  'failed',
  'cancelled',
  'interrupted',
];

const named = (value: string | null) => (value !== null && sourceName.test(value) ? value : null);

/** The admin page for a path under /beheer, or null for any other path. */
export function parseAdminRoute(pathname: string, search: string): AdminRoute | null {
  const parts = pathname.replace(/\/+$/u, '').split('/').slice(1);
  if (parts[0] !== adminBase.slice(1)) return null;
  const parameters = new URLSearchParams(search);
  const [, section, item, action] = parts;
  if (section === undefined) return { page: 'overview' };
  if (section === 'bronnen') {
    if (item === undefined) return { page: 'sources', saved: named(parameters.get('opgeslagen')) };
    if (item === 'nieuw' && action === undefined) return { page: 'source-new' };
    if (sourceName.test(item) && action === 'wijzigen' && parts.length === 4)
      return { page: 'source-edit', name: item };
  }
  if (section === 'taken') {
    if (item === undefined) {
      const status = parameters.get('status');
      return {
        page: 'jobs',
        source: named(parameters.get('bron')),
        status: jobStatuses.find((candidate) => candidate === status) ?? null,
      };
    }
    if (jobId.test(item) && parts.length === 3) return { page: 'job', jobId: item };
  }
  if (section === 'index' && item === undefined) return { page: 'index' };
  return { page: 'not-found' };
}

export const adminUrls = {
  overview: adminBase,
  sources: (saved?: string) =>
    `${adminBase}/bronnen${saved ? `?opgeslagen=${encodeURIComponent(saved)}` : ''}`,
  newSource: `${adminBase}/bronnen/nieuw`,
  editSource: (name: string) => `${adminBase}/bronnen/${encodeURIComponent(name)}/wijzigen`,
  jobs: (filter: { source?: string | null; status?: AdminJobStatus | null } = {}) => {
    const parameters = new URLSearchParams();
    if (filter.source) parameters.set('bron', filter.source);
    if (filter.status) parameters.set('status', filter.status);
    const query = parameters.toString();
    return `${adminBase}/taken${query ? `?${query}` : ''}`;
  },
  job: (id: string) => `${adminBase}/taken/${encodeURIComponent(id)}`,
  index: `${adminBase}/index`,
};

export type AdminSection = 'overview' | 'sources' | 'jobs' | 'index';

/** Which item of the console's menu a page belongs to. */
export function sectionOf(route: AdminRoute): AdminSection | null {
  switch (route.page) {
    case 'overview':
      return 'overview';
    case 'sources':
    case 'source-new':
    case 'source-edit':
      return 'sources';
    case 'jobs':
    case 'job':
      return 'jobs';
    case 'index':
      return 'index';
    case 'not-found':
      return null;
  }
}
