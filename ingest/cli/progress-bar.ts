import cliProgress from 'cli-progress';
import type { IngestProgress } from '../pipeline-types.ts';

/** A progress bar on a terminal; a line every few seconds when output goes to a file or CI log. */
export function createProgressReporter(output: NodeJS.WriteStream): {
  update(progress: IngestProgress): void;
  stop(): void;
} {
  const startedAt = Date.now();
  const payload = (progress: IngestProgress) => {
    const seconds = Math.max((Date.now() - startedAt) / 1000, 0.001);
    return {
      pages: progress.pages,
      chunks: progress.chunks,
      rate: (progress.filesDone / seconds).toFixed(1),
      file: (progress.currentFile ?? progress.phase).slice(-48),
    };
  };
  if (!output.isTTY) {
    let lastPrinted = 0;
    return {
      update(progress) {
        const now = Date.now();
        if (now - lastPrinted < 5000 && progress.phase !== 'done') return;
        lastPrinted = now;
        const { pages, chunks, rate } = payload(progress);
        output.write(
          `[${progress.phase}] ${progress.filesDone}/${progress.filesTotal} bestanden, ${pages} pagina's, ${chunks} tekststukken, ${rate} bestanden/s\n`,
        );
      },
      stop() {},
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      format:
        '{bar} {percentage}% | {value}/{total} bestanden | {pages} pag. | {chunks} stukken | {rate}/s | nog {eta_formatted} | {file}',
      hideCursor: true,
      etaBuffer: 50,
      stream: output,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(progress) {
      if (!started) {
        bar.start(Math.max(progress.filesTotal, 1), 0, payload(progress));
        started = true;
      }
      bar.setTotal(Math.max(progress.filesTotal, 1));
      bar.update(progress.filesDone, payload(progress));
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
