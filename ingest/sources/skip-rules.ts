/** Files a crawl never reads, with the reason an admin sees. Pure, so the rules are easy to test. */

const temporaryExtensions = new Set(['.tmp', '.temp', '.bak', '.swp', '.part', '.crdownload', '.lnk']);
const systemFileNames = new Set(['thumbs.db', 'desktop.ini', '.ds_store']);

/** Reason to leave a path out of the crawl, or null to read it. `name` is the last path segment. */
export function crawlSkipReason(name: string): string | null {
  const lower = name.toLowerCase();
  // Word and Excel create `~$name.docx` while a file is open; it holds the user name, not content.
  if (lower.startsWith('~$')) return 'Office-vergrendelbestand (tijdelijk)';
  if (lower.startsWith('.')) return 'verborgen bestand';
  if (systemFileNames.has(lower)) return 'systeembestand';
  if (lower.startsWith('~') || lower.endsWith('~')) return 'tijdelijk bestand';
  const dot = lower.lastIndexOf('.');
  if (dot > 0 && temporaryExtensions.has(lower.slice(dot))) return 'tijdelijk bestand';
  return null;
}
