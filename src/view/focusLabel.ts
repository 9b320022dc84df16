/**
 * The focused node's name in full, when it fits. The layout plans room for each node's short
 * label; the full name (wrapped at 200 px) of a focused node can reach over a neighbour's shape
 * or label. Then the node keeps its short label in the graph (class `short-label`); the Details
 * panel names it in full either way. Measured on Cytoscape's own bounds, in model pixels, so the
 * choice holds at any zoom.
 */
import type { BoundingBox12, Core, NodeCollection } from 'cytoscape';
import { boxesOverlap, type Box } from './labelGeometry';
import { settleStyles } from './settleStyles';

export const SHORT_LABEL_CLASS = 'short-label';

const bounded = (b: BoundingBox12): boolean => b.x2 > b.x1 && b.y2 > b.y1;

/** The shapes and label boxes of `nodes` (labels that are empty have no box). */
export function nodeBoxes(nodes: NodeCollection): Box[] {
  settleStyles(nodes);
  const boxes: Box[] = [];
  nodes.forEach((n) => {
    const shape = n.boundingBox({ includeLabels: false, includeOverlays: false });
    const label = n.boundingBox({
      includeNodes: false,
      includeLabels: true,
      includeOverlays: false,
    });
    for (const b of [shape, label]) if (bounded(b)) boxes.push(b);
  });
  return boxes;
}

/** The shapes and labels of the lit nodes around the focus (none without a focus). */
export function boxesAroundFocus(cy: Core): Box[] {
  const focus = cy.nodes('.focus');
  if (focus.empty()) return [];
  return nodeBoxes(cy.nodes('.near:visible, .lit:visible').difference(focus));
}

/**
 * Gives the focused node its short label when its full name would cover one of `around` (the
 * boxes of the lit nodes around it, boxesAroundFocus).
 */
export function fitFocusLabel(cy: Core, around: readonly Box[]): void {
  const focus = cy.nodes('.focus');
  cy.batch(() => cy.nodes(`.${SHORT_LABEL_CLASS}`).removeClass(SHORT_LABEL_CLASS));
  if (focus.empty()) return;
  settleStyles(focus);
  const full = focus.boundingBox({
    includeNodes: false,
    includeLabels: true,
    includeOverlays: false,
  });
  if (around.some((b) => boxesOverlap(full, b))) focus.addClass(SHORT_LABEL_CLASS);
}
