/** One cell of a CSV export: text, a number, or nothing (an empty cell). */
export type CsvCell = string | number | null | undefined;

/**
 * A spreadsheet runs a cell starting with one of these as a formula (CSV injection), so text cells starting with one
 * are prefixed with an apostrophe and open as plain text. Numbers are written as they are: -3 is a number, not a formula.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function field(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 text: a header row, then one record per row, fields quoted when needed, lines ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(field).join(',') + '\r\n').join('');
}

/** The same text as a file of the registered CSV media type, with the header row announced. */
export function csvBlob(header: readonly string[], rows: readonly (readonly CsvCell[])[]): Blob {
  return new Blob([toCsv(header, rows)], { type: 'text/csv;charset=utf-8;header=present' });
}
