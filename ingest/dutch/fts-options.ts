/**
 * LanceDB full-text index settings for Dutch (checked against @lancedb/lancedb 0.31.0):
 * Snowball Dutch stemming and stop words, lowercase, ASCII folding (`coördinatie` = `coordinatie`).
 * Positions are off: `queryText` never sends a quoted phrase (a phrase query on an index without
 * positions is an error), and compound parts appended to `search_text` have no true position.
 */
import type { FtsOptions } from '@lancedb/lancedb';

export const dutchFtsOptions = {
  baseTokenizer: 'simple',
  language: 'Dutch',
  stem: true,
  removeStopWords: true,
  asciiFolding: true,
  lowercase: true,
  withPosition: false,
  // Longer tokens are dropped from the index; their compound parts are indexed separately.
  maxTokenLength: 40,
} as const satisfies Partial<FtsOptions>;
