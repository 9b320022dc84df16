/**
 * Computes the fcose positions of a graph without a browser: a headless Cytoscape (node sizes
 * from the kind table) and seeded randomness, so the same graph always gives the same picture.
 * Used by `npm run layout` (→ data/layout.json) and by the layout worker when that file is stale.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { NodeKind } from '../model/schema';
import type { Positions } from './elements';
import { KIND_STYLE } from './kindStyle';
import { FCOSE_OPTIONS, FCOSE_SEED, withSeededRandom } from './layouts';

cytoscape.use(fcose);

/** The graph as the layout needs it (plain data, so it can cross to a worker). */
export interface LayoutInput {
  nodes: { id: string; kind: NodeKind }[];
  edges: { id: string; source: string; target: string }[];
}

/** fcose positions by node key, rounded to whole model pixels. */
export function computeFcosePositions(input: LayoutInput): Positions {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: Object.entries(KIND_STYLE).map(([kind, k]) => ({
      selector: `node[kind = "${kind}"]`,
      style: { width: k.size, height: k.size },
    })),
    elements: [
      ...input.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, kind: n.kind } })),
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
