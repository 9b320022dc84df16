/**
 * The rows of the focus frame (focusLayout.ts): how tall a row is (its label or its shape), how
 * rows stack with room between relation groups, and the outer column of a second ring, each
 * member beside the neighbour it hangs from, grouped by kind where the column would overflow;
 * and everything outside the frame moved out of it.
 */
import type { NodeKind } from '../model/schema';
import type { Box } from './labelGeometry';
import type { FocusGroup, FocusLayoutInput, FocusMember } from './focusLayout';

/** Padding of a label box (background and bounds margin) and the room between rows, px. */
export const LABEL_PAD = 4;
export const ROW_GAP = 3;
/** Extra room between two relation groups, px. */
export const GROUP_GAP = 8;
/** A group row's shape is this much larger than its kind's. */
export const GROUP_SCALE = 1.3;

export interface Row {
  id: string;
  kind: NodeKind;
  size: number;
  label: string;
  key: string;
  members: string[];
  parents: string[];
  hop: 1 | 2;
}

export const rowHeight = (r: Row, zoom: number, rowPx: number) =>
  Math.max(rowPx + 2 * LABEL_PAD, r.size * zoom + 4) + ROW_GAP;

/** Stacks rows with gaps between groups; returns each row's centre y and the total height. */
export function stack(
  rows: readonly Row[],
  zoom: number,
  rowPx: number,
): { ys: number[]; height: number } {
  const ys: number[] = [];
  let y = 0;
  rows.forEach((r, i) => {
    const h = rowHeight(r, zoom, rowPx);
    if (i > 0 && rows[i - 1]?.key !== r.key) y += GROUP_GAP;
    ys.push(y + h / 2);
    y += h;
  });
  return { ys: ys.map((v) => v - y / 2), height: y };
}

/** The row a hop-2 member hangs from: its parent, or the group row its parent is in. */
export function parentShown(m: FocusMember, groups: readonly FocusGroup[]): string {
  const parent = m.parent ?? '';
  return groups.find((g) => g.members.includes(parent))?.id ?? parent;
}

interface OuterRow {
  id: string;
  y: number;
  group?: FocusGroup;
}

/**
 * The outer column of one side: each hop-2 member at its parent's height, pushed down as little
 * as needed to clear the row above; where they do not fit, members of one kind become a group.
 */
export function outerRows(
  members: readonly FocusMember[],
  hopOne: readonly FocusGroup[],
  positions: ReadonlyMap<string, { x: number; y: number }>,
  focus: FocusLayoutInput['focus'],
  zoom: number,
  rowPx: number,
  available: number,
  input: FocusLayoutInput,
  mayGroup: boolean,
): { rows: OuterRow[]; overflow: boolean } {
  const parentY = (m: FocusMember) =>
    ((positions.get(parentShown(m, hopOne))?.y ?? focus.y) - focus.y) * zoom;
  const byKind = new Map<NodeKind, FocusMember[]>();
  for (const m of members) byKind.set(m.kind, [...(byKind.get(m.kind) ?? []), m]);
  const collapsedKinds = new Set<NodeKind>();
  const build = () => {
    const items: { id: string; want: number; h: number; group?: FocusGroup }[] = [];
    for (const [kind, ms] of byKind) {
      if (collapsedKinds.has(kind)) {
        const id = `group:${focus.id}:hop2|${kind}|${ms[0]?.parent ?? ''}`;
        const parents = [...new Set(ms.map((m) => parentShown(m, hopOne)))];
        const want = ms.reduce((s, m) => s + parentY(m), 0) / Math.max(ms.length, 1);
        items.push({
          id,
          want,
          h:
            Math.max(rowPx + 2 * LABEL_PAD, (ms[0]?.size ?? 20) * GROUP_SCALE * zoom + 4) + ROW_GAP,
          group: {
            id,
            kind,
            hop: 2,
            members: ms.map((m) => m.id),
            label: `${ms.length} ${input.plural(kind)}`,
            relation: '',
            outward: true,
            parents,
          },
        });
      } else {
        for (const m of ms) {
          items.push({
            id: m.id,
            want: parentY(m),
            h: Math.max(rowPx + 2 * LABEL_PAD, m.size * zoom + 4) + ROW_GAP,
          });
        }
      }
    }
    items.sort((a, b) => a.want - b.want || a.id.localeCompare(b.id));
    return items;
  };
  let items = build();
  const total = () => items.reduce((s, i) => s + i.h, 0);
  while (mayGroup && total() > available) {
    const open = [...byKind.entries()]
      .filter(([k, ms]) => !collapsedKinds.has(k) && ms.length > 1)
      .sort(([ka, a], [kb, b]) => b.length - a.length || ka.localeCompare(kb));
    const first = open[0];
    if (!first) break;
    collapsedKinds.add(first[0]);
    items = build();
  }
  // Sweep down from the top, then centre the column's overflow around the middle.
  const top = -available / 2;
  let y = top;
  const rows: OuterRow[] = items.map((it) => {
    const start = Math.max(y, it.want - it.h / 2);
    y = start + it.h;
    return { id: it.id, y: start + it.h / 2, ...(it.group ? { group: it.group } : {}) };
  });
  const over = y - available / 2;
  if (over > 0) {
    // Pull the column up by the overflow, never above its top; the rest stays pushed down.
    const shift = Math.min(over, Math.max(0, (rows[0]?.y ?? 0) - top - (items[0]?.h ?? 0) / 2));
    for (const r of rows) r.y -= shift;
  }
  return { rows, overflow: total() > available };
}

