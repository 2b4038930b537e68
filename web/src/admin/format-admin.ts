/** Durations, rates, sizes and counts as the console shows them, in the interface language. */
import type { FileOutcome } from '../../../server/contract/index.ts';
import type { Messages } from '../i18n/messages-nl.ts';

export const outcomes: readonly FileOutcome[] = [
  'failed',
  'needs-ocr',
  'skipped',
  'removed',
  'indexed',
  'unchanged',
];

export function formatNumber(value: number, messages: Messages, fractionDigits = 0): string {
  return new Intl.NumberFormat(messages.locale, { maximumFractionDigits: fractionDigits }).format(value);
}

export function formatPercent(percent: number, messages: Messages): string {
  return new Intl.NumberFormat(messages.locale, { style: 'percent', maximumFractionDigits: 0 }).format(
    percent / 100,
  );
}

/** `40 ms`, `4,9 s`, `1 min 20 s`, `2 u 5 min`: precise where it is short, rounded where it is long. */
export function formatDuration(ms: number | null, messages: Messages): string {
  const words = messages.admin.format;
  if (ms === null || !Number.isFinite(ms) || ms < 0) return words.unknown;
  if (ms < 1000) return words.milliseconds(formatNumber(Math.round(ms), messages));
  if (ms < 60_000) return words.seconds(formatNumber(ms / 1000, messages, ms < 10_000 ? 1 : 0));
  const seconds = Math.round(ms / 1000);
  if (seconds < 3600) return words.minutes(Math.floor(seconds / 60), seconds % 60);
  return words.hours(Math.floor(seconds / 3600), Math.round((seconds % 3600) / 60));
}

export function formatRate(filesPerSecond: number, messages: Messages): string {
  return messages.admin.format.filesPerSecond(formatNumber(filesPerSecond, messages, 1));
}

export function formatBytes(bytes: number | null, messages: Messages): string {
  if (bytes === null) return messages.admin.format.unknown;
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(messages.locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

/** `11 geïndexeerd, 1 mislukt`: only the statuses that occurred, worst first. */
export function formatCounts(counts: Record<FileOutcome, number>, messages: Messages): string {
  const parts = outcomes
    .filter((outcome) => counts[outcome] > 0)
    .map((outcome) =>
      messages.admin.format.count(formatNumber(counts[outcome], messages), messages.admin.outcome[outcome]),
    );
  return parts.length > 0 ? messages.admin.format.countList(parts) : messages.admin.format.noFiles;
}

export function totalFiles(counts: Record<FileOutcome, number>): number {
  return outcomes.reduce((sum, outcome) => sum + counts[outcome], 0);
}

/** Date and time to the second: jobs started within the same minute must be told apart. */
export function formatJobTime(iso: string | null | undefined, messages: Messages): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(messages.locale, { dateStyle: 'long', timeStyle: 'medium' }).format(date);
}
