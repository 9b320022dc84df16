/**
 * The focus layout: the focused node's neighbourhood laid out so that every neighbour can be
 * named. The focus sits in the middle with its name below it; its neighbours stand in two
 * columns, one row each, grouped by relation (what points to the focus on the left, what it
 * points to on the right, groups moved across to even the columns), their labels on the outer
 * side; at two hops, the second ring stands in an outer column beside the neighbour it hangs
 * from. Where the rows do not fit the canvas, the largest relation group becomes one named
 * group row ("26 actions"), expandable. Everything else keeps its direction from the focus but
 * moves out of the frame. Pure: plain data in, positions (model px) and label hints out.
 */
import type { NodeKind } from '../model/schema';
import type { LabelSide } from './labelPlanner';
import { WRAP_EM } from './labelRoles';
import {
  GROUP_SCALE,
  LABEL_PAD,
  ROW_GAP,
  hopOneGroups,
  moveRestOut,
  outerRows,
  splitColumn,
  splitOpened,
  parentShown,
  stack,
  wrapWidth,
  type Row,
} from './focusRows';

export interface FocusMember {
  id: string;
  hop: 1 | 2;
  kind: NodeKind;
  label: string;
  /** Shape size, model px. */
  size: number;
  /** Hop 1: the relation (words) and whether it points away from the focus. */
  relation: string;
  outward: boolean;
  /** Hop 2: the neighbour it hangs from. */
  parent?: string;
}

export interface FocusLayoutInput {
  focus: { id: string; x: number; y: number; size: number; label: string };
  members: readonly FocusMember[];
  /** Everything else shown, at its place in the overall layout (model px). */
  rest: readonly { id: string; x: number; y: number }[];
  /** Room on screen for the frame, px. */
  width: number;
  height: number;
  /** Font size rows are made for, and the focus's, on screen px. */
  rowPx: number;
  focusPx: number;
  /** Width of one line at `px` (the shipped font's metrics). */
  measure: (text: string, px: number, bold: boolean) => number;
  /** Whether hop-2 members are shown (an outer column each side). */
  twoHops: boolean;
  /** Groups kept open even where that means closing others. */
  expanded: ReadonlySet<string>;
  /** Plural words for a kind, for group names ("actions"). */
  plural: (kind: NodeKind) => string;
}

export interface FocusGroup {
  id: string;
  kind: NodeKind;
  hop: 1 | 2;
  members: string[];
  /** What the group row says, e.g. "26 actions". */
  label: string;
  /** The relation the group's members have with the focus (hop 1), or their parents (hop 2). */
  relation: string;
  outward: boolean;
  /** Hop 2: the neighbours its members hang from. */
  parents: string[];
}

export interface FocusLayout {
  /** The zoom the frame is laid out for. */
  zoom: number;
  /** Model positions of the focus, the rows shown (members and groups) and the rest. */
  positions: Map<string, { x: number; y: number }>;
  /** How each row's label is placed. */
  hints: Map<string, { sides: readonly LabelSide[]; wrapEm: number }>;
  groups: FocusGroup[];
  /** How far right of the canvas's centre the focus stands, so both sides fit, screen px. */
  shiftX: number;
}

/** Zooms tried, largest first: smaller ones shrink the shapes, never the labels. */
const ZOOMS = [1, 0.8, 0.65, 0.5] as const;
/** Horizontal room between the focus's name and the inner columns, and between columns, px. */
const COLUMN_GAP = 44;
/** A row's label is cut to at most this wide, px (the full name shows on hover), at least that. */
const MAX_ROW_LABEL = 250;
const MIN_ROW_LABEL = 90;

/** Lays out the focus frame (see the module comment). */
export function focusLayout(input: FocusLayoutInput): FocusLayout {
  let best: FocusLayout | null = null;
  for (const zoom of ZOOMS) {
    const attempt = arrange(input, zoom, zoom === ZOOMS[ZOOMS.length - 1]);
    best = attempt.layout;
    if (attempt.fits) break;
  }
  if (!best) throw new Error('focusLayout: no zoom to try');
  return best;
}

