/**
 * The table of links: from, relation, to (each end a button that focuses the node), documents,
 * stated or inferred; sortable by every column; a link touching the focused node is marked.
 */
import { useRef } from 'react';
import type { LinkColumn, LinkRow, Sort } from '../../model/graphTable';
import { SortHeader } from './SortHeader';
import { VirtualRows } from './VirtualRows';

const HEADERS: readonly [LinkColumn, string][] = [
  ['from', 'From'],
  ['relation', 'Relation'],
  ['to', 'To'],
  ['document', 'Document'],
  ['stated', 'Stated or inferred'],
];

export interface LinkTableProps {
  rows: readonly LinkRow[];
  total: number;
  sort: Sort<LinkColumn>;
  onSort(column: LinkColumn): void;
  focused: string | null;
  onFocusNode(key: string): void;
}

export function LinkTable({ rows, total, sort, onSort, focused, onFocusNode }: LinkTableProps) {
  const box = useRef<HTMLDivElement>(null);
  const end = (key: string, name: string, kind: string) => (
    <button type="button" className={`table-node kind-${kind}`} onClick={() => onFocusNode(key)}>
      {name}
    </button>
  );
  return (
    <div
      className="table-scroll"
      ref={box}
      tabIndex={0}
      role="region"
      aria-labelledby="links-caption"
    >
      <table className="graph-table" aria-rowcount={rows.length + 1}>
        <caption id="links-caption">
          Links: {rows.length} of {total}
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
              aria-current={
                focused !== null && (r.source === focused || r.target === focused)
                  ? 'true'
                  : undefined
              }
            >
              <td>{end(r.source, r.sourceName, r.sourceKind)}</td>
              <td>{r.relationText}</td>
              <td>{end(r.target, r.targetName, r.targetKind)}</td>
              <td>{r.documents.join('; ')}</td>
              <td>{r.stated ? 'stated' : 'inferred'}</td>
            </tr>
          )}
        />
      </table>
    </div>
  );
}
