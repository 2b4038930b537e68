import { describe, expect, it } from 'vitest';
import { adminUrls, parseAdminRoute, sectionOf } from './admin-route.ts';

describe('parseAdminRoute', () => {
  it('reads every page of the console', () => {
    expect(parseAdminRoute('/beheer', '')).toEqual({ page: 'overview' });
    expect(parseAdminRoute('/beheer/', '')).toEqual({ page: 'overview' });
    expect(parseAdminRoute('/beheer/bronnen', '?opgeslagen=beleid')).toEqual({
      page: 'sources',
      saved: 'beleid',
    });
    expect(parseAdminRoute('/beheer/bronnen/nieuw', '')).toEqual({ page: 'source-new' });
    expect(parseAdminRoute('/beheer/bronnen/nieuw/wijzigen', '')).toEqual({
      page: 'source-edit',
      name: 'nieuw',
    });
    expect(parseAdminRoute('/beheer/taken', '?bron=beleid&status=failed')).toEqual({
      page: 'jobs',
      source: 'beleid',
      status: 'failed',
    });
    expect(parseAdminRoute('/beheer/taken/20250101000000-0123abcd', '')).toEqual({
      page: 'job',
      jobId: '20250101000000-0123abcd',
    });
    expect(parseAdminRoute('/beheer/index', '')).toEqual({ page: 'index' });
  });

  it('leaves other paths alone and drops what does not fit', () => {
    expect(parseAdminRoute('/', '')).toBeNull();
    expect(parseAdminRoute('/beheerder', '')).toBeNull();
    expect(parseAdminRoute('/beheer/taken/../../etc', '')).toEqual({ page: 'not-found' });
    expect(parseAdminRoute('/beheer/bronnen/Beleid/wijzigen', '')).toEqual({ page: 'not-found' });
    expect(parseAdminRoute('/beheer/taken', '?bron=<script>&status=kapot')).toEqual({
      page: 'jobs',
      source: null,
      status: null,
    });
    expect(parseAdminRoute('/beheer/bronnen', '?opgeslagen=../x')).toEqual({ page: 'sources', saved: null });
  });

  it('round-trips with adminUrls and names the menu item', () => {
    const url = new URL(adminUrls.jobs({ source: 'beleid', status: 'completed' }), 'http://localhost');
    const route = parseAdminRoute(url.pathname, url.search);
    expect(route).toEqual({ page: 'jobs', source: 'beleid', status: 'completed' });
    expect(sectionOf(route!)).toBe('jobs');
    expect(parseAdminRoute(adminUrls.editSource('beleid'), '')).toEqual({
      page: 'source-edit',
      name: 'beleid',
    });
    expect(sectionOf({ page: 'source-edit', name: 'x' })).toBe('sources');
  });
});
