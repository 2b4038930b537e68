import type { Result } from '../../ingest/result.ts';
import { fail, ok } from '../../ingest/result.ts';

/** Every generated file carries this line, so nobody mistakes a sample for real policy. */
export const exampleLabel = 'Voorbeeldmateriaal: fictief document, gemaakt voor het testen van Vraagbaak';

export const outputFormats = ['pdf', 'docx', 'md', 'html'] as const;
export type OutputFormat = (typeof outputFormats)[number];

/** One text source in `data/sample-sources/`: front matter plus a Markdown body. */
export interface SampleSource {
  /** File name without `.md`; also the name of the generated file. */
  slug: string;
  title: string;
  output: OutputFormat;
  /** ISO date `YYYY-MM-DD`; also the fixed creation date written into the file. */
  date: string;
  status?: string;
  afdeling?: string;
  kenmerk?: string;
  body: string;
}

const frontMatterPattern = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
const knownKeys = new Set(['title', 'output', 'date', 'status', 'afdeling', 'kenmerk']);

const unquote = (value: string): string => {
  const trimmed = value.trim();
  const quoted = /^(['"])(.*)\1$/.exec(trimmed);
  return quoted ? (quoted[2] ?? '') : trimmed;
};

/** Reads the small `key: value` front matter the sources use; a full YAML parser would be overkill here. */
const readFrontMatter = (block: string): Result<Map<string, string>> => {
  const fields = new Map<string, string>();
  for (const line of block.split(/\r?\n/)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const match = /^([a-z]+):(.*)$/.exec(line);
    if (!match?.[1]) return fail(`unreadable front matter line: ${line}`);
    if (!knownKeys.has(match[1])) return fail(`unknown front matter key: ${match[1]}`);
    fields.set(match[1], unquote(match[2] ?? ''));
  }
  return ok(fields);
};

const isOutputFormat = (value: string): value is OutputFormat =>
  (outputFormats as readonly string[]).includes(value);

const isIsoDate = (value: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T12:00:00Z`));

/** Parses and checks one source; the label must open the body so the source itself is marked too. */
export function parseSource(slug: string, text: string): Result<SampleSource> {
  const match = frontMatterPattern.exec(text);
  if (!match) return fail(`${slug}: no front matter`);
  const fields = readFrontMatter(match[1] ?? '');
  if (!fields.ok) return fail(`${slug}: ${fields.reason}`);
  const get = (key: string): string | undefined => fields.value.get(key) || undefined;

  const title = get('title');
  const output = get('output');
  const date = get('date');
  if (!title) return fail(`${slug}: title is missing`);
  if (!output || !isOutputFormat(output))
    return fail(`${slug}: output must be one of ${outputFormats.join(', ')}`);
  if (!date || !isIsoDate(date)) return fail(`${slug}: date must be YYYY-MM-DD`);

  const body = text.slice(match[0].length).trim();
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  if (!firstLine.startsWith('>') || !firstLine.includes(exampleLabel)) {
    return fail(`${slug}: the body must start with a quote holding "${exampleLabel}"`);
  }
  return ok({
    slug,
    title,
    output,
    date,
    status: get('status'),
    afdeling: get('afdeling'),
    kenmerk: get('kenmerk'),
    body: `${body}\n`,
  });
}

const monthNames = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** "14 januari 2025"; spelled out by hand so the output does not depend on the ICU data Node was built with. */
export function dutchDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day} ${monthNames[(month ?? 1) - 1]} ${year}`;
}

/** Noon UTC on the document's date: the fixed creation time written into PDF and DOCX metadata. */
export const fixedTimestamp = (isoDate: string): Date => new Date(`${isoDate}T12:00:00Z`);

/** The lines under the title: department, status, date and reference, in that order. */
export function metadataLines(source: SampleSource): Array<[label: string, value: string]> {
  const lines: Array<[string, string]> = [];
  if (source.afdeling) lines.push(['Afdeling', source.afdeling]);
  if (source.status) lines.push(['Status', source.status]);
  lines.push(['Datum', dutchDate(source.date)]);
  if (source.kenmerk) lines.push(['Kenmerk', source.kenmerk]);
  return lines;
}
