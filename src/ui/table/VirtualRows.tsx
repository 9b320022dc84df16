/**
 * The body of a long table in a scrolling box: only the rows in view (and a few around them) are
 * in the page, between two spacer rows that keep the scroll height, so a table of thousands of
 * links scrolls as fast as a short one. Each row says its place (aria-rowindex, the header row
 * being 1); the table says how many rows it has (aria-rowcount).
 */
import { measureElement, observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import type { ReactNode, RefObject } from 'react';

/** A row's height before it is measured, px. */
const ROW_HEIGHT_GUESS = 34;
/** The box's size until it has one (before layout, or where nothing is laid out). */
const BOX_GUESS = { width: 400, height: 480 };

export function VirtualRows<R>({
  rows,
  columns,
  scrollBox,
  row,
}: {
  rows: readonly R[];
  columns: number;
  scrollBox: RefObject<HTMLDivElement | null>;
  /**
   * Draws row `index`: its <tr>, with aria-rowindex={index + 2}, data-index={index} and
   * ref={measure}, so that rows taller than the guess (a long name) are measured.
   */
  row(r: R, index: number, measure: (el: Element | null) => void): ReactNode;
}) {
  // The app is not built with the React Compiler; the virtualizer re-renders this component.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollBox.current,
    estimateSize: () => ROW_HEIGHT_GUESS,
    overscan: 8,
    // Rows are drawn in the first paint, before the box is measured, and a box not laid out
    // (no size yet) still shows its first rows.
    initialRect: BOX_GUESS,
    observeElementRect: (instance, report) =>
      observeElementRect(instance, (rect) =>
        report(rect.width === 0 && rect.height === 0 ? BOX_GUESS : rect),
      ),
    // A row not laid out measures 0: it keeps the guess.
    measureElement: (el, entry, instance) =>
      measureElement(el, entry, instance) || ROW_HEIGHT_GUESS,
  });
  const items = virtual.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtual.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  return (
    <tbody>
      {before > 0 && (
        <tr aria-hidden="true" className="table-spacer" style={{ height: before }}>
          <td colSpan={columns} />
        </tr>
      )}
      {items.map((item) => {
        const r = rows[item.index];
        return r === undefined ? null : row(r, item.index, virtual.measureElement);
      })}
      {after > 0 && (
        <tr aria-hidden="true" className="table-spacer" style={{ height: after }}>
          <td colSpan={columns} />
        </tr>
      )}
    </tbody>
  );
}
