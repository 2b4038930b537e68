import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { AppDependencies } from '../app.ts';
import { getDocumentFileRoute, getDocumentRoute } from '../contract/documents.ts';
import { AppError } from '../errors.ts';
import { createRouter } from '../http/openapi.ts';
import { documentChunkView } from '../http/passage-view.ts';

const contentTypes: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  markdown: 'text/markdown; charset=utf-8',
  html: 'text/plain; charset=utf-8', // never served as HTML: a document must not run in our origin
  text: 'text/plain; charset=utf-8',
};

export function documentsRoutes(dependencies: AppDependencies) {
  // Not visible and not existing look the same to the reader: no hint that a document exists.
  const notFound = () =>
    new AppError('not_found', 'Dit document bestaat niet of u heeft er geen toegang toe.');

  return createRouter()
    .openapi(getDocumentRoute, async (context) => {
      const user = context.get('user');
      const document = await dependencies.store.getDocumentFor(context.req.valid('param').id, user.groups);
      if (!document || document.status !== 'indexed') throw notFound();
      const chunks = await dependencies.store.listChunks({ documentId: document.id });
      return context.json(
        {
          id: document.id,
          title: document.title,
          source: document.source,
          relativePath: document.relativePath,
          format: document.format,
          sizeBytes: document.sizeBytes,
          modifiedAt: document.modifiedAt.toISOString(),
          indexedAt: document.indexedAt.toISOString(),
          contentHash: document.contentHash,
          pageCount: document.pageCount,
          warnings: document.reason ? document.reason.split('; ') : [],
          text: document.text,
          chunks: chunks.filter((chunk) => chunk.chunkSet === document.chunkSet).map(documentChunkView),
        },
        200,
      );
    })
    .openapi(getDocumentFileRoute, async (context) => {
      const user = context.get('user');
      const document = await dependencies.store.getDocumentFor(context.req.valid('param').id, user.groups);
      if (!document) throw notFound();
      const root = (await dependencies.sourceRoots()).get(document.source);
      if (!root) throw new AppError('not_found', 'De bron van dit document is niet meer ingesteld.');
      const filePath = await insideRoot(root, document.relativePath);
      if (!filePath)
        throw new AppError('not_found', 'Het originele bestand is niet meer op de share te vinden.');
      const info = await stat(filePath);
      const fileName = path.posix.basename(document.relativePath).replace(/[^\w.\- ]+/g, '_');
      return new Response(Readable.toWeb(createReadStream(filePath)) as ReadableStream, {
        headers: {
          'Content-Type': contentTypes[document.format] ?? 'application/octet-stream',
          'Content-Length': String(info.size),
          'Content-Disposition': `inline; filename="${fileName}"`,
          'X-Content-Type-Options': 'nosniff',
          'Content-Security-Policy': "default-src 'none'; sandbox",
        },
      });
    });
}

export type DocumentsRoutes = ReturnType<typeof documentsRoutes>;

/** The stored relative path, resolved and checked to stay inside the source root (links included). */
async function insideRoot(root: string, relativePath: string): Promise<string | null> {
  try {
    const realRoot = await realpath(root);
    const target = await realpath(path.resolve(realRoot, relativePath));
    const relative = path.relative(realRoot, target);
    if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
    return target;
  } catch {
    return null;
  }
}
