/**
 * Notes as Markdown files with front matter, for export and import. Values are written as JSON, which is also
 * valid YAML, so any YAML reader (or a person) can read the files; reading accepts plain YAML scalars and flow
 * lists too, for files written by hand. No YAML library: one `key: value` per line is all the format needs.
 */
import { fail, ok, type Failure, type Result } from '../../ingest/result.ts';
import type { NoteFieldsInput } from './fields.ts';
import type { RelatedDocument } from './types.ts';

export interface ExportedNote {
  id: string;
  title: string;
  topic: string | null;
  author: string;
  version: number;
  published: Date;
  reviewDate: string | null;
  accessGroups: string[];
  relatedDocuments: RelatedDocument[];
  body: string;
}

export function toMarkdownFile(note: ExportedNote): string {
  const fields: [string, unknown][] = [
    ['id', note.id],
    ['title', note.title],
    ['topic', note.topic],
    ['author', note.author],
    ['version', note.version],
    ['published', note.published.toISOString()],
    ['reviewDate', note.reviewDate],
    ['accessGroups', note.accessGroups],
    [
      'relatedDocuments',
      note.relatedDocuments.map((document) => ({ id: document.id, title: document.title })),
    ],
  ];
  const lines = fields.map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n---\n\n${note.body.trimEnd()}\n`;
}

const frontMatter = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

function plainValue(raw: string): unknown {
  const value = raw.trim();
  if (value === '' || value === '~' || value === 'null') return null;
  try {
    return JSON.parse(value);
  } catch {
    // not JSON: a plain YAML scalar or flow list
  }
  if (value.startsWith('[') && value.endsWith(']')) {
    return value
      .slice(1, -1)
      .split(',')
      .map((item) => unquote(item.trim()))
      .filter(Boolean);
  }
  return unquote(value);
}

const unquote = (value: string): string => value.replace(/^(["'])(.*)\1$/, '$2');

const asString = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

/** Why a file cannot be imported as a note; `describeFrontMatterFailure` words it. */
export type FrontMatterFailure =
  | Failure<'not_text'>
  /** A front-matter line that is not `key: value`; `line` is its start. */
  | Failure<'line_without_key', { line: string }>
  | Failure<'title_missing'>
  | Failure<'not_a_list', { field: 'accessGroups' | 'relatedDocuments' }>;

export interface ImportedFile {
  /** The id the note had where it was exported, for the revision comment. */
  originalId: string | null;
  fields: NoteFieldsInput;
}

/** Reads one file; without front matter the first `# heading` (or the file name) becomes the title. */
export function fromMarkdownFile(
  fileName: string,
  content: string,
): Result<ImportedFile, FrontMatterFailure> {
  if (content.includes('\u0000')) return fail({ code: 'not_text' });
  const match = frontMatter.exec(content);
  if (!match) {
    const heading = /^#[ \t]+(.+?)[ \t]*#*[ \t]*$/m.exec(content);
    const title = heading?.[1] ?? fileName.replace(/\.(md|markdown)$/i, '').replace(/[-_]+/g, ' ');
    return ok({ originalId: null, fields: { title, body: content } });
  }
  const values = new Map<string, unknown>();
  for (const line of (match[1] ?? '').split(/\r?\n/)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const separator = line.indexOf(':');
    if (separator <= 0) return fail({ code: 'line_without_key', line: line.slice(0, 60) });
    values.set(line.slice(0, separator).trim(), plainValue(line.slice(separator + 1)));
  }
  const title = asString(values.get('title'));
  if (title === undefined) return fail({ code: 'title_missing' });
  const groups = values.get('accessGroups');
  const related = values.get('relatedDocuments');
  const fields: NoteFieldsInput = { title, body: content.slice(match[0].length).replace(/^\s*\n/, '') };
  const topic = asString(values.get('topic'));
  if (topic !== undefined) fields.topic = topic;
  const author = asString(values.get('author'));
  if (author !== undefined) fields.authorName = author;
  const reviewDate = values.get('reviewDate');
  if (reviewDate !== undefined) fields.reviewDate = asString(reviewDate) ?? null;
  if (groups !== undefined && groups !== null) {
    if (!Array.isArray(groups)) return fail({ code: 'not_a_list', field: 'accessGroups' });
    fields.accessGroups = groups.map(String);
  }
  if (related !== undefined && related !== null) {
    if (!Array.isArray(related)) return fail({ code: 'not_a_list', field: 'relatedDocuments' });
    fields.relatedDocumentIds = related.map((item) =>
      typeof item === 'object' && item !== null ? String((item as { id?: unknown }).id ?? '') : String(item),
    );
  }
  return ok({ originalId: asString(values.get('id')) ?? null, fields });
}

/** `Wie bel je bij een kapotte laadpaal?` → `wie-bel-je-bij-een-kapotte-laadpaal-<id8>.md` */
export function exportFileName(title: string, id: string, slug: (value: string) => string): string {
  return `${slug(title)}-${id.slice(0, 8)}.md`;
}
