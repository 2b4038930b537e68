/**
 * Parse stage: turns a file into text blocks (with page numbers and headings), or into a recorded reason why
 * not. Runs in isolated workers with a time and memory limit per file.
 */
export { createParsePool, type ParsePool, type ParsePoolOptions } from './pool.ts';
export { reportedExtensions, supportedExtensions } from './detect-format.ts';
export type { ParseResult } from './blocks.ts';
export { readerIsCurrent, readerVersion } from './reader-version.ts';
