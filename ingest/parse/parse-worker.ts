/** The task each pool worker runs: it reads the file itself, so no file bytes cross between threads. */
import { readFile } from 'node:fs/promises';
import type { MessagePort } from 'node:worker_threads';
import { errorMessage, failure, type ParseResult } from './blocks.ts';
import { parseBytes } from './parse-bytes.ts';

export interface ParseTask {
  absolutePath: string;
  /** Used for its extension, a hint next to the content. */
  fileName: string;
  /** Told when parsing starts, so the time limit leaves out the worker's start-up. */
  startedPort?: MessagePort;
}

export default async function parseFile(task: ParseTask): Promise<ParseResult> {
  task.startedPort?.postMessage('started');
  task.startedPort?.close();
  let bytes: Uint8Array;
  try {
    bytes = await readFile(task.absolutePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return failure('failed', `niet leesbaar: ${code ?? errorMessage(error)}`);
  }
  return parseBytes(bytes, task.fileName);
}
