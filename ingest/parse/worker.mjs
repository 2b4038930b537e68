// Pool workers start without the TypeScript loader that tsx or vitest gave the main thread; register it here
// so the same worker file runs under `tsx`, `vitest` and plain `node --import tsx`.
import process from 'node:process';
import { register } from 'tsx/esm/api';

register();
// tsx turns on source maps, and Node then keeps pdf.js's multi-megabyte maps in the heap: 4x the memory of a
// parse, against the worker's heap limit. Stack traces from a worker are not worth that.
process.setSourceMapsEnabled(false);
const { default: parseFile } = await import('./parse-worker.ts');

export default parseFile;
