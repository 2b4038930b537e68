/** Renders a console page with real stores, an admin user, and a fake admin API that records its calls. */
import type { ReactElement } from 'react';
import type { MeResponse } from '../../../../server/contract/index.ts';
import { fakeApi } from '../../test-support/fakes.ts';
import { renderWithServices } from '../../test-support/render-app.tsx';
import type { AdminClient } from '../admin-client.ts';
import { fakeAdminClient, type ScriptedStream } from './fake-admin-client.ts';

export const adminMe: MeResponse = {
  groups: ['medewerkers'],
  roles: ['medewerker', 'beheerder'],
  admin: true,
};

export function renderAdmin(
  element: ReactElement,
  options: { admin?: Partial<AdminClient>; streams?: ScriptedStream[]; me?: MeResponse } = {},
) {
  const fake = fakeAdminClient(options.admin, options.streams);
  const visited: string[] = [];
  const view = renderWithServices(element, {
    api: fakeApi({ me: options.me ?? adminMe }).api,
    admin: fake.client,
    navigate: (url) => visited.push(url),
  });
  return { ...view, fake, visited };
}
