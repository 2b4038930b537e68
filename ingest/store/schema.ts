import {
  type DataType,
  Field,
  FixedSizeList,
  Float32,
  Float64,
  Int32,
  List,
  Schema,
  Utf8,
} from 'apache-arrow';

/**
 * Table names in one place. `chunks` and `documents` are the first generation; a rebuild (new embedding model)
 * writes `chunks_rYYYYMMDDhhmmss` and `documents_r…` and the `tables` row in meta says which pair is active.
 */
export const tableNames = {
  chunks: 'chunks',
  documents: 'documents',
  jobs: 'jobs',
  jobFiles: 'job_files',
  meta: 'meta',
} as const;

export interface GenerationTables {
  chunks: string;
  documents: string;
}

export const firstGeneration: GenerationTables = {
  chunks: tableNames.chunks,
  documents: tableNames.documents,
};

export function generationTables(suffix: string): GenerationTables {
  if (!/^r\d{14}$/.test(suffix)) throw new Error(`not a generation suffix: ${suffix}`);
  return { chunks: `${tableNames.chunks}_${suffix}`, documents: `${tableNames.documents}_${suffix}` };
}

/** Chunk and document tables of any generation; other tables (jobs, answers) never match. */
export const isGenerationTable = (name: string): boolean => /^(chunks|documents)(_r\d{14})?$/.test(name);

const text = (name: string, nullable = false) => new Field(name, new Utf8(), nullable);
const stringList = (name: string) => new Field(name, new List(new Field('item', new Utf8(), true)), false);
// Epoch milliseconds as float64: exact for dates, and plain numbers in filters (`modified_ms >= ...`).
const milliseconds = (name: string, nullable = false) => new Field(name, new Float64(), nullable);
const integer = (name: string, nullable = false) => new Field(name, new Int32(), nullable);

export function chunksSchema(dimensions: number | null): Schema {
  const fields: Field<DataType>[] = [
    text('id'),
    text('document_id'),
    text('chunk_set'),
    integer('ordinal'),
    text('text'),
    text('search_text'),
    integer('char_start'),
    integer('char_end'),
    integer('page_start', true),
    integer('page_end', true),
    stringList('heading_path'),
    integer('token_count'),
    text('source'),
    text('relative_path'),
    text('title'),
    text('format'),
    milliseconds('modified_ms'),
    text('content_hash'),
    stringList('access_groups'),
  ];
  if (dimensions !== null) {
    fields.push(
      new Field('vector', new FixedSizeList(dimensions, new Field('item', new Float32(), true)), false),
    );
  }
  return new Schema(fields);
}

export const documentsSchema = new Schema([
  text('id'),
  text('source'),
  text('relative_path'),
  text('title'),
  text('format'),
  new Field('size_bytes', new Float64(), false),
  milliseconds('modified_ms'),
  text('content_hash'),
  // Nullable: added to knowledge bases written before reader versions, empty there.
  text('reader_version', true),
  text('status'),
  text('reason'),
  integer('page_count'),
  integer('chunk_count'),
  text('chunk_set'),
  stringList('access_groups'),
  text('text'),
  milliseconds('indexed_ms'),
]);

export const jobsSchema = new Schema([
  text('id'),
  stringList('sources'),
  text('status'),
  milliseconds('started_ms'),
  milliseconds('finished_ms', true),
  text('counts_json'),
  integer('pages'),
  integer('chunks'),
  text('embedding_model', true),
  text('error', true),
  text('trigger'),
  text('kind', true),
  text('resumed_from', true),
  text('warnings_json', true),
]);

export const jobFilesSchema = new Schema([
  text('job_id'),
  text('source'),
  text('relative_path'),
  text('status'),
  text('reason'),
  new Field('duration_ms', new Float64(), false),
]);

export const metaSchema = new Schema([text('key'), text('value_json')]);
