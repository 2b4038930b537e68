import mammoth from 'mammoth';
import { errorMessage, failure, finishDocument, normaliseSpace, type ParseResult } from './blocks.ts';
import { htmlToBlocks, parseHtmlTree, textOf } from './html-blocks.ts';

/**
 * Word's built-in style names are stored in English whatever the user's language, so these cover Dutch Word too.
 * The Title style becomes a level-1 heading marked with a class, so it can also serve as the document title.
 */
const styleMap = [
  "p[style-name='Title'] => h1.title:fresh",
  "p[style-name='Titel'] => h1.title:fresh",
  "p[style-name='Subtitle'] => p:fresh",
];

/** Images are replaced by nothing: base64 data URIs would only cost memory, and their text is not ours to read. */
const dropImages = mammoth.images.imgElement(async () => ({ src: '' }));

export async function parseDocx(
  bytes: Uint8Array,
  options: { warnings?: string[] } = {},
): Promise<ParseResult> {
  let converted: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    converted = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { styleMap, convertImage: dropImages, externalFileAccess: false },
    );
  } catch (error) {
    return failure('failed', `beschadigd Word-bestand: ${errorMessage(error)}`);
  }
  const root = parseHtmlTree(converted.value);
  // mammoth's footnote back-links ("↑") would end up as stray arrows in the text.
  for (const link of root.querySelectorAll('a[href^="#footnote-ref"], a[href^="#endnote-ref"]'))
    link.remove();
  const styledTitle = root.querySelector('h1.title');
  const blocks = htmlToBlocks(root);
  const title = styledTitle
    ? normaliseSpace(textOf(styledTitle))
    : blocks.find((b) => b.kind === 'heading')?.text;
  const messages = [...new Set(converted.messages.map((message) => `Word-melding: ${message.message}`))];
  return finishDocument('docx', blocks, {
    title,
    warnings: [...(options.warnings ?? []), ...summarise(messages)],
  });
}

/** Unknown-style messages can run into the hundreds; an admin needs to see a few, not all. */
function summarise(messages: string[], limit = 5): string[] {
  if (messages.length <= limit) return messages;
  return [...messages.slice(0, limit), `nog ${messages.length - limit} Word-meldingen niet getoond`];
}
