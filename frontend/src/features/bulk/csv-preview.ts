import Papa from 'papaparse';

/** The columns an import needs, the request parameter naming each, and Eventbrite's name for it. */
export const IMPORT_FIELDS = [
  { key: 'firstNameColumn', label: 'First name', eventbrite: 'First Name' },
  { key: 'lastNameColumn', label: 'Last name', eventbrite: 'Last Name' },
  { key: 'emailColumn', label: 'Email', eventbrite: 'Email' },
] as const;

export type ImportField = (typeof IMPORT_FIELDS)[number]['key'];
export type ColumnMapping = Record<ImportField, string>;

export interface CsvPreview {
  columns: string[];
  rows: string[][];
  /** The file holds bytes that are not UTF-8 (the server would refuse it). */
  notUtf8: boolean;
}

/** Enough of the file for a preview of its first rows, however large it is. */
const PREVIEW_BYTES = 64 * 1024;
export const PREVIEW_ROWS = 5;

/** The header and the first rows of CSV text; a byte-order mark is dropped, as the server drops it. */
export function previewCsv(text: string, maxRows: number = PREVIEW_ROWS): CsvPreview {
  const notUtf8 = text.includes('\uFFFD');
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { preview: maxRows + 1, skipEmptyLines: 'greedy' });
  const [header = [], ...rows] = parsed.data;
  return { columns: header.map((column) => column.trim()), rows, notUtf8 };
}

export async function readPreview(file: File): Promise<CsvPreview> {
  return previewCsv(await file.slice(0, PREVIEW_BYTES).text());
}

/** Each field mapped to the file's column of Eventbrite's name (case and spaces ignored), or to none. */
export function defaultMapping(columns: string[]): ColumnMapping {
  const find = (name: string) => columns.find((column) => column.trim().toLowerCase() === name.toLowerCase()) ?? '';
  return {
    firstNameColumn: find('First Name'),
    lastNameColumn: find('Last Name'),
    emailColumn: find('Email'),
  };
}

/** The fields no column is chosen for yet. */
export function unmappedFields(mapping: ColumnMapping): (typeof IMPORT_FIELDS)[number][] {
  return IMPORT_FIELDS.filter((field) => !mapping[field.key]);
}
