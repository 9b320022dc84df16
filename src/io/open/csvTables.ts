/**
 * Reads a CSV file (RFC 4180, as spreadsheets write it: quoted fields with commas, doubled
 * quotes and line breaks, CRLF or LF line ends; a UTF-8 byte order mark is dropped when the
 * bytes are decoded) into table rows with papaparse. The first record names the columns; each
 * row keeps the line it starts on, so a problem names it. A record with more or fewer fields
 * than the header, a blank or repeated column name, are problems with their line.
 */
import Papa from 'papaparse';
import { openProblem, type OpenProblem } from './openProblem';
import type { TableRow } from './tables';

export type CsvTable =
  { ok: true; columns: string[]; rows: TableRow[] } | { ok: false; problems: OpenProblem[] };

interface Record {
  fields: string[];
  line: number;
}

/** The records of a CSV text, each with the line it starts on (from 1). */
function records(text: string, file: string, problems: OpenProblem[]): Record[] {
  const found: Record[] = [];
  let counted = 0;
  let line = 1;
  let start = 0;
  Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: 'greedy',
    step: (result) => {
      // Lines before this record: count the line ends up to where it starts.
      for (; counted < start; counted += 1) if (text[counted] === '\n') line += 1;
      // A record starts after the blank lines before it.
      let at = start;
      while (at < text.length && (text[at] === '\n' || text[at] === '\r')) {
        if (text[at] === '\n') line += 1;
        at += 1;
      }
      counted = at;
      for (const e of result.errors)
        problems.push(openProblem('invalid_csv', { file, line }, e.message));
      found.push({ fields: result.data, line });
      start = result.meta.cursor;
    },
  });
  return found;
}

export function readCsvTable(file: string, text: string): CsvTable {
  const problems: OpenProblem[] = [];
  const all = records(text, file, problems);
  const [header, ...body] = all;
  if (!header)
    return { ok: false, problems: [openProblem('empty_file', { file }, 'the file is empty')] };
  const columns = header.fields.map((c) => c.trim());
  const seen = new Set<string>();
  columns.forEach((c, i) => {
    if (c === '')
      problems.push(
        openProblem('invalid_csv', { file, line: header.line }, `column ${i + 1} has no name`),
      );
    else if (seen.has(c))
      problems.push(
        openProblem('invalid_csv', { file, line: header.line }, `the column name "${c}" repeats`),
      );
    seen.add(c);
  });
  const rows: TableRow[] = [];
  for (const r of body) {
    if (r.fields.length !== columns.length) {
      problems.push(
        openProblem(
          'invalid_csv',
          { file, line: r.line },
          `expected ${columns.length} fields as in the header, found ${r.fields.length}`,
        ),
      );
      continue;
    }
    const values: { [column: string]: string } = {};
    columns.forEach((c, i) => (values[c] = r.fields[i] ?? ''));
    rows.push({ values, place: { file, line: r.line } });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, columns, rows };
}
