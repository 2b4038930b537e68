/**
 * Imported first by every entry point, before anything loads LanceDB.
 * LanceDB's full-text index build can wait forever when its thread pool is as small as a 2-core machine's
 * (lancedb/lancedb#3568); four threads avoid that and cost nothing when idle.
 */
import { availableParallelism } from 'node:os';

process.env.LANCE_CPU_THREADS ??= String(Math.max(4, availableParallelism()));
// LanceDB logs deprecation notes on every search; keep the console for what an admin must read.
process.env.LANCEDB_LOG ??= 'error';
