/**
 * Published notes out as Markdown files with front matter (one ZIP), and such files back in as drafts: an
 * import never publishes, a person reviews first. Each file succeeds or fails on its own, with the reason.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { AppError } from '../errors.ts';
import type { User } from '../http/types.ts';
import type { InterviewBody } from '../contract/note-requests.ts';
import type { ImportFileResult, ImportResponse } from '../contract/note-views.ts';
import type { NotesCore } from './core.ts';
import { describeFrontMatterFailure } from './failure-text.ts';
import { exportFileName, fromMarkdownFile, toMarkdownFile } from './front-matter.ts';
import { interviewBody, unknownPromptIds } from './interview.ts';
import type { NoteWorkflow } from './note-workflow.ts';
import { isExpert, maySeePublished } from './permissions.ts';
import { slugify } from './topic-repository.ts';
import type { NoteRecord } from './types.ts';

export const importLimits = {
  files: 200,
  /** Per file: the body limit plus room for front matter. */
  fileBytes: 120_000,
  /** All files of one import together, unpacked. */
  totalBytes: 10_000_000,
} as const;

export interface ImportFile {
  fileName: string;
  content: string;
}

/** `.md` files, and `.md` files inside `.zip` files, with the limits applied before anything is unpacked. */
export function filesFromUploads(uploads: { fileName: string; bytes: Uint8Array }[]): {
  files: ImportFile[];
  rejected: ImportFileResult[];
} {
  const files: ImportFile[] = [];
  const rejected: ImportFileResult[] = [];
  const refuse = (fileName: string, reason: string) =>
    rejected.push({ fileName, ok: false, noteId: null, title: null, reason, warnings: [] });
  let total = 0;
  const add = (fileName: string, bytes: Uint8Array) => {
    if (bytes.byteLength > importLimits.fileBytes)
      return refuse(fileName, 'bestand te groot (hoogstens 120 kB)');
    total += bytes.byteLength;
    files.push({ fileName, content: strFromU8(bytes) });
  };
  for (const upload of uploads) {
    const lower = upload.fileName.toLowerCase();
    if (lower.endsWith('.zip')) {
      let entries: Record<string, Uint8Array>;
      try {
        entries = unzipSync(upload.bytes, {
          // Sizes are checked from the ZIP directory before inflating, so a ZIP bomb is never unpacked.
          filter: (entry) => {
            const markdown = /\.(md|markdown)$/i.test(entry.name) && !entry.name.startsWith('__MACOSX/');
            if (markdown && entry.originalSize > importLimits.fileBytes) {
              refuse(entry.name, 'bestand te groot (hoogstens 120 kB)');
              return false;
            }
            return markdown;
          },
        });
      } catch {
        refuse(upload.fileName, 'geen geldig ZIP-bestand');
        continue;
      }
      for (const [name, bytes] of Object.entries(entries)) add(name, bytes);
    } else if (/\.(md|markdown)$/i.test(lower)) {
      add(upload.fileName, upload.bytes);
    } else {
      refuse(
        upload.fileName,
        'alleen .md-bestanden (of een .zip met .md-bestanden) kunnen worden geïmporteerd',
      );
    }
    if (total > importLimits.totalBytes)
      throw new AppError('payload_too_large', 'De import is te groot (hoogstens 10 MB).');
  }
  if (files.length > importLimits.files) {
    throw new AppError(
      'payload_too_large',
      `Te veel bestanden (hoogstens ${importLimits.files} per import).`,
    );
  }
  return { files, rejected };
}

