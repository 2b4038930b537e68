/** Column lists for reads: what each kind of reader needs, and no more. */

/** Every document column but the full text. */
export const documentSummaryColumns = [
  'id',
  'source',
  'relative_path',
  'title',
  'format',
  'size_bytes',
  'modified_ms',
  'content_hash',
  'reader_version',
  'status',
  'reason',
  'page_count',
  'chunk_count',
  'chunk_set',
  'access_groups',
  'indexed_ms',
];

// Everything but the vector and the analysed search text: what a reader needs to show and check a passage.
export const chunkReadColumns = [
  'id',
  'document_id',
  'chunk_set',
  'ordinal',
  'text',
  'char_start',
  'char_end',
  'page_start',
  'page_end',
  'heading_path',
  'token_count',
  'source',
  'relative_path',
  'title',
  'format',
  'modified_ms',
  'content_hash',
  'access_groups',
];
