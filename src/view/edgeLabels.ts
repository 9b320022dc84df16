/**
 * Which relations get written on the edges around a focused node. A relation label sits at its
 * edge's midpoint, turned along the edge (Cytoscape's autorotate), so around a hub dozens of them
 * would pile up. Labels are placed one at a time, the most informative first, and one that would
 * touch a placed label or a node (shape or label) is left out: its relation still shows on hover
 * and in the Details panel's neighbour list. Pure geometry, in model pixels.
 */
import type { Box } from './labelGeometry';
import { labelScale } from './labelGeometry';
import { textWidth } from './labelFont';

/** A box turned by `angle` radians about its centre (x, y). */
export interface TurnedBox {
  x: number;
  y: number;
  halfWidth: number;
  halfHeight: number;
  angle: number;
}

export interface Point {
  x: number;
  y: number;
}

/** Relation labels' font size in model pixels (larger in presenter mode, like node labels). */
export function edgeLabelFontSize(present: boolean): number {
  return Math.round(11 * labelScale(present));
}

/** Cytoscape's label bounds add a 2 px margin of error around the text: kept clear as well. */
const LABEL_MARGIN = 2;

/** An axis-aligned box as a (not) turned box. */
export function unturned(box: Box): TurnedBox {
  return {
    x: (box.x1 + box.x2) / 2,
    y: (box.y1 + box.y2) / 2,
    halfWidth: (box.x2 - box.x1) / 2,
    halfHeight: (box.y2 - box.y1) / 2,
    angle: 0,
  };
}

/** The box of `text` written at `mid` along the line from `source` to `target`. */
export function edgeLabelBox(
  text: string,
  fontSize: number,
  mid: Point,
  source: Point,
  target: Point,
): TurnedBox {
  return {
    x: mid.x,
    y: mid.y,
    halfWidth: Math.ceil(textWidth(text, fontSize, false)) / 2 + LABEL_MARGIN,
    halfHeight: fontSize / 2 + LABEL_MARGIN,
    // A box turned by half a turn is the same box, so the edge's direction does not matter.
    angle: Math.atan2(target.y - source.y, target.x - source.x),
  };
}

/** Half the box's extent along the unit axis (nx, ny). */
function reach(b: TurnedBox, nx: number, ny: number): number {
  const cos = Math.cos(b.angle);
  const sin = Math.sin(b.angle);
  return b.halfWidth * Math.abs(cos * nx + sin * ny) + b.halfHeight * Math.abs(cos * ny - sin * nx);
}

/** True when the boxes share an area (separating axis test; boxes that only touch do not). */
export function turnedBoxesOverlap(a: TurnedBox, b: TurnedBox): boolean {
  for (const angle of [a.angle, a.angle + Math.PI / 2, b.angle, b.angle + Math.PI / 2]) {
    const nx = Math.cos(angle);
    const ny = Math.sin(angle);
    const gap = Math.abs((b.x - a.x) * nx + (b.y - a.y) * ny);
    if (gap >= reach(a, nx, ny) + reach(b, nx, ny)) return false;
  }
  return true;
}

export interface EdgeLabelCandidate {
  id: string;
  /** Relation and direction as seen from the focused node: labels of one kind take turns. */
  kind: string;
  box: TurnedBox;
  /** The box at a larger, readable size, tried before `box` where given. */
  larger?: TurnedBox;
  /** Length of the edge: within a kind, labels further out (where there is room) go first. */
  length: number;
}

/**
 * The order labels are tried in: rounds that take one label of each kind, the rarest kinds
 * first (a relation the node has once says more than one it has twenty times), so every kind
 * of relation is named before any is named twice.
 */
export function labelOrder(candidates: readonly EdgeLabelCandidate[]): EdgeLabelCandidate[] {
  const byKind = new Map<string, EdgeLabelCandidate[]>();
  for (const c of candidates) byKind.set(c.kind, [...(byKind.get(c.kind) ?? []), c]);
  const groups = [...byKind.entries()]
    .sort(([ka, a], [kb, b]) => a.length - b.length || ka.localeCompare(kb))
    .map(([, g]) => g.sort((a, b) => b.length - a.length || a.id.localeCompare(b.id)));
  const out: EdgeLabelCandidate[] = [];
  for (let round = 0; out.length < candidates.length; round++) {
    for (const g of groups) {
      const c = g[round];
      if (c) out.push(c);
    }
  }
  return out;
}

/**
 * The edges to label, each with whether it gets its larger box: in labelOrder, each label whose
 * larger box (else its box) overlaps no obstacle and no label already taken, at most `perKind`
 * of each kind.
 */
export function chooseEdgeLabelSizes(
  candidates: readonly EdgeLabelCandidate[],
  obstacles: readonly TurnedBox[],
  perKind = Infinity,
): Map<string, 'larger' | 'normal'> {
  const taken: TurnedBox[] = [];
  const chosen = new Map<string, 'larger' | 'normal'>();
  const count = new Map<string, number>();
  const clear = (box: TurnedBox) => (o: TurnedBox) => !turnedBoxesOverlap(box, o);
  const free = (box: TurnedBox) => obstacles.every(clear(box)) && taken.every(clear(box));
  for (const c of labelOrder(candidates)) {
    const n = count.get(c.kind) ?? 0;
    if (n >= perKind) continue;
    const size = c.larger && free(c.larger) ? 'larger' : free(c.box) ? 'normal' : null;
    if (!size) continue;
    taken.push(size === 'larger' && c.larger ? c.larger : c.box);
    chosen.set(c.id, size);
    count.set(c.kind, n + 1);
  }
  return chosen;
}

/** The ids of the edges to label (chooseEdgeLabelSizes, sizes aside). */
export function chooseEdgeLabels(
  candidates: readonly EdgeLabelCandidate[],
  obstacles: readonly TurnedBox[],
  perKind = Infinity,
): string[] {
  return [...chooseEdgeLabelSizes(candidates, obstacles, perKind).keys()];
}