/** Width of the widest line of `text` wrapped at `em` ems of `px`. */
export function wrapWidth(
  text: string,
  px: number,
  em: number,
  measure: FocusLayoutInput['measure'],
): number {
  const words = text.split(' ');
  let widest = 0;
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (line && measure(next, px, true) > em * px) {
      widest = Math.max(widest, measure(line, px, true));
      line = w;
    } else line = next;
  }
  return Math.max(widest, measure(line, px, true));
}

/** Groups of hop-1 members by relation, direction and kind, in a stable order. */
export function hopOneGroups(members: readonly FocusMember[]): Map<string, FocusMember[]> {
  const groups = new Map<string, FocusMember[]>();
  const sorted = [...members].sort(
    (a, b) =>
      Number(b.outward) - Number(a.outward) ||
      a.relation.localeCompare(b.relation) ||
      a.kind.localeCompare(b.kind) ||
      a.label.localeCompare(b.label, 'en', { numeric: true }),
  );
  for (const m of sorted) {
    const key = `${m.outward ? 'out' : 'in'}|${m.relation}|${m.kind}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  return groups;
}

/**
 * Moves every node of `input.rest` out of the frame, along its own direction from the focus, far
 * enough that it lies off the canvas: the frame stands alone.
 */
export function moveRestOut(
  input: FocusLayoutInput,
  frame: Box,
  zoom: number,
  positions: Map<string, { x: number; y: number }>,
): void {
  const { focus } = input;
  const away =
    Math.max(
      Math.hypot(frame.x2 - frame.x1, frame.y2 - frame.y1) / 2,
      Math.hypot(input.width, input.height) / zoom,
    ) +
    80 / zoom;
  for (const r of input.rest) {
    if (positions.has(r.id)) continue;
    const dx = r.x - focus.x;
    const dy = r.y - focus.y;
    const d = Math.hypot(dx, dy);
    const [ux, uy] = d > 0 ? [dx / d, dy / d] : [1, 0];
    positions.set(r.id, { x: focus.x + ux * (away + d * 0.5), y: focus.y + uy * (away + d * 0.5) });
  }
}

/**
 * Splits each opened group of more than `capacity` members into parts of at most half a column
 * (keys `key#1`, `key#2`, …), so that the two columns can share them out evenly.
 */
export function splitOpened(
  groups: Map<string, FocusMember[]>,
  capacity: number,
  opened: (key: string) => boolean,
): void {
  for (const [key, ms] of [...groups]) {
    if (!opened(key) || ms.length <= capacity) continue;
    groups.delete(key);
    const parts = Math.ceil(ms.length / Math.max(1, Math.floor(capacity / 2)));
    const per = Math.ceil(ms.length / parts);
    for (let i = 0; i < parts; i++) groups.set(`${key}#${i + 1}`, ms.slice(i * per, (i + 1) * per));
  }
}

/**
 * A column's row groups (keys, in order) split where they stop fitting `available` px: the first
 * part stays in the inner column (at least one group), the rest goes to an outer one.
 */
export function splitColumn(
  keys: readonly string[],
  heightOf: (keys: readonly string[]) => number,
  available: number,
): [string[], string[]] {
  const inner: string[] = [];
  const outer: string[] = [];
  for (const k of keys) {
    if (outer.length === 0 && (inner.length === 0 || heightOf([...inner, k]) <= available))
      inner.push(k);
    else outer.push(k);
  }
  return [inner, outer];
}
