/**
 * The synthetic knowledge base's content: documents of 1-19 chunks (10 on average) of Dutch-looking text,
 * vectors clustered by topic, four sources with different access groups, written through the real store.
 */
import { createDutchAnalyzer, dutchFtsOptions } from '../../ingest/dutch/index.ts';
import { openLanceStore, type DocumentWrite } from '../../ingest/store/index.ts';
import type { ChunkRecord, DocumentFormat, DocumentRecord, IndexInfo } from '../../ingest/types.ts';
import { createRandom, unitVector, type Random } from './random.ts';
import { createTopics, createVocabulary, paragraph, type Topic, type Vocabulary } from './vocabulary.ts';

export interface SyntheticSource {
  name: string;
  accessGroups: string[];
  /** Share of the documents. */
  share: number;
}

export const syntheticSources: readonly SyntheticSource[] = [
  { name: 'beleid', accessGroups: ['medewerkers'], share: 0.4 },
  { name: 'mobiliteit', accessGroups: ['mobiliteit', 'medewerkers'], share: 0.3 },
  { name: 'sociaal-domein', accessGroups: ['sociaal-domein'], share: 0.2 },
  { name: 'directie', accessGroups: ['directie'], share: 0.1 },
];

const formats: DocumentFormat[] = ['pdf', 'pdf', 'docx', 'markdown', 'html'];

/** The generator's shared state: the same seed gives the same vocabulary, topics and centroids. */
export interface Generator {
  random: Random;
  vocabulary: Vocabulary;
  topics: Topic[];
  centroids: Float32Array[];
  dimensions: number;
}

export function createGenerator(seed: number, dimensions: number, chunks: number): Generator {
  const random = createRandom(seed);
  const vocabulary = createVocabulary(30_000, seed + 1);
  const topicCount = Math.max(20, Math.round(chunks / 500));
  const topics = createTopics(vocabulary, topicCount, seed + 2);
  const centroidRandom = createRandom(seed + 3);
  const centroids = topics.map(() => unitVector(centroidRandom, dimensions));
  return { random, vocabulary, topics, centroids, dimensions };
}

export function embedderInfo(dimensions: number, seed: number) {
  return { model: 'bench/synthetic', revision: String(seed), dimensions, maxTokens: 512, tokenizer: 'bench' };
}

export async function build(
  uri: string,
  generator: Generator,
  chunkTotal: number,
  wordsPerChunk: number,
  seed: number,
  progress: (message: string) => void,
): Promise<number> {
  const store = await openLanceStore({ uri, ftsOptions: dutchFtsOptions });
  const analyzer = createDutchAnalyzer();
  const info: IndexInfo = {
    embeddingModel: embedderInfo(generator.dimensions, seed).model,
    dimensions: generator.dimensions,
    embeddingRevision: String(seed),
    lexicalReason: null,
    chunking: { maxTokens: 256, overlapTokens: 40, tokenizer: 'bench' },
    updatedAt: new Date(),
  };
  await store.writeIndexInfo(info);
  await store.resetChunks(generator.dimensions);
  const chunkSet = `bench-${seed}`;
  let written = 0;
  let documents = 0;
  let batch: DocumentWrite[] = [];
  let batchChunks = 0;
  let commitMs = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const commitStarted = performance.now();
    await store.commit(batch, chunkSet);
    commitMs += performance.now() - commitStarted;
    written += batchChunks;
    progress(`${written}/${chunkTotal} chunks geschreven (opslaan ${(commitMs / 1000).toFixed(1)} s)`);
    batch = [];
    batchChunks = 0;
  };
  while (written + batchChunks < chunkTotal) {
    const size = Math.min(chunkTotal - written - batchChunks, 1 + generator.random.integer(19));
    batch.push(syntheticDocument(generator, documents, size, wordsPerChunk, chunkSet, analyzer.searchText));
    batchChunks += size;
    documents++;
    if (batchChunks >= 5_000) await flush();
  }
  await flush();
  progress('full-text index bouwen en compacteren…');
  const indexStarted = performance.now();
  await store.finishRun({ changed: true });
  progress(`full-text index klaar in ${((performance.now() - indexStarted) / 1000).toFixed(1)} s`);
  await store.close();
  return documents;
}

function syntheticDocument(
  generator: Generator,
  index: number,
  chunkCount: number,
  wordsPerChunk: number,
  chunkSet: string,
  searchText: (fields: { title: string; headingPath: string[]; text: string }) => string,
): DocumentWrite {
  const { random, vocabulary, topics, centroids, dimensions } = generator;
  const topicIndex = random.integer(topics.length);
  const topic = topics[topicIndex]!;
  const source = pickSource(random.next());
  const title = capitalise(Array.from({ length: 3 }, () => topic.drawWord(random)).join(' '));
  const relativePath = `map-${index % 97}/${title.replace(/\s+/g, '-').toLowerCase()}-${index}.pdf`;
  const modifiedAt = new Date(Date.UTC(2018, 0, 1) + random.integer(8 * 365) * 86_400_000);
  const id = `bench-${index.toString(36).padStart(6, '0')}`;
  const texts = Array.from({ length: chunkCount }, () => paragraph(random, vocabulary, topic, wordsPerChunk));
  const text = texts.join('\n\n');
  const format = formats[index % formats.length]!;
  const document: DocumentRecord = {
    id,
    source: source.name,
    relativePath,
    title,
    format,
    sizeBytes: text.length * 3,
    modifiedAt,
    contentHash: id,
    status: 'indexed',
    reason: '',
    pageCount: Math.ceil(chunkCount / 2),
    chunkCount,
    chunkSet,
    accessGroups: source.accessGroups,
    text,
    indexedAt: modifiedAt,
  };
  let offset = 0;
  const chunks: ChunkRecord[] = texts.map((chunkText, ordinal) => {
    const start = offset;
    offset += chunkText.length + 2;
    const headingPath = [title, `Paragraaf ${ordinal + 1}`];
    return {
      id: `${id}:${chunkSet}:${ordinal}`,
      documentId: id,
      chunkSet,
      ordinal,
      text: chunkText,
      start,
      end: start + chunkText.length,
      pageStart: Math.floor(ordinal / 2) + 1,
      pageEnd: Math.floor(ordinal / 2) + 1,
      headingPath,
      tokenCount: Math.round(wordsPerChunk * 1.3),
      source: source.name,
      relativePath,
      title,
      format,
      modifiedAt,
      contentHash: id,
      accessGroups: source.accessGroups,
      searchText: searchText({ title, headingPath, text: chunkText }),
      vector: unitVector(random, dimensions, centroids[topicIndex], 0.7),
    };
  });
  return { document, chunks };
}

function pickSource(roll: number): SyntheticSource {
  let total = 0;
  for (const source of syntheticSources) {
    total += source.share;
    if (roll < total) return source;
  }
  return syntheticSources[syntheticSources.length - 1]!;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
