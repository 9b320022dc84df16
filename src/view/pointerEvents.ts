/**
 * The pointer on the canvas, as callbacks: a tap on a node, and what the pointer is on (a node
 * or an edge, with its name and where it is on the canvas) for the name shown beside it. The
 * element under the pointer also gets the class `hover`.
 */
import type { Core } from 'cytoscape';

/** What the pointer is on, for the name shown beside it. */
export interface HoverTarget {
  group: 'node' | 'edge';
  id: string;
  /** The node's full name as drawn (a group's words); empty for an edge. */
  name: string;
  x: number;
  y: number;
}

export function listenToPointer(
  cy: Core,
  on: { tap(id: string): void; hover(target: HoverTarget | null): void },
): void {
  cy.on('tap', 'node', (e) => on.tap(String(e.target.id())));
  cy.on('mouseover', 'node, edge', (e) => {
    e.target.addClass('hover');
    const node = e.target.isNode();
    const p = node ? e.target.renderedPosition() : e.target.renderedMidpoint();
    on.hover({
      group: node ? 'node' : 'edge',
      id: e.target.id(),
      name: String(e.target.data('title') ?? e.target.data('full') ?? ''),
      ...p,
    });
  });
  cy.on('mouseout', 'node, edge', (e) => {
    e.target.removeClass('hover');
    on.hover(null);
  });
}
