import type { IngestProgress } from '../pipeline-types.ts';
import type { StatusCounts } from '../types.ts';

export interface ProgressTracker {
  /** The live figures; steps change them, then `report`. */
  readonly state: IngestProgress;
  /** Tells the listener a copy of the figures. */
  report(): void;
  /** Moves to the next phase and reports it; no file is current once the files are done. */
  enter(phase: IngestProgress['phase']): void;
}

export function trackProgress(
  counts: StatusCounts,
  onProgress?: (progress: IngestProgress) => void,
): ProgressTracker {
  const state: IngestProgress = {
    phase: 'crawling',
    filesTotal: 0,
    filesDone: 0,
    currentFile: null,
    pages: 0,
    chunks: 0,
    tokens: 0,
    counts,
  };
  const report = () => onProgress?.({ ...state, counts: { ...state.counts } });
  return {
    state,
    report,
    enter(phase) {
      state.phase = phase;
      if (phase === 'finishing') state.currentFile = null;
      report();
    },
  };
}
