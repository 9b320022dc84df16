/**
 * The coverage matrix as an accessible table: crime areas as rows, the column kind's nodes as
 * columns, each cell a button shaded by and showing its strength (the one unit of cells, the
 * Total column and the CSV; its number of paths is in its name). Row order is
 * sortable from the headers (aria-sort); a cell click picks it (its paths light up).
 */
import type { KnowledgeGraph } from '../../model/graph';
import type { CoverageMatrix } from '../../model/queries';
import { countOf, labelOf, shortLabelOf } from '../../model/answerWords';
import { ariaSortOf, nextSort, rowTotal, type RowSort } from '../../model/matrixOrder';

export interface MatrixTableProps {
  graph: KnowledgeGraph;
  matrix: CoverageMatrix;
  rows: readonly string[];
  columns: readonly string[];
  caption: string;
  sort: RowSort;
  onSort(sort: RowSort): void;
  selected: readonly [string, string] | null;
  onSelect(cell: [string, string] | null): void;
}

export function MatrixTable(props: MatrixTableProps) {
  const { graph, matrix, rows, columns, caption, sort, onSort, selected, onSelect } = props;
  const isSelected = (r: string, c: string) => selected?.[0] === r && selected[1] === c;
  return (
    <table className="matrix">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" aria-sort={ariaSortOf(sort, { by: 'label' })} className="matrix-corner">
            <button
              type="button"
              onClick={() => onSort(nextSort(sort, { by: 'label', dir: 'ascending' }))}
            >
              Crime area
            </button>
          </th>
          {columns.map((col) => (
            <th
              key={col}
              scope="col"
              aria-sort={ariaSortOf(sort, { by: 'column', key: col })}
              className="matrix-col"
            >
              <button
                type="button"
                title={`Sort areas by ${labelOf(graph, col)}`}
                onClick={() =>
                  onSort(nextSort(sort, { by: 'column', key: col, dir: 'descending' }))
                }
              >
                {/* The name starts with the words shown (WCAG 2.5.3), then the full name. */}
                <span>{shortLabelOf(graph, col)}</span>
                {shortLabelOf(graph, col) !== labelOf(graph, col) && (
                  <span className="visually-hidden">{`: ${labelOf(graph, col)}`}</span>
                )}
              </button>
            </th>
          ))}
          <th scope="col" aria-sort={ariaSortOf(sort, { by: 'total' })} className="matrix-total">
            <button
              type="button"
              title="Sort areas by their total strength"
              onClick={() => onSort(nextSort(sort, { by: 'total', dir: 'descending' }))}
            >
              Total strength
            </button>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row}>
            <th scope="row">{labelOf(graph, row)}</th>
            {columns.map((col) => {
              const cell = matrix.cells[row]?.[col];
              if (!cell)
                return (
                  <td key={col} className="matrix-cell strength-0">
                    <span className="visually-hidden">none</span>
                  </td>
                );
              const name = `${labelOf(graph, row)} × ${labelOf(graph, col)}: strength ${cell.strength}, ${countOf(cell.paths.length, 'path')}`;
              const pressed = isSelected(row, col);
              return (
                <td key={col} className={`matrix-cell strength-${cell.strength}`}>
                  <button
                    type="button"
                    aria-label={name}
                    title={name}
                    aria-pressed={pressed}
                    onClick={() => onSelect(pressed ? null : [row, col])}
                  >
                    {cell.strength}
                  </button>
                </td>
              );
            })}
            <td className="matrix-total">{rowTotal(matrix, row)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
