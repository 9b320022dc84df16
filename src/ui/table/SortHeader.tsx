/**
 * A sortable column header: a button whose name is the column's visible text, with aria-sort on
 * the header cell (ascending, descending, or none for the columns not sorted by).
 */
import type { Sort } from '../../model/graphTable';

export function SortHeader<C extends string>({
  column,
  text,
  sort,
  onSort,
}: {
  column: C;
  text: string;
  sort: Sort<C>;
  onSort(column: C): void;
}) {
  const sorted = sort.column === column;
  const order = sorted ? (sort.descending ? 'descending' : 'ascending') : 'none';
  return (
    <th scope="col" aria-sort={order}>
      <button type="button" className="table-sort" onClick={() => onSort(column)}>
        {text}
        <span aria-hidden="true" className="table-sort__mark">
          {sorted ? (sort.descending ? ' ▼' : ' ▲') : ' ↕'}
        </span>
      </button>
    </th>
  );
}
