/**
 * Computes the fcose positions of a graph without a browser: a headless Cytoscape (node sizes
 * from the kind table) and seeded randomness, so the same graph always gives the same picture.
 * Used by `npm run layout` (→ data/layout.json) and by the layout worker when that file is stale.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { NodeKind } from '../model/schema';
import { LABEL_WIDTH, shortLabel, type Positions } from './elements';
import { KIND_STYLE } from './kindStyle';
import { FCOSE_OPTIONS, FCOSE_SEED, withSeededRandom } from './layouts';

cytoscape.use(fcose);

/** The graph as the layout needs it (plain data, so it can cross to a worker). */
export interface LayoutInput {
  nodes: { id: string; kind: NodeKind; label: string }[];
  edges: { id: string; source: string; target: string }[];
}

/**
 * The space a node and its label take, estimated without a canvas: headless Cytoscape cannot
 * measure text, and fcose keeps these boxes apart, which leaves room for the labels.
 */
export function labelBox(node: { kind: NodeKind; label: string }): { w: number; h: number } {
  const k = KIND_STYLE[node.kind];
  const text = shortLabel(node.label);
  const charWidth = k.fontSize * 0.55;
  const lineWidth = Math.min(LABEL_WIDTH, text.length * charWidth);
  const lines = Math.ceil((text.length * charWidth) / LABEL_WIDTH);
  return { w: Math.max(k.size, lineWidth), h: k.size + lines * k.fontSize * 1.25 };
}

/** fcose positions by node key, rounded to whole model pixels. */
export function computeFcosePositions(input: LayoutInput): Positions {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
    elements: [
      ...input.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, ...labelBox(n) } })),
      ...input.edges.map((e) => ({ group: 'edges' as const, data: { ...e } })),
    ],
  });
  withSeededRandom(FCOSE_SEED, () => {
    cy.layout({ ...FCOSE_OPTIONS }).run();
  });
  const out: Record<string, { x: number; y: number }> = {};
  cy.nodes().forEach((n) => {
    const p = n.position();
    out[n.id()] = { x: Math.round(p.x), y: Math.round(p.y) };
  });
  cy.destroy();
  return out;
}
