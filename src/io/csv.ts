/**
 * CSV export (RFC 4180): fields with a comma, a double quote, CR or LF are quoted, quotes are
 * doubled, records end with CRLF; text a spreadsheet would run as a formula is neutralised. Also the coverage matrix as a CSV table, one row per area.
 */
import type { KnowledgeGraph } from '../model/graph';
import type { CoverageMatrix } from '../model/queries';

export type CsvField = string | number | null;

/**
 * A text that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a CR)
 * gets a leading apostrophe, so that it reads as the text it is (OWASP's advice on CSV
 * injection). Numbers are written as numbers.
 */
export function neutralised(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One field, quoted only when it has to be; text that would run as a formula neutralised. */
export function csvField(value: CsvField): string {
  const text = value === null ? '' : typeof value === 'number' ? String(value) : neutralised(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Records to CSV text, each record ended by CRLF. */
export function toCsv(records: readonly (readonly CsvField[])[]): string {
  return records.map((r) => `${r.map(csvField).join(',')}\r\n`).join('');
}

/**
 * The coverage matrix as CSV: a header of column labels, then one record per area with each
 * cell's strength (empty where there is no coverage) in the order given.
 */
export function coverageMatrixCsv(
  graph: KnowledgeGraph,
  matrix: CoverageMatrix,
  rows: readonly string[] = matrix.rows,
  columns: readonly string[] = matrix.columns,
): string {
  const label = (k: string) => graph.getNodeAttribute(k, 'label');
  const header: CsvField[] = ['Crime area', ...columns.map(label)];
  const records = rows.map((row): CsvField[] => [
    label(row),
    ...columns.map((col) => matrix.cells[row]?.[col]?.strength ?? null),
  ]);
  return toCsv([header, ...records]);
}
