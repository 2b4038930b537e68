import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'ingest/**/*.test.ts',
      'server/**/*.test.ts',
      'web/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
      'tests/**/*.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: parse pools and LanceDB already use threads of their own.
    fileParallelism: true,
    maxWorkers: 2,
    globalSetup: ['tests/global-setup.ts'],
    // See ingest/lance-environment.ts: LanceDB's index build can stall with a 2-thread pool.
    env: { LANCE_CPU_THREADS: '4', LANCEDB_LOG: 'error' },
  },
});
