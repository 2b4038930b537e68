import { unzipSync, zipSync } from 'fflate';
import type { Zippable } from 'fflate';

const corePropertiesPath = 'docProps/core.xml';

/**
 * Makes a .docx from the `docx` library byte-for-byte repeatable. The library stamps "now" into the core
 * properties and into every zip entry; everything else it writes is already stable.
 * The zip time is built from local date parts because zip stores local time: this keeps it the same in every time zone.
 */
export function normalizeDocxPackage(bytes: Uint8Array, created: Date): Uint8Array {
  const stamp = created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const mtime = new Date(created.getUTCFullYear(), created.getUTCMonth(), created.getUTCDate(), 12, 0, 0);
  const entries = unzipSync(bytes);
  const zippable: Zippable = {};
  for (const [path, data] of Object.entries(entries)) {
    const content =
      path === corePropertiesPath
        ? new TextEncoder().encode(
            new TextDecoder()
              .decode(data)
              .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${stamp}$2`),
          )
        : data;
    zippable[path] = [content, { mtime }];
  }
  return zipSync(zippable, { level: 6 });
}
