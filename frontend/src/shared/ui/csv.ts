type Cell = string | number | null | undefined;

/**
 * One CSV cell. Text that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a return) gets a
 * leading apostrophe, so a name or title someone typed as `=HYPERLINK(…)` is shown, never run (OWASP "CSV injection").
 * Numbers stay numbers.
 */
export function csvCell(v: Cell): string {
  let s = v == null ? '' : String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[";\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The rows as CSV text: semicolons and CRLF, as Dutch spreadsheets expect. */
export function csvText(rows: Cell[][]): string {
  return rows.map((r) => r.map(csvCell).join(';')).join('\r\n');
}

/** Downloads the rows as a UTF-8 CSV file with a byte order mark, so Excel reads the accents right. */
export function downloadCsv(name: string, rows: Cell[][]) {
  const url = URL.createObjectURL(new Blob(['\ufeff' + csvText(rows)], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${name}.csv`;
  a.click();
  URL.revokeObjectURL(url);
}
