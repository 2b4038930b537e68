/** Wire data as the server sends it, for tests: one lexical, extractive answer citing a PDF passage. */
import type {
  AnswerEndEvent,
  DocumentResponse,
  HealthResponse,
  PassageView,
  SourcesEvent,
} from '../../../server/contract/index.ts';

export const documentText =
  'Beleidsregels parkeervergunningen\n\n4.4 Kosten\n\nVoor een parkeervergunning betaalt u parkeerbelasting. ' +
  'Een bewonersvergunning kost € 98,40 per jaar. Een tweede vergunning kost het dubbele.';

const passageStart = documentText.indexOf('4.4 Kosten');
const quoteText = 'Een bewonersvergunning kost € 98,40 per jaar.';
const quoteStart = documentText.indexOf(quoteText);

export function passage(overrides: Partial<PassageView> = {}): PassageView {
  return {
    number: 1,
    chunkId: 'aaaaaaaaaaaaaaaaaaaaaaaa:job:3',
    documentId: 'aaaaaaaaaaaaaaaaaaaaaaaa',
    title: 'Beleidsregels parkeervergunningen Groningen 2025',
    source: 'voorbeeld',
    relativePath: 'beleid/beleidsregels-parkeervergunningen-2025.pdf',
    format: 'pdf',
    pageStart: 3,
    pageEnd: 3,
    headingPath: [],
    start: passageStart,
    end: documentText.length,
    text: documentText.slice(passageStart),
    modifiedAt: '2025-01-15T10:00:00.000Z',
    score: 0.0164,
    note: null,
    ...overrides,
  };
}

export function sourcesEvent(overrides: Partial<SourcesEvent> = {}): SourcesEvent {
  return {
    retrievalMode: 'hybrid',
    lexicalReason: null,
    answerMode: 'extractive',
    relevant: true,
    passages: [
      passage(),
      passage({
        number: 2,
        chunkId: 'bbbbbbbbbbbbbbbbbbbbbbbb:job:1',
        documentId: 'bbbbbbbbbbbbbbbbbbbbbbbb',
        title: 'Veelgestelde vragen parkeren',
        relativePath: 'faq/veelgestelde-vragen.html',
        format: 'html',
        pageStart: null,
        pageEnd: null,
        headingPath: ['Veelgestelde vragen', 'Bewonersvergunning'],
        start: 0,
        end: 40,
        text: 'Wat kost een bewonersvergunning? Zie 4.4.',
        score: 0.0159,
      }),
    ],
    ...overrides,
  };
}

export function answerEnd(overrides: Partial<AnswerEndEvent> = {}): AnswerEndEvent {
  return {
    answerId: '11111111-2222-4333-8444-555555555555',
    status: 'extractive',
    text: `Zonder taalmodel: dit zijn letterlijke passages uit de bronnen.\n\n- "${quoteText}" [1] (Beleidsregels, p. 3)`,
    citations: [{ number: 1, chunkId: 'aaaaaaaaaaaaaaaaaaaaaaaa:job:3', supported: true, score: 1 }],
    flagged: [],
    quotes: [
      {
        number: 1,
        chunkId: 'aaaaaaaaaaaaaaaaaaaaaaaa:job:3',
        text: quoteText,
        chunkStart: quoteStart - passageStart,
        chunkEnd: quoteStart - passageStart + quoteText.length,
        documentStart: quoteStart,
        documentEnd: quoteStart + quoteText.length,
      },
    ],
    dontKnowReason: null,
    model: null,
    timings: { retrievalMs: 12, firstTokenMs: null, totalMs: 30 },
    provenanceUrl: '/api/answers/11111111-2222-4333-8444-555555555555',
    ...overrides,
  };
}

export function documentResponse(overrides: Partial<DocumentResponse> = {}): DocumentResponse {
  return {
    id: 'aaaaaaaaaaaaaaaaaaaaaaaa',
    title: 'Beleidsregels parkeervergunningen Groningen 2025',
    source: 'voorbeeld',
    relativePath: 'beleid/beleidsregels-parkeervergunningen-2025.pdf',
    format: 'pdf',
    sizeBytes: 12_345,
    modifiedAt: '2025-01-15T10:00:00.000Z',
    indexedAt: '2025-02-01T08:00:00.000Z',
    contentHash: 'abc',
    pageCount: 6,
    warnings: [],
    text: documentText,
    chunks: [],
    ...overrides,
  };
}

export function healthResponse(): HealthResponse {
  return {
    status: 'ok',
    index: {
      documents: 11,
      searchableDocuments: 11,
      chunks: 151,
      pages: 18,
      byStatus: { indexed: 11 },
      bySource: { voorbeeld: 11 },
      updatedAt: '2025-02-01T08:00:00.000Z',
      lastJob: null,
    },
    retrieval: { mode: 'hybrid', lexicalReason: null, indexEmbeddingModel: 'e5' },
    embedding: { loaded: true, model: 'e5', revision: 'main' },
    chatModels: [],
    answerMode: 'extractive',
  };
}
