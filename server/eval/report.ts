/** The evaluation report as a table for people. */
import type { EvalReport } from './run-eval.ts';

const figure = (value: number) => (Number.isFinite(value) ? value.toFixed(3) : '-');
const milliseconds = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '-');

function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ');
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

export function formatReport(report: EvalReport): string {
  const kb = report.knowledgeBase;
  const lines = [
    `Dataset ${report.dataset.name}: ${report.dataset.documents} documenten, ${report.dataset.queries} vragen met relevantie-oordelen.`,
    `Kennisbank: ${kb.documents} documenten geïndexeerd in ${kb.chunks} chunks` +
      (kb.notIndexed > 0 ? `, ${kb.notIndexed} niet geïndexeerd` : '') +
      (kb.built ? `, gebouwd in ${(kb.buildMs / 1000).toFixed(1)} s` : ', uit de cache') +
      ` (${kb.dir}).`,
    kb.embeddingModel
      ? `Embeddingmodel: ${kb.embeddingModel}.`
      : `Alleen op woorden: ${kb.lexicalReason ?? 'geen model'}.`,
    '',
    table(
      ['mode', 'vragen', 'recall@5', 'recall@10', 'MRR@10', 'nDCG@10', 'p50 ms', 'p95 ms'],
      report.modes.map((mode) => [
        mode.mode,
        String(mode.queries),
        figure(mode.scores.recallAt5),
        figure(mode.scores.recallAt10),
        figure(mode.scores.mrrAt10),
        figure(mode.scores.ndcgAt10),
        milliseconds(mode.latency.p50Ms),
        milliseconds(mode.latency.p95Ms),
      ]),
    ),
  ];
  if (report.skippedModes.length > 0) {
    lines.push(
      `${report.skippedModes.map((skipped) => skipped.mode).join(', ')}: overgeslagen (geen vectoren).`,
    );
  }
  const answers = report.answers;
  if (answers) {
    lines.push(
      '',
      `Extractieve antwoorden (${answers.mode}, top ${answers.topK}), ${answers.questions} vragen met een goudantwoord:`,
      `  met bronvermelding            ${figure(answers.answered)}`,
      `  goudantwoord in geciteerde    ${figure(answers.inCited)}`,
      `  goudantwoord in opgehaalde    ${figure(answers.inRetrieved)}`,
    );
  }
  return lines.join('\n');
}
