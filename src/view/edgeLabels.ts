/**
 * The geometry of relation labels: a relation label sits at its edge's midpoint, turned along
 * the edge (Cytoscape's autorotate), so its box is a turned box, tested against others with the
 * separating axis test. And the order the label planner tries them in around a focus: the most
 * informative first. Pure geometry.
 */
import type { Box } from './labelGeometry';

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
