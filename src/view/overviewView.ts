/**
 * Puts the overview's groups (overviewGroups.ts) on the canvas while nothing is focused or lit:
 * a node per group (classes `group overview-group`, data `members`) at its place in the overall
 * layout, an edge to each node its members link to (to that node's own group where it is in
 * one), and its members hidden (class `overview-grouped`). A group opens in place when clicked:
 * its members stand at their own places again.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import type { KnowledgeGraph } from '../model/graph';
import type { NodeKind } from '../model/schema';
import type { Positions } from './elements';
import { GROUP_SCALE } from './focusRows';
import { GROUP_CLASS } from './focusView';
import { KIND_STYLE } from './kindStyle';
import { overviewGroups } from './overviewGroups';

const OVERVIEW_GROUP_CLASS = 'overview-group';
export const OVERVIEW_GROUPED_CLASS = 'overview-grouped';

export interface OverviewView {
  /** Shows the groups for the layout at `positions` (show) or removes them (not show). */
  sync(show: boolean, positions: Positions | undefined): void;
  /** True when `id` is one of the overview's group nodes. */
  isGroup(id: string): boolean;
  /** Opens the group `id` in place (its members shown). */
  open(id: string): void;
}

const plural = (kind: NodeKind) => KIND_STYLE[kind].legend.toLowerCase();

export function createOverviewView(cy: Core, graph: KnowledgeGraph): OverviewView {
  const opened = new Set<string>();
  let lastPositions: Positions | undefined;

  const remove = () => {
    cy.batch(() => {
      cy.nodes(`.${OVERVIEW_GROUP_CLASS}`).remove();
      cy.nodes(`.${OVERVIEW_GROUPED_CLASS}`).removeClass(OVERVIEW_GROUPED_CLASS);
    });
  };

  const show = (positions: Positions) => {
    const shown = (id: string) => !cy.getElementById(id).hasClass('hidden');
    const groups = overviewGroups(graph, positions, plural)
      .filter((g) => !opened.has(g.id))
      .map((g) => ({ ...g, members: g.members.filter(shown) }))
      .filter((g) => g.members.length >= 2);
    const groupOf = new Map<string, string>();
    for (const g of groups) for (const m of g.members) groupOf.set(m, g.id);
    const elements: ElementDefinition[] = [];
    const edges = new Set<string>();
    for (const g of groups) {
      const count = g.members.length;
      elements.push({
        group: 'nodes',
        data: {
          id: g.id,
          kind: g.kind,
          full: `${count} ${plural(g.kind)}`,
          title: g.full.replace(/^\d+/, String(count)),
          members: g.members,
          size: KIND_STYLE[g.kind].size * GROUP_SCALE,
          degree: g.links.length,
        },
        classes: `k-${g.kind} ${GROUP_CLASS} ${OVERVIEW_GROUP_CLASS}`,
        position: { ...g.position },
      });
      for (const link of g.links) {
        if (!shown(link.node)) continue;
        const other = groupOf.get(link.node) ?? link.node;
        const id = `${g.id}~${other}`;
        const back = `${other}~${g.id}`;
        if (other === g.id || edges.has(id) || edges.has(back)) continue;
        edges.add(id);
        elements.push({
          group: 'edges',
          data: {
            id,
            source: link.outward ? g.id : other,
            target: link.outward ? other : g.id,
            relation: link.relation,
          },
          classes: 'group-edge',
        });
      }
    }
    cy.batch(() => {
      cy.add(elements);
      for (const m of groupOf.keys()) cy.getElementById(m).addClass(OVERVIEW_GROUPED_CLASS);
    });
  };

  return {
    sync(visible, positions) {
      remove();
      if (positions) lastPositions = positions;
      if (visible && lastPositions) show(lastPositions);
    },
    isGroup: (id) => cy.getElementById(id).hasClass(OVERVIEW_GROUP_CLASS),
    open(id) {
      opened.add(id);
      remove();
      if (lastPositions) show(lastPositions);
    },
  };
}
