/**
 * Ordering the coverage matrix for display: the columns with any coverage, strongest first (the
 * ones with none are listed apart), and the rows in the order the person sorted them by.
 */
import type { KnowledgeGraph } from './graph';
import type { CoverageMatrix } from './queries';

export type SortDirection = 'ascending' | 'descending';

/** How the rows are sorted: the data's order, by area name, by one column, or by the row total. */
export type RowSort =
  | { by: 'order' }
  | { by: 'label'; dir: SortDirection }
  | { by: 'column'; key: string; dir: SortDirection }
  | { by: 'total'; dir: SortDirection };

/** Sum of a row's strengths. */
export function rowTotal(matrix: CoverageMatrix, row: string): number {
  return Object.values(matrix.cells[row] ?? {}).reduce((s, c) => s + c.strength, 0);
}

/** Sum of a column's strengths over all rows. */
export function columnTotal(matrix: CoverageMatrix, column: string): number {
  return matrix.rows.reduce((s, r) => s + (matrix.cells[r]?.[column]?.strength ?? 0), 0);
}

/** Columns with coverage (strongest first, then by label) and those with none. */
export function splitColumns(
  graph: KnowledgeGraph,
  matrix: CoverageMatrix,
): { shown: string[]; empty: string[] } {
  const label = (k: string) => graph.getNodeAttribute(k, 'label');
  const totals = new Map(matrix.columns.map((c) => [c, columnTotal(matrix, c)]));
  const total = (c: string) => totals.get(c) ?? 0;
  const shown = matrix.columns
    .filter((c) => total(c) > 0)
    .sort((a, b) => total(b) - total(a) || label(a).localeCompare(label(b)));
  const empty = matrix.columns.filter((c) => total(c) === 0);
  return { shown, empty };
}

/** The rows in the order `sort` asks for; ties keep the data's order. */
export function orderRows(graph: KnowledgeGraph, matrix: CoverageMatrix, sort: RowSort): string[] {
  const rows = [...matrix.rows];
  if (sort.by === 'order') return rows;
  const sign = sort.dir === 'ascending' ? 1 : -1;
  const value = (row: string): number | string => {
    if (sort.by === 'label') return graph.getNodeAttribute(row, 'label');
    if (sort.by === 'total') return rowTotal(matrix, row);
    return matrix.cells[row]?.[sort.key]?.strength ?? 0;
  };
  return rows.sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    const d =
      typeof va === 'string' && typeof vb === 'string'
        ? va.localeCompare(vb)
        : Number(va) - Number(vb);
    return sign * d;
  });
}

/** The next sort when a header is clicked: numbers start descending, names ascending. */
export function nextSort(current: RowSort, clicked: Exclude<RowSort, { by: 'order' }>): RowSort {
  const same =
    current.by === clicked.by &&
    (current.by !== 'column' || (clicked.by === 'column' && current.key === clicked.key));
  if (!same) return clicked;
  return { ...clicked, dir: current.dir === 'ascending' ? 'descending' : 'ascending' };
}

/** The aria-sort of a header under the current sort. */
export function ariaSortOf(
  current: RowSort,
  header: { by: 'label' } | { by: 'total' } | { by: 'column'; key: string },
): SortDirection | 'none' {
  if (current.by === 'order' || current.by !== header.by) return 'none';
  if (current.by === 'column' && header.by === 'column' && current.key !== header.key)
    return 'none';
  return current.dir;
}
