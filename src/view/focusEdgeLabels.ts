/**
 * Marks with the class `edge-label` the focused node's edges whose relation can be written
 * without covering another relation, a node or a node label (the choice: edgeLabels.ts); the
 * stylesheet writes the relation only on those (and on a hovered edge). Where the view is zoomed
 * out, a label is written at a larger, readable size where that fits (focusLabels.ts). The
 * geometry comes from Cytoscape in model pixels, so the choice holds at any zoom: edge midpoints
 * and ends, and the bounds of every node still drawn around the focus (faded nodes have no label).
 */
import type { Core } from 'cytoscape';
import { chooseEdgeLabelSizes, edgeLabelBox, unturned } from './edgeLabels';
import { nodeBoxes } from './focusLabel';
import type { Box } from './labelGeometry';
import { settleStyles } from './settleStyles';

export const EDGE_LABEL_CLASS = 'edge-label';

/**
 * At most this many labels of one relation (and direction): a hub that "sets out" twenty-six
 * actions names a few of them; the Details panel lists them all, grouped by relation.
 */
const LABELS_PER_KIND = 3;

/** Relation label font sizes in model px: the stylesheet's, and a larger one to try first. */
export interface EdgeLabelSizes {
  normal: number;
  larger: number;
}

/**
 * Chooses the labelled focus edges for the current positions, styles and classes. `around` holds
 * the boxes of the lit nodes around the focus (boxesAroundFocus); the focused node's own are
 * measured here, after its label was chosen.
 */
export function labelFocusEdges(cy: Core, sizes: EdgeLabelSizes, around: readonly Box[]): void {
  const focus = cy.nodes('.focus');
  const edges = cy.edges('.focus-edge:visible');
  settleStyles(edges);
  const obstacles = [...around, ...nodeBoxes(focus.filter(':visible'))].map(unturned);
  const candidates = edges.map((e) => {
    const source = e.sourceEndpoint();
    const target = e.targetEndpoint();
    const relation = String(e.data('relation'));
    const outward = e.source().same(focus);
    return {
      id: e.id(),
      kind: `${outward ? 'from' : 'to'} ${relation}`,
      box: edgeLabelBox(relation, sizes.normal, e.midpoint(), source, target),
      ...(sizes.larger > sizes.normal
        ? { larger: edgeLabelBox(relation, sizes.larger, e.midpoint(), source, target) }
        : {}),
      length: Math.hypot(target.x - source.x, target.y - source.y),
    };
  });
  const chosen = chooseEdgeLabelSizes(candidates, obstacles, LABELS_PER_KIND);
  cy.batch(() => {
    cy.edges(`.${EDGE_LABEL_CLASS}`)
      .filter((e) => !chosen.has(e.id()))
      .removeClass(EDGE_LABEL_CLASS)
      .removeStyle('font-size');
    for (const [id, size] of chosen) {
      const edge = cy.getElementById(id).addClass(EDGE_LABEL_CLASS);
      if (size === 'larger') edge.style('font-size', sizes.larger);
      else edge.removeStyle('font-size');
    }
  });
}
