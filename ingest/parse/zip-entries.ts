/**
 * Names of the files inside a ZIP archive, read from its central directory without unpacking anything:
 * enough to tell a Word document from a spreadsheet, an OpenDocument file or a plain archive.
 * A truncated archive has no central directory; then the local headers are searched for instead.
 */
const endOfDirectorySignature = 0x06054b50;
const directoryEntrySignature = 0x02014b50;
const localHeaderSignature = 0x04034b50;
const maxEntries = 10_000;

const decoder = new TextDecoder('utf-8');

function findEndOfDirectory(view: DataView): number {
  const earliest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let offset = view.byteLength - 22; offset >= earliest; offset--) {
    if (view.getUint32(offset, true) === endOfDirectorySignature) return offset;
  }
  return -1;
}

function fromCentralDirectory(bytes: Uint8Array, view: DataView): string[] | undefined {
  const end = findEndOfDirectory(view);
  if (end < 0) return undefined;
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const names: string[] = [];
  for (let index = 0; index < Math.min(count, maxEntries); index++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== directoryEntrySignature)
      return undefined;
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    names.push(decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

function fromLocalHeaders(bytes: Uint8Array, view: DataView): string[] {
  const names: string[] = [];
  for (let offset = 0; offset + 30 <= bytes.length && names.length < maxEntries; offset++) {
    if (bytes[offset] !== 0x50 || view.getUint32(offset, true) !== localHeaderSignature) continue;
    const nameLength = view.getUint16(offset + 26, true);
    names.push(decoder.decode(bytes.subarray(offset + 30, offset + 30 + nameLength)));
    offset += 29 + nameLength;
  }
  return names;
}

export function zipEntryNames(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return fromCentralDirectory(bytes, view) ?? fromLocalHeaders(bytes, view);
}
