import type { ChunkRecord } from '../../ingest/types.ts';
import type { Passage } from '../../server/answer/index.ts';

/** A ChunkRecord as the store returns it, with defaults for everything a test does not care about. */
export function chunkRecord(overrides: Partial<ChunkRecord> & { text: string }): ChunkRecord {
  const ordinal = overrides.ordinal ?? 0;
  const relativePath = overrides.relativePath ?? 'beleidsregels-parkeervergunningen-2025.pdf';
  return {
    id: `doc-${relativePath}-${ordinal}`,
    documentId: `doc-${relativePath}`,
    chunkSet: 'run-1',
    source: 'voorbeeld',
    relativePath,
    title: 'Beleidsregels parkeervergunningen Groningen 2025',
    format: 'pdf',
    modifiedAt: new Date('2025-01-14T00:00:00Z'),
    contentHash: 'sha256-test',
    accessGroups: ['medewerkers'],
    searchText: overrides.text,
    ordinal,
    start: 0,
    end: overrides.text.length,
    headingPath: [],
    tokenCount: Math.ceil(overrides.text.length / 4),
    ...overrides,
  };
}

/** Passages numbered 1..n in the order given. */
export function passagesOf(...chunks: Array<Partial<ChunkRecord> & { text: string }>): Passage[] {
  return chunks.map((chunk, index) => ({
    number: index + 1,
    chunk: chunkRecord({ ordinal: index, ...chunk }),
  }));
}

/** Three passages from the sample parking policy, as retrieval would return them for a cost question. */
export const parkingPassages = (): Passage[] =>
  passagesOf(
    {
      text: 'Een bewonersvergunning kost € 98,40 per jaar. Dat tarief geldt voor de eerste vergunning op een adres, in alle vergunningsgebieden. Een tweede bewonersvergunning op hetzelfde adres kost het dubbele: € 196,80 per jaar.',
      headingPath: ['4. Bewonersvergunning', '4.4 Kosten'],
      pageStart: 3,
      pageEnd: 3,
      start: 5200,
      end: 5420,
    },
    {
      text: 'In gebied A geeft de gemeente per adres één bewonersvergunning uit. In de gebieden B, C en D zijn dat er maximaal twee. Een tweede vergunning krijgt u alleen als er in uw vergunningsgebied geen wachtlijst is voor eerste vergunningen.',
      headingPath: ['4. Bewonersvergunning', '4.2 Aantal vergunningen per adres'],
      pageStart: 2,
      pageEnd: 2,
    },
    {
      text: 'Een laadpaal in de openbare ruimte vraagt u aan via het digitale loket. De gemeente plaatst een paal als er binnen 250 meter geen openbare laadpaal is.',
      relativePath: 'beleidsregels-laadpalen.docx',
      title: 'Beleidsregels laadpalen',
      format: 'docx',
      headingPath: ['Aanvraag'],
    },
  );