export function createExchange(core: NotesCore, workflow: NoteWorkflow) {
  const published = async (user: User): Promise<{ note: NoteRecord; file: string; name: string }[]> => {
    const result = [];
    const names = new Set<string>();
    for (const note of core.notes.list()) {
      const snapshot = core.snapshot(note);
      if (!snapshot || !maySeePublished(snapshot.accessGroups, user)) continue;
      const revision = core.notes.revisionAt(note.id, snapshot.version);
      const topic = revision?.topicId ? core.topics.get(revision.topicId) : null;
      // Only links to documents the exporter may read: a title says something too.
      const related = [];
      for (const document of revision?.relatedDocuments ?? []) {
        if (await core.options.documents.getDocumentFor(document.id, user.groups)) related.push(document);
      }
      let name = exportFileName(snapshot.title, note.id, slugify);
      while (names.has(name)) name = name.replace(/\.md$/, '-1.md');
      names.add(name);
      const file = toMarkdownFile({
        id: note.id,
        title: snapshot.title,
        topic: topic?.name ?? null,
        author: snapshot.authorName,
        version: snapshot.version,
        published: snapshot.publishedAt,
        reviewDate: revision?.reviewDate ?? null,
        accessGroups: snapshot.accessGroups,
        relatedDocuments: related,
        body: snapshot.body,
      });
      result.push({ note, file, name });
    }
    return result;
  };

  return {
    /** A ZIP with one `.md` per published note the caller may read. */
    async exportZip(user: User): Promise<{ zip: Uint8Array; count: number }> {
      if (!isExpert(user)) throw new AppError('forbidden', 'Alleen experts kunnen notities exporteren.');
      const files = await published(user);
      const entries: Record<string, Uint8Array> = {};
      for (const { name, file } of files) entries[name] = strToU8(file);
      return { zip: zipSync(entries, { level: 6 }), count: files.length };
    },

    async importFiles(
      user: User,
      files: ImportFile[],
      rejected: ImportFileResult[] = [],
    ): Promise<ImportResponse> {
      if (!isExpert(user)) throw new AppError('forbidden', 'Alleen experts kunnen notities importeren.');
      const results: ImportFileResult[] = [...rejected];
      for (const file of files) {
        const parsed = fromMarkdownFile(file.fileName, file.content);
        if (!parsed.ok) {
          results.push({
            fileName: file.fileName,
            ok: false,
            noteId: null,
            title: null,
            reason: describeFrontMatterFailure(parsed.reason),
            warnings: [],
          });
          continue;
        }
        const warnings: string[] = [];
        const fields = { ...parsed.value.fields };
        // Related documents that are not here (another installation) are dropped, not a reason to fail.
        if (fields.relatedDocumentIds) {
          const kept = [];
          for (const id of fields.relatedDocumentIds) {
            if (/^[a-f0-9]{24}$/.test(id) && (await core.options.documents.getDocumentFor(id, user.groups)))
              kept.push(id);
            else warnings.push(`gekoppeld document ${id} niet gevonden; de koppeling is weggelaten`);
          }
          fields.relatedDocumentIds = kept;
        }
        try {
          const note = await workflow.create(user, { ...fields, title: fields.title ?? '' }, 'import');
          if (parsed.value.originalId) warnings.push(`geïmporteerd uit notitie ${parsed.value.originalId}`);
          results.push({
            fileName: file.fileName,
            ok: true,
            noteId: note.id,
            title: note.title,
            reason: null,
            warnings,
          });
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          results.push({
            fileName: file.fileName,
            ok: false,
            noteId: null,
            title: null,
            reason: error.message,
            warnings,
          });
        }
      }
      const created = results.filter((result) => result.ok).length;
      return { created, failed: results.length - created, results };
    },

    /** The interview's answers as a draft note: one section per answered prompt. */
    async interview(user: User, body: InterviewBody): Promise<NoteRecord> {
      const unknown = unknownPromptIds(body.answers);
      const text = interviewBody(body.answers);
      const problems = [
        ...(unknown.length > 0 ? [`Onbekende vragen: ${unknown.join(', ')}`] : []),
        ...(text === '' ? ['Beantwoord minstens één vraag'] : []),
      ];
      const title = body.title?.trim() || (body.topic?.trim() ? `Ervaringskennis: ${body.topic.trim()}` : '');
      if (title === '') problems.push('Geef een titel of een onderwerp');
      if (problems.length > 0) throw new AppError('bad_request', `Ongeldige invoer: ${problems.join('; ')}`);
      const { answers: _answers, ...fields } = body;
      return workflow.create(user, { ...fields, title, body: text }, 'interview');
    },
  };
}

export type NoteExchange = ReturnType<typeof createExchange>;
