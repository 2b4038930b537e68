import { mkdirSync } from 'node:fs';
import path from 'node:path';
import pino, { type Logger } from 'pino';

/**
 * Structured logs to a file under data/. Paths and counts only: file contents and user data never go to the log.
 */
export function createFileLogger(options: { file: string; level: string; name: string }): Logger {
  mkdirSync(path.dirname(options.file), { recursive: true });
  return pino(
    { name: options.name, level: options.level, base: { pid: process.pid } },
    pino.destination({ dest: options.file, append: true, mkdir: true, sync: false }),
  );
}
