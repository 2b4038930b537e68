/** Notes wire data as the server sends it, for tests. */
import type { GapView, NoteSummary, NoteView, TopicView } from '../../../../server/contract/index.ts';

export const noteId = '0f8fad5b-d9cb-469f-a165-70867728950e';
export const gapId = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

export function noteView(overrides: Partial<NoteView> = {}): NoteView {
  return {
    id: noteId,
    status: 'draft',
    version: 1,
    title: 'Ontheffing venstertijden bij verhuizingen',
    topic: { id: 'verhuizingen', name: 'Verhuizingen' },
    authorName: 'Anna de Vries',
    reviewDate: '2027-03-01',
    needsReview: false,
    origin: 'editor',
    updatedAt: '2026-03-02T13:02:00.000Z',
    updatedByName: 'Anna de Vries',
    mine: true,
    body: 'Bel het **Meldpunt Verhuizingen**: 050 367 41 29.',
    accessGroups: ['medewerkers'],
    relatedDocuments: [],
    createdAt: '2026-03-02T13:00:00.000Z',
    view: 'working',
    published: null,
    withdrawn: null,
    knowledgeBase: { indexed: false, error: null },
    reviews: [],
    permissions: {
      edit: true,
      submit: true,
      review: false,
      approve: false,
      approveRefusal: 'De notitie is niet ter beoordeling aangeboden.',
      withdraw: true,
    },
    gapIds: [],
    ...overrides,
  };
}

export function noteSummary(overrides: Partial<NoteSummary> = {}): NoteSummary {
  const {
    body: _body,
    accessGroups: _groups,
    relatedDocuments: _related,
    createdAt: _created,
    view: _view,
    published: _published,
    withdrawn: _withdrawn,
    knowledgeBase: _kb,
    reviews: _reviews,
    permissions: _permissions,
    gapIds: _gaps,
    ...summary
  } = noteView();
  return { ...summary, published: null, ...overrides };
}

export function gapView(overrides: Partial<GapView> = {}): GapView {
  return {
    id: gapId,
    question: 'Waar vraag ik een standplaatsvergunning voor een oliebollenkraam aan?',
    status: 'open',
    count: 3,
    askers: 2,
    dontKnowCount: 2,
    negativeFeedbackCount: 1,
    firstAskedAt: '2026-02-01T09:00:00.000Z',
    lastAskedAt: '2026-03-01T10:30:00.000Z',
    examples: [
      {
        question: 'Waar vraag ik een standplaatsvergunning voor een oliebollenkraam aan?',
        askedAt: '2026-03-01T10:30:00.000Z',
        dontKnow: true,
        negativeFeedback: false,
        feedbackReason: null,
      },
      {
        question: 'standplaatsvergunning oliebollen',
        askedAt: '2026-02-01T09:00:00.000Z',
        dontKnow: false,
        negativeFeedback: true,
        feedbackReason: 'Geen antwoord',
      },
    ],
    note: null,
    dismissedReason: null,
    ...overrides,
  };
}

export const topics: TopicView[] = [
  {
    id: 'verhuizingen',
    name: 'Verhuizingen',
    ownerName: null,
    isOwner: false,
    accessGroups: ['medewerkers'],
  },
  { id: 'markten', name: 'Markten', ownerName: 'Bram Bakker', isOwner: false, accessGroups: ['medewerkers'] },
];
