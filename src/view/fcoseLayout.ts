/**
 * Computes the fcose positions of a graph without a browser: a headless Cytoscape whose nodes are
 * the boxes of shape and label (labelGeometry.ts), seeded randomness so the same graph always
 * gives the same picture, then WebCola's overlap removal (fcose only discourages overlaps), so
 * no two labels land on each other, then widened to the canvas's shape (OVERVIEW_ASPECT). Used by `npm run layout` (→ data/layout.json) and by the
 * layout worker when that file is stale.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { Rectangle, removeOverlaps } from 'webcola/dist/src/rectangle';
import type { NodeKind } from '../model/schema';
import type { Positions } from './elements';
import { PRESENT_LABEL_SCALE, nodeExtent } from './labelGeometry';
import { CENTRE_DEGREE } from './labelRoles';
import { FCOSE_OPTIONS, FCOSE_SEED, withSeededRandom } from './layouts';

cytoscape.use(fcose);

/** The graph as the layout needs it (plain data, so it can cross to a worker). */
export interface LayoutInput {
  nodes: { id: string; kind: NodeKind; label: string }[];
  edges: { id: string; source: string; target: string }[];
}

/**
 * Label size the layout makes room for: presenter mode's larger labels, so that they do not pile
 * up either (the normal view gets a little more air).
 */
export const LAYOUT_LABEL_SCALE = PRESENT_LABEL_SCALE;

/**
 * A centre of the map (CENTRE_DEGREE links or more) keeps this many times its box free: its
 * neighbours crowd in on every side, and its name needs room among them.
 */
const CENTRE_ROOM = 2;

/** Room kept free around every node-and-label box, in model pixels. */
export const LABEL_GAP = 8;

/**
 * The box fcose keeps apart for a node: its shape and its label (measured without a canvas,
 * which headless Cytoscape lacks), plus LABEL_GAP. fcose treats a node as a box centred on its
 * position, so the layout places the box's centre and the node sits `offsetY` above it.
 */
export function layoutBox(
  node: { kind: NodeKind; label: string },
  scale = LAYOUT_LABEL_SCALE,
): {
  w: number;
  h: number;
  offsetY: number;
} {
  const e = nodeExtent(node.kind, node.label, scale);
  return { w: e.x2 - e.x1 + LABEL_GAP, h: e.y2 - e.y1 + LABEL_GAP, offsetY: (e.y1 + e.y2) / 2 };
}

/** fcose positions by node key, rounded to whole model pixels, no two boxes overlapping. */
export function computeFcosePositions(input: LayoutInput): Positions {
  const degree = new Map<string, number>();
  for (const e of input.edges)
    for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const boxes = new Map(
    input.nodes.map((n) => {
      const box = layoutBox(n);
      const room = (degree.get(n.id) ?? 0) >= CENTRE_DEGREE ? CENTRE_ROOM : 1;
      return [n.id, { ...box, w: box.w * room, h: box.h * room }];
    }),
  );
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
    elements: [
      ...input.nodes.map((n) => ({
        group: 'nodes' as const,
        data: { id: n.id, ...boxes.get(n.id) },
      })),
      ...input.edges.map((e) => ({ group: 'edges' as const, data: { ...e } })),
    ],
  });
  withSeededRandom(FCOSE_SEED, () => {
    cy.layout({ ...FCOSE_OPTIONS }).run();
  });
  const placed = cy.nodes().map((n) => {
    const { x, y } = n.position();
    const { w, h, offsetY } = boxes.get(n.id()) ?? { w: 0, h: 0, offsetY: 0 };
    return { id: n.id(), offsetY, rect: new Rectangle(x - w / 2, x + w / 2, y - h / 2, y + h / 2) };
  });
  cy.destroy();
  // Moves boxes apart as little as needed (the gap in the boxes absorbs the rounding below).
  removeOverlaps(placed.map((p) => p.rect));
  // Widened to the canvas's shape: labels are wide and short, so the room they need is across.
  const stretch = widening(placed.map((p) => ({ x: p.rect.cx(), y: p.rect.cy() })));
  const out: Record<string, { x: number; y: number }> = {};
  for (const { id, offsetY, rect } of placed) {
    out[id] = { x: Math.round(rect.cx() * stretch), y: Math.round(rect.cy() - offsetY) };
  }
  return out;
}

/**
 * Width over height of the part of the canvas the overview is fitted into, beside the side
 * panel and above the legend, at 1280×720 and 1440×900 (about 1.4 to 1.6; wider presenting).
 */
export const OVERVIEW_ASPECT = 1.5;

/**
 * How much to widen `centres` so that they span OVERVIEW_ASPECT times as wide as high: fcose
 * gives a roughly square picture, which a wide canvas fits by its height, leaving its sides
 * empty while the labels crowd. Never narrows; widening moves no box closer to another.
 */
export function widening(centres: readonly { x: number; y: number }[]): number {
  if (centres.length < 2) return 1;
  const xs = centres.map((c) => c.x);
  const ys = centres.map((c) => c.y);
  const w = Math.max(...xs) - Math.min(...xs);
  const h = Math.max(...ys) - Math.min(...ys);
  if (w <= 0 || h <= 0) return 1;
  return Math.max(1, (OVERVIEW_ASPECT * h) / w);
}