function arrange(
  input: FocusLayoutInput,
  zoom: number,
  mayGroup: boolean,
): { fits: boolean; layout: FocusLayout } {
  const { focus, rowPx, measure } = input;
  const hop1 = input.members.filter((m) => m.hop === 1);
  const hop2 = input.members.filter((m) => m.hop === 2);
  const groupId = (key: string) => `group:${focus.id}:${key}`;
  const byGroup = hopOneGroups(hop1);
  // An opened group taller than a column is split in parts the columns can share.
  const capacity = Math.max(1, Math.floor(input.height / (rowPx + 2 * LABEL_PAD + ROW_GAP)) - 1);
  const opened = (key: string) => input.expanded.has(groupId(key.split('#')[0] ?? key));
  splitOpened(byGroup, capacity, opened);
  const collapsed = new Set<string>();
  const rowsOf = (key: string, ms: FocusMember[]): Row[] =>
    collapsed.has(key)
      ? [
          {
            id: groupId(key),
            kind: ms[0]?.kind ?? 'action',
            size: (ms[0]?.size ?? 20) * GROUP_SCALE,
            label: `${ms.length} ${input.plural(ms[0]?.kind ?? 'action')}`,
            key,
            members: ms.map((m) => m.id),
            parents: [],
            hop: 1,
          },
        ]
      : ms.map((m) => ({
          id: m.id,
          kind: m.kind,
          size: m.size,
          label: m.label,
          key,
          members: [],
          parents: [],
          hop: 1,
        }));

  const available = input.height;
  let left: string[] = [];
  let right: string[] = [];
  const columnHeight = (keys: readonly string[]) =>
    stack(
      keys.flatMap((k) => rowsOf(k, byGroup.get(k) ?? [])),
      zoom,
      rowPx,
    ).height;
  const balance = () => {
    left = [...byGroup.keys()].filter((k) => k.startsWith('in|'));
    right = [...byGroup.keys()].filter((k) => k.startsWith('out|'));
    // Move whole groups from the taller column while that lowers the taller one.
    for (let guard = 0; guard < 50; guard++) {
      const [tall, short] =
        columnHeight(left) > columnHeight(right) ? [left, right] : [right, left];
      const candidates = [...tall].sort((a, b) => columnHeight([a]) - columnHeight([b]));
      const move = candidates.find(
        (k) =>
          Math.max(columnHeight(tall.filter((x) => x !== k)), columnHeight([...short, k])) <
          Math.max(columnHeight(tall), columnHeight(short)),
      );
      if (!move) break;
      tall.splice(tall.indexOf(move), 1);
      short.push(move);
    }
  };
  balance();
  // Collapse the largest groups until both columns fit.
  while (mayGroup && Math.max(columnHeight(left), columnHeight(right)) > available) {
    // An opened group stays open: the others close around it.
    const open = [...byGroup.entries()].filter(
      ([k, ms]) => !collapsed.has(k) && !opened(k) && ms.length > 1,
    );
    if (open.length === 0) break;
    open.sort(([ka, a], [kb, b]) => b.length - a.length || ka.localeCompare(kb));
    const first = open[0];
    if (!first) break;
    collapsed.add(first[0]);
    balance();
  }

  const positions = new Map<string, { x: number; y: number }>();
  const hints = new Map<string, { sides: readonly LabelSide[]; wrapEm: number }>();
  const groups: FocusGroup[] = [];
  const toModel = (dx: number, dy: number) => ({ x: focus.x + dx / zoom, y: focus.y + dy / zoom });
  positions.set(focus.id, { x: focus.x, y: focus.y });

  // The focus's name, below it: the inner columns keep clear of it.
  const focusLines = wrapWidth(focus.label, input.focusPx, WRAP_EM.focus, measure);
  const innerX = Math.max(focusLines / 2, (focus.size * zoom) / 2) + COLUMN_GAP;
  // Still too tall with one hop only (an opened group among many neighbours): what does not fit
  // in a side's inner column goes to an outer column on that side, whole groups or parts.
  const overflowing =
    hop2.length === 0 && mayGroup && Math.max(columnHeight(left), columnHeight(right)) > available;
  const splitSide = (keys: readonly string[]) => splitColumn(keys, columnHeight, available);
  const [leftInner, leftOuter] = overflowing ? splitSide(left) : [left, []];
  const [rightInner, rightOuter] = overflowing ? splitSide(right) : [right, []];
  const outerColumns = leftOuter.length + rightOuter.length > 0;

  // Row labels share the width beside the inner columns: one column of labels each side, two
  // with a second ring or outer columns (the focus moves off centre to even the sides out).
  const labelColumns = hop2.length > 0 || outerColumns ? 4 : 2;
  const gaps = labelColumns === 4 ? 2 * COLUMN_GAP : 0;
  const maxLabel = Math.max(
    MIN_ROW_LABEL,
    Math.min(MAX_ROW_LABEL, (input.width - 2 * innerX - gaps) / labelColumns - 8),
  );
  const labelWidth = (r: Row) => Math.min(maxLabel, measure(r.label, rowPx, false) + 2 * LABEL_PAD);

  const placeColumn = (keys: readonly string[], side: -1 | 1, x: number) => {
    const rows = keys.flatMap((k) => rowsOf(k, byGroup.get(k) ?? []));
    const { ys } = stack(rows, zoom, rowPx);
    rows.forEach((r, i) => {
      positions.set(r.id, toModel(side * x, ys[i] ?? 0));
      hints.set(r.id, { sides: [side > 0 ? 'right' : 'left'], wrapEm: 0 });
      if (r.members.length > 0) {
        const [dir, relation = ''] = r.key.split('|');
        groups.push({
          id: r.id,
          kind: r.kind,
          hop: 1,
          members: r.members,
          label: r.label,
          relation,
          outward: dir === 'out',
          parents: [],
        });
      }
    });
    return Math.max(0, ...rows.map(labelWidth));
  };
  /** How far the frame reaches each side of the focus, px. */
  const extent = { left: innerX, right: innerX };
  const leftLabels = placeColumn(leftInner, -1, innerX);
  const rightLabels = placeColumn(rightInner, 1, innerX);
  extent.left += leftLabels;
  extent.right += rightLabels;
  for (const [keys, side, inner] of [
    [leftOuter, -1, leftLabels],
    [rightOuter, 1, rightLabels],
  ] as const) {
    if (keys.length === 0) continue;
    const outerX = innerX + inner + COLUMN_GAP;
    const widest = placeColumn(keys, side, outerX);
    extent[side < 0 ? 'left' : 'right'] = outerX + widest;
  }
  let fits =
    Math.max(...[leftInner, leftOuter, rightInner, rightOuter].map((c) => columnHeight(c))) <=
    available;

  // Hop 2: an outer column each side, rows near the neighbour they hang from.
  if (hop2.length > 0) {
    const sideOf = (id: string): -1 | 1 => ((positions.get(id)?.x ?? focus.x) < focus.x ? -1 : 1);
    for (const side of [-1, 1] as const) {
      const outerX = innerX + (side < 0 ? leftLabels : rightLabels) + COLUMN_GAP;
      const mine = hop2.filter((m) => sideOf(parentShown(m, groups)) === side);
      const rows = outerRows(
        mine,
        groups,
        positions,
        focus,
        zoom,
        rowPx,
        available,
        input,
        mayGroup,
      );
      if (rows.overflow) fits = false;
      if (rows.rows.length > 0) {
        const widest = Math.max(
          0,
          ...mine.map((m) => Math.min(maxLabel, measure(m.label, rowPx, false) + 2 * LABEL_PAD)),
        );
        extent[side < 0 ? 'left' : 'right'] = outerX + widest;
      }
      for (const r of rows.rows) {
        positions.set(r.id, toModel(side * outerX, r.y));
        hints.set(r.id, { sides: [side > 0 ? 'right' : 'left'], wrapEm: 0 });
        if (r.group) groups.push(r.group);
      }
    }
  }
  if (!fits && !mayGroup) return { fits, layout: emptyLayout(zoom) };

  // The frame, in model px, then everything else moved out of it along its own direction.
  const shown = [...positions.values()];
  const frame = {
    x1: Math.min(...shown.map((p) => p.x)) - (maxLabel + 40) / zoom,
    x2: Math.max(...shown.map((p) => p.x)) + (maxLabel + 40) / zoom,
    y1: Math.min(...shown.map((p) => p.y)) - 40 / zoom,
    y2: Math.max(...shown.map((p) => p.y)) + (input.focusPx * 3 + 40) / zoom,
  };
  moveRestOut(input, frame, zoom, positions);
  const shiftX = (extent.left - extent.right) / 2;
  return { fits, layout: { zoom, positions, hints, groups, shiftX } };
}

function emptyLayout(zoom: number): FocusLayout {
  return {
    zoom,
    positions: new Map(),
    hints: new Map(),
    groups: [],
    shiftX: 0,
  };
}
