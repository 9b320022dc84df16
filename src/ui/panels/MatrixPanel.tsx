/**
 * The Matrix panel: crime areas × forums (or projects, or organizations) at once, each cell
 * shaded by strength with its count of paths. A cell click puts it in the URL (cell=), lights its
 * paths and brings them into view; rows sort from the headers; the table as shown downloads as CSV.
 */
import { useMemo, useState } from 'react';
import { coverageMatrixCsv } from '../../io/csv';
import { MAX_STRENGTH, coverageMatrix } from '../../model/queries';
import { MATRIX_COLUMNS, type MatrixColumn } from '../../state/viewState';
import { labelOf } from '../../model/answerWords';
import { CellDetail } from '../answer/CellDetail';
import { MatrixLegend } from '../answer/MatrixLegend';
import { MatrixTable } from '../answer/MatrixTable';
import { orderRows, splitColumns, type RowSort } from '../../model/matrixOrder';
import { CsvLink } from '../answer/CsvLink';
import type { PanelProps } from '../panelProps';
import '../answer/answer.css';
import '../answer/matrix.css';
import { pickCell, setMatrixColumns } from '../../state/actions';

const COLUMN_WORDS: Readonly<Record<MatrixColumn, string>> = {
  forum: 'Forums',
  project: 'Projects',
  organization: 'Organizations',
};

export function MatrixPanel({ graph, state, answers, act }: PanelProps) {
  const kind = state.matrix;
  const matrix = useMemo(() => coverageMatrix(graph, 'area', kind), [graph, kind]);
  const { shown, empty } = useMemo(() => splitColumns(graph, matrix), [graph, matrix]);
  const [sort, setSort] = useState<RowSort>({ by: 'order' });
  const rows = useMemo(() => orderRows(graph, matrix, sort), [graph, matrix, sort]);
  const csv = useMemo(
    () => coverageMatrixCsv(graph, matrix, rows, shown),
    [graph, matrix, rows, shown],
  );
  const cell = state.cell;
  const cellCoverage = answers.cell?.ok ? answers.cell.result : null;
  const words = COLUMN_WORDS[kind].toLowerCase();

  return (
    <section className="answer-panel matrix-panel" aria-labelledby="matrix-title">
      <h2 id="matrix-title" tabIndex={-1}>
        Coverage matrix
      </h2>
      <fieldset className="matrix-kind">
        <legend>Columns</legend>
        {MATRIX_COLUMNS.map((k) => (
          <label key={k}>
            <input
              type="radio"
              name="matrix-columns"
              value={k}
              checked={kind === k}
              onChange={() => act(setMatrixColumns(k))}
            />
            {COLUMN_WORDS[k]}
          </label>
        ))}
      </fieldset>
      <MatrixLegend />
      <div
        className="matrix-scroll"
        tabIndex={0}
        role="region"
        aria-label="Coverage matrix, scrolls sideways"
      >
        <MatrixTable
          graph={graph}
          matrix={matrix}
          rows={rows}
          columns={shown}
          caption={`Crime areas × ${words}: strength of coverage, 1 to ${MAX_STRENGTH}`}
          sort={sort}
          onSort={setSort}
          selected={cell}
          onSelect={(c) => act(pickCell(c))}
        />
      </div>
      <p className="matrix-actions">
        <CsvLink text={csv} filename={`coverage-areas-x-${kind}s.csv`}>
          Download CSV
        </CsvLink>
      </p>
      {empty.length > 0 && (
        <p className="answer-hint">
          Not linked to any crime area ({empty.length}):{' '}
          {empty.map((k) => labelOf(graph, k)).join('; ')}.
        </p>
      )}
      {cell && (
        <CellDetail
          graph={graph}
          row={cell[0]}
          column={cell[1]}
          coverage={cellCoverage}
          act={act}
        />
      )}
    </section>
  );
}
