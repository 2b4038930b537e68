/**
 * CSV (RFC 4180) for spreadsheets: every cell quoted when it needs to be, CRLF line ends, a byte-order mark so
 * Excel reads UTF-8. Cells that a spreadsheet would run as a formula are defused with a leading apostrophe
 * (file names on a share are chosen by anyone who can write there).
 */
export function toCsv(header: string[], rows: readonly (readonly (string | number)[])[]): string {
  const lines = [header, ...rows].map((row) => row.map((cell) => csvCell(cell)).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}
