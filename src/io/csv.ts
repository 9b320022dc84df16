/**
 * CSV export (RFC 4180): fields with a comma, a double quote, CR or LF are quoted, quotes are
 * doubled, records end with CRLF; text a spreadsheet would run as a formula is neutralised. Also the coverage matrix as a CSV table, one row per area.
 */
import type { KnowledgeGraph } from '../model/graph';
import { MAX_STRENGTH, type CoverageMatrix } from '../model/queries';

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
 * The coverage matrix as CSV, in the unit the Matrix panel shows: a header naming the unit and
 * the column labels, then one record per area with each cell's strength (1 to MAX_STRENGTH,
 * empty where there is no coverage) in the order given, and the row's total strength.
 */
export function coverageMatrixCsv(
  graph: KnowledgeGraph,
  matrix: CoverageMatrix,
  rows: readonly string[] = matrix.rows,
  columns: readonly string[] = matrix.columns,
): string {
  const label = (k: string) => graph.getNodeAttribute(k, 'label');
  const header: CsvField[] = [
    `Crime area (coverage strength 1-${MAX_STRENGTH})`,
    ...columns.map(label),
    'Total strength',
  ];
  const records = rows.map((row): CsvField[] => {
    const strengths = columns.map((col) => matrix.cells[row]?.[col]?.strength ?? null);
    const total = strengths.reduce<number>((sum, s) => sum + (s ?? 0), 0);
    return [label(row), ...strengths, total];
  });
  return toCsv([header, ...records]);
}
