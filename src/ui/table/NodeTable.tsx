/**
 * The table of nodes: name (a button that focuses the node), kind, date, documents, stated or
 * inferred; sortable by every column; the focused node's row is marked (aria-current).
 */
import { useRef } from 'react';
import { KIND_NAMES } from '../../model/kindNames';
import type { NodeColumn, NodeRow, Sort } from '../../model/graphTable';
import { SortHeader } from './SortHeader';
import { VirtualRows } from './VirtualRows';

const HEADERS: readonly [NodeColumn, string][] = [
  ['name', 'Name'],
  ['kind', 'Kind'],
  ['date', 'Date'],
  ['document', 'Document'],
  ['stated', 'Stated or inferred'],
];

export interface NodeTableProps {
  rows: readonly NodeRow[];
  total: number;
  sort: Sort<NodeColumn>;
  onSort(column: NodeColumn): void;
  focused: string | null;
  onFocusNode(key: string): void;
}

export function NodeTable({ rows, total, sort, onSort, focused, onFocusNode }: NodeTableProps) {
  const box = useRef<HTMLDivElement>(null);
  return (
    <div
      className="table-scroll"
      ref={box}
      tabIndex={0}
      role="region"
      aria-labelledby="nodes-caption"
    >
      <table className="graph-table" aria-rowcount={rows.length + 1}>
        <caption id="nodes-caption">
          Nodes: {rows.length} of {total}
        </caption>
        <thead>
          <tr aria-rowindex={1}>
            {HEADERS.map(([column, text]) => (
              <SortHeader key={column} column={column} text={text} sort={sort} onSort={onSort} />
            ))}
          </tr>
        </thead>
        <VirtualRows
          rows={rows}
          columns={HEADERS.length}
          scrollBox={box}
          row={(r, i, measure) => (
            <tr
              key={r.key}
              ref={measure}
              data-index={i}
              aria-rowindex={i + 2}
              aria-current={r.key === focused ? 'true' : undefined}
            >
              <th scope="row">
                <button
                  type="button"
                  className={`table-node kind-${r.kind}`}
                  onClick={() => onFocusNode(r.key)}
                >
                  {r.name}
                </button>
              </th>
              <td>{KIND_NAMES[r.kind].one}</td>
              <td>{r.date}</td>
              <td>{r.documents.join('; ')}</td>
              <td>{r.stated ? 'stated' : 'inferred'}</td>
            </tr>
          )}
        />
      </table>
    </div>
  );
}
