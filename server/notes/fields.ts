/**
 * Checks and cleans what an author types. Every problem is listed at once, in words an author understands;
 * a body over the size limit is its own verdict (413). The body is Markdown kept as written, never rendered as
 * HTML here, but markup that would run in a browser (scripts, event handlers, `javascript:` links) is refused
 * so no later renderer has to be the last line of defence.
 */

export const noteLimits = {
  titleMin: 3,
  titleMax: 200,
  bodyMaxBytes: 100_000,
  authorMin: 2,
  authorMax: 100,
  topicMin: 2,
  topicMax: 80,
  groupsMax: 20,
  relatedMax: 20,
  commentMax: 5_000,
  reasonMax: 1_000,
  /** A body shorter than this says too little to be reviewed. */
  bodyMinOnSubmit: 20,
} as const;

/** Fields as a client sends them; on a save, fields left out keep their value. */
export interface NoteFieldsInput {
  title?: string;
  body?: string;
  topic?: string | null;
  authorName?: string;
  reviewDate?: string | null;
  accessGroups?: string[];
  relatedDocumentIds?: string[];
}

export type CleanNoteFields = NoteFieldsInput;

export interface FieldCheck {
  clean: CleanNoteFields;
  problems: string[];
  /** Set when the body is over the size limit: the request gets 413 with this message. */
  tooLarge: string | null;
}

const htmlTag = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/i;
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const groupPattern = /^[\p{L}\p{N}][\p{L}\p{N}_.-]{0,63}$/u;
const documentIdPattern = /^[a-f0-9]{24}$/;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

const activeElements =
  /<\s*(script|style|iframe|frame|frameset|object|embed|applet|form|input|button|textarea|select|link|meta|base|svg|math|template)\b/gi;
