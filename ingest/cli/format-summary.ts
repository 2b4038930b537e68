import type { IngestSummary } from '../pipeline-types.ts';
import type { KnowledgeBaseStats } from '../store/index.ts';
import type { FileStatus } from '../types.ts';

const statusLabels: Record<FileStatus, string> = {
  indexed: 'geïndexeerd',
  unchanged: 'ongewijzigd',
  skipped: 'overgeslagen',
  'needs-ocr': 'OCR nodig',
  failed: 'mislukt',
  removed: 'verwijderd',
};

const statusOrder: FileStatus[] = ['indexed', 'unchanged', 'skipped', 'needs-ocr', 'failed', 'removed'];

export function formatDuration(milliseconds: number): string {
  if (milliseconds < 1000) return `${Math.round(milliseconds)} ms`;
  const seconds = milliseconds / 1000;
  if (seconds < 120) return `${seconds.toFixed(1)} s`;
  return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}

/** Plain-text table; numbers right-aligned, text left-aligned. */
function table(rows: string[][], align: 'numbers' | 'text' = 'numbers'): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) =>
          column === 0 || align === 'text' ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The end-of-run report an admin reads: counts per status, time, throughput and what went wrong. */
export function formatRunSummary(summary: IngestSummary, options: { maxListed?: number } = {}): string {
  const { job } = summary;
  const seconds = Math.max(summary.durationMs / 1000, 0.001);
  const processed = job.counts.indexed + job.counts.skipped + job.counts['needs-ocr'] + job.counts.failed;
  const lines: string[] = [];
  lines.push(
    `Taak ${job.id}: ${job.status === 'completed' ? 'klaar' : job.status}${job.error ? ` (${job.error})` : ''}`,
  );
  lines.push('');
  lines.push(
    table([
      ['status', 'bestanden'],
      ...statusOrder.map((status) => [statusLabels[status], String(job.counts[status])]),
      ['totaal', String(statusOrder.reduce((sum, status) => sum + job.counts[status], 0))],
    ]),
  );
  lines.push('');
  lines.push(
    table([
      ['tijd', formatDuration(summary.durationMs)],
      ['bestanden/s', (processed / seconds).toFixed(1)],
      ["pagina's", `${job.pages} (${(job.pages / seconds).toFixed(1)}/s)`],
      ['tekststukken', `${job.chunks} (${(job.chunks / seconds).toFixed(1)}/s)`],
      ['tokens', `${summary.tokens} (${Math.round(summary.tokens / seconds)}/s)`],
    ]),
  );
  if (summary.lexicalReason) {
    lines.push('');
    lines.push(
      `Let op: alleen zoeken op woorden (lexicaal), geen semantisch zoeken: ${summary.lexicalReason}.`,
    );
  }
  for (const warning of summary.warnings) lines.push(`Let op: ${warning}`);
  const repaired = summary.repair;
  if (repaired.orphanChunksRemoved + repaired.documentsReset + repaired.jobsInterrupted > 0) {
    lines.push(
      `Hersteld na een onderbroken run: ${repaired.orphanChunksRemoved} losse tekststukken verwijderd, ` +
        `${repaired.documentsReset} documenten opnieuw te lezen, ${repaired.jobsInterrupted} taken als onderbroken gemarkeerd.`,
    );
  }
  const problems = summary.files.filter(
    (file) => file.status === 'failed' || file.status === 'needs-ocr' || file.status === 'skipped',
  );
  if (problems.length > 0) {
    const maxListed = options.maxListed ?? 25;
    lines.push('');
    lines.push('Niet geïndexeerd:');
    for (const file of problems.slice(0, maxListed)) {
      lines.push(
        `  ${statusLabels[file.status].padEnd(12)} ${file.source}/${file.relativePath}: ${file.reason}`,
      );
    }
    if (problems.length > maxListed)
      lines.push(`  … en ${problems.length - maxListed} meer (zie het logbestand of de taakgeschiedenis)`);
  }
  return lines.join('\n');
}

export function formatDryRun(summary: IngestSummary): string {
  const plan = summary.plan ?? [];
  const changes = plan.filter((entry) => entry.change !== 'unchanged');
  const counts = new Map<string, number>();
  for (const entry of plan) counts.set(entry.change, (counts.get(entry.change) ?? 0) + 1);
  const lines = [
    `Proefrun: er is niets geschreven. ${[...counts].map(([change, count]) => `${change}: ${count}`).join(', ')}`,
  ];
  for (const entry of changes)
    lines.push(
      `  ${entry.change.padEnd(9)} ${entry.source}/${entry.relativePath}${entry.reason ? ` (${entry.reason})` : ''}`,
    );
  return lines.join('\n');
}

/** The knowledge-base overview printed after a run and by `npm start`. */
export function formatKnowledgeBase(stats: KnowledgeBaseStats): string {
  const info = stats.indexInfo;
  const lines = ['Kennisbank'];
  lines.push(
    table(
      [
        ['documenten', String(stats.documents)],
        ['  doorzoekbaar', String(stats.byStatus.indexed ?? 0)],
        ["pagina's", String(stats.pages)],
        ['tekststukken', String(stats.chunks)],
        [
          'zoeken',
          info?.embeddingModel
            ? `hybride (woorden + betekenis: ${info.embeddingModel})`
            : `alleen op woorden (lexicaal)${info?.lexicalReason ? `: ${info.lexicalReason}` : ''}`,
        ],
        ['bijgewerkt', info ? info.updatedAt.toISOString() : 'nog nooit'],
      ],
      'text',
    ),
  );
  const sources = Object.entries(stats.bySource);
  if (sources.length > 0)
    lines.push(`Bronnen: ${sources.map(([name, count]) => `${name} (${count})`).join(', ')}`);
  return lines.join('\n');
}
