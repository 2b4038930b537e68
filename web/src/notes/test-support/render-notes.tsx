/** Renders a notes page with real stores, an expert user, and a fake notes API that records its calls. */
import type { ReactElement } from 'react';
import type { MeResponse } from '../../../../server/contract/index.ts';
import { fakeApi } from '../../test-support/fakes.ts';
import { renderWithServices } from '../../test-support/render-app.tsx';
import type { NotesClient } from '../notes-client.ts';
import { fakeNotesClient } from './fake-notes-client.ts';

export const expertMe: MeResponse = {
  groups: ['medewerkers', 'handhaving'],
  roles: ['medewerker', 'expert'],
  admin: false,
};
export const staffMe: MeResponse = { groups: ['medewerkers'], roles: ['medewerker'], admin: false };

export function renderNotes(
  element: ReactElement,
  options: { notes?: Partial<NotesClient>; me?: MeResponse } = {},
) {
  const fake = fakeNotesClient(options.notes);
  const visited: string[] = [];
  const view = renderWithServices(element, {
    api: fakeApi({ me: options.me ?? expertMe }).api,
    notes: fake.client,
    navigate: (url) => visited.push(url),
  });
  return { ...view, fake, visited };
}