const eventHandler = /<[a-z][^>]*\son[a-z]+\s*=/i;
const activeUrl =
  /(?:\]\(\s*<?|(?:href|src|action|formaction)\s*=\s*["']?|<)\s*(?:javascript|vbscript|data\s*:\s*text\/html|data)\s*:/i;

/** One line of plain text: control characters out, runs of white space one space, trimmed. */
export function cleanLine(value: string): string {
  return value.normalize('NFC').replace(controlCharacters, '').replace(/\s+/g, ' ').trim();
}

/** Markdown body: line ends normalised, control characters out (tabs and newlines stay). */
export function cleanBody(value: string): string {
  return value.normalize('NFC').replace(/\r\n?/g, '\n').replace(controlCharacters, '').replace(/\s+$/u, '');
}

/** Markup in a body that would run in a browser, by name, for the error message. */
export function activeMarkup(body: string): string[] {
  const found = new Set<string>();
  for (const match of body.matchAll(activeElements)) found.add(`<${match[1]?.toLowerCase()}>`);
  if (eventHandler.test(body)) found.add('event-attributen (onclick=…)');
  if (activeUrl.test(body)) found.add('javascript:- of data:-links');
  return [...found];
}

export function isValidDate(value: string): boolean {
  if (!isoDate.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function checkLine(
  label: string,
  value: string,
  limits: { min: number; max: number },
  problems: string[],
): string {
  const clean = cleanLine(value);
  if (clean.length < limits.min) {
    problems.push(
      clean.length === 0 ? `${label} is leeg` : `${label} is te kort (minstens ${limits.min} tekens)`,
    );
  } else if (clean.length > limits.max) {
    problems.push(`${label} is te lang (${clean.length} tekens; hoogstens ${limits.max})`);
  }
  if (htmlTag.test(clean)) problems.push(`${label} mag geen HTML bevatten; gebruik gewone tekst`);
  return clean;
}

/** Checks the fields present in `input`; what is left out is not checked (a save keeps those values). */
export function checkNoteFields(input: NoteFieldsInput): FieldCheck {
  const problems: string[] = [];
  const clean: CleanNoteFields = {};
  let tooLarge: string | null = null;
  if (input.title !== undefined) {
    clean.title = checkLine(
      'De titel',
      input.title,
      { min: noteLimits.titleMin, max: noteLimits.titleMax },
      problems,
    );
  }
  if (input.authorName !== undefined) {
    const author = cleanLine(input.authorName);
    // An empty author is fine in a draft; submitting asks for it.
    clean.authorName =
      author === ''
        ? ''
        : checkLine(
            'De auteursnaam',
            author,
            { min: noteLimits.authorMin, max: noteLimits.authorMax },
            problems,
          );
  }
  if (input.topic !== undefined) {
    clean.topic =
      input.topic === null || cleanLine(input.topic) === ''
        ? null
        : checkLine(
            'Het onderwerp',
            input.topic,
            { min: noteLimits.topicMin, max: noteLimits.topicMax },
            problems,
          );
  }
  if (input.body !== undefined) {
    const body = cleanBody(input.body);
    const bytes = Buffer.byteLength(body, 'utf8');
    if (bytes > noteLimits.bodyMaxBytes) {
      tooLarge = `De tekst is te groot: ${Math.ceil(bytes / 1000)} kB; hoogstens ${noteLimits.bodyMaxBytes / 1000} kB. Splits de notitie in kleinere notities.`;
    }
    const active = activeMarkup(body);
    if (active.length > 0) {
      problems.push(
        `De tekst bevat HTML die in een browser zou worden uitgevoerd (${active.join(', ')}); schrijf gewone Markdown`,
      );
    }
    clean.body = body;
  }
  if (input.reviewDate !== undefined) {
    const date = input.reviewDate === null ? '' : input.reviewDate.trim();
    if (date !== '' && !isValidDate(date))
      problems.push('De herzieningsdatum is geen geldige datum (JJJJ-MM-DD)');
    clean.reviewDate = date === '' ? null : date;
  }
  if (input.accessGroups !== undefined) {
    const groups = [...new Set(input.accessGroups.map(cleanLine).filter(Boolean))];
    const bad = groups.filter((group) => !groupPattern.test(group));
    if (bad.length > 0) problems.push(`Ongeldige groepsnaam: ${bad.slice(0, 3).join(', ')}`);
    if (groups.length > noteLimits.groupsMax)
      problems.push(`Te veel groepen (hoogstens ${noteLimits.groupsMax})`);
    clean.accessGroups = groups;
  }
  if (input.relatedDocumentIds !== undefined) {
    const ids = [...new Set(input.relatedDocumentIds.map((id) => id.trim()))];
    if (ids.some((id) => !documentIdPattern.test(id)))
      problems.push('Een gekoppeld document heeft een ongeldig id');
    if (ids.length > noteLimits.relatedMax)
      problems.push(`Te veel gekoppelde documenten (hoogstens ${noteLimits.relatedMax})`);
    clean.relatedDocumentIds = ids;
  }
  return { clean, problems, tooLarge };
}

/** What a note needs before a reviewer sees it; `today` is `YYYY-MM-DD`. */
export function submitProblems(
  note: {
    title: string;
    body: string;
    topicId: string | null;
    authorName: string;
    reviewDate: string | null;
    accessGroups: string[];
  },
  today: string,
): string[] {
  const problems: string[] = [];
  if (note.title.trim().length < noteLimits.titleMin) problems.push('De titel ontbreekt');
  if (note.body.replace(/\s+/g, '').length < noteLimits.bodyMinOnSubmit)
    problems.push(`De tekst ontbreekt of is te kort (minstens ${noteLimits.bodyMinOnSubmit} tekens)`);
  if (note.topicId === null) problems.push('Kies een onderwerp');
  if (note.authorName.trim() === '') problems.push('Vul de auteursnaam in (zo wordt de notitie geciteerd)');
  if (note.accessGroups.length === 0) problems.push('Kies minstens één groep die de notitie mag lezen');
  if (note.reviewDate !== null && note.reviewDate < today)
    problems.push('De herzieningsdatum ligt in het verleden');
  return problems;
}

/** A comment or reason: one block of plain text, HTML refused. */
export function checkComment(
  value: string | undefined,
  label: string,
  max: number,
): { text: string | null; problems: string[] } {
  if (value === undefined) return { text: null, problems: [] };
  const text = cleanBody(value).trim();
  const problems: string[] = [];
  if (text.length > max) problems.push(`${label} is te lang (hoogstens ${max} tekens)`);
  if (activeMarkup(text).length > 0 || htmlTag.test(text)) problems.push(`${label} mag geen HTML bevatten`);
  return { text: text === '' ? null : text, problems };
}
