/**
 * The canvas's mark for the neighbour the arrow keys reached (the roving focus, ui/graph): a
 * ring round the node, or round the focus frame's group that stands for it, and its links to
 * the focused node drawn strong, so a sighted keyboard user sees where the arrows are.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { GROUP_CLASS } from './focusView';

export const REACHED_CLASS = 'reached';

/** The node drawn for `key`: itself, or the visible group whose members hide it. */
function drawnFor(cy: Core, key: string): NodeSingular | null {
  const node = cy.getElementById(key);
  if (node.empty() || !node.isNode()) return null;
  if (node.visible()) return node;
  const group = cy
    .nodes(`.${GROUP_CLASS}`)
    .filter((g) => ((g.data('members') as string[] | undefined) ?? []).includes(key));
  return group[0] ?? null;
}

/** Moves the mark to `key` (null: no mark). */
export function markReached(cy: Core, key: string | null): void {
  cy.batch(() => {
    cy.elements(`.${REACHED_CLASS}`).removeClass(REACHED_CLASS);
    if (key === null) return;
    const drawn = drawnFor(cy, key);
    if (!drawn) return;
    drawn.addClass(REACHED_CLASS);
    cy.nodes('.focus').edgesWith(drawn).addClass(REACHED_CLASS);
  });
}
