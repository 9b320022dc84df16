/**
 * The focused node's 1-hop neighbours, grouped by relation and direction and worded for people:
 * "Sets out" lists what the node sets out, "Set out by" what sets it out.
 */
import type { KnowledgeGraph } from '../../model/graph';
import { RELATIONS, type NodeKind, type Relation, type Source } from '../../model/schema';

/** Group headings per relation: `out` when the focused node is the edge's source, `in` when target. */
export const RELATION_HEADINGS: Readonly<Record<Relation, { out: string; in: string }>> = {
  addresses: { out: 'Addresses', in: 'Addressed by' },
  sets_out: { out: 'Sets out', in: 'Set out by' },
  under: { out: 'Under', in: 'Lines of action under it' },
  through: { out: 'Pursued through', in: 'Channel for' },
  covers: { out: 'Covers', in: 'Covered by' },
  advances: { out: 'Advances', in: 'Advanced by' },
  recalls: { out: 'Recalls', in: 'Recalled by' },
  succeeds: { out: 'Succeeds', in: 'Succeeded by' },
  implements: { out: 'Implements', in: 'Implemented by' },
  proposes: { out: 'Proposes', in: 'Proposed by' },
  funds: { out: 'Funds', in: 'Funded by' },
  supports: { out: 'Supports', in: 'Supported by' },
  reinforces: { out: 'Reinforces', in: 'Reinforced by' },
  welcomes: { out: 'Welcomes', in: 'Welcomed by' },
  meeting_of: { out: 'A meeting of', in: 'Meetings' },
  held_in: { out: 'Held in', in: 'Hosted' },
  adopted_at: { out: 'Adopted at', in: 'Adopted here' },
  part_of: { out: 'Part of', in: 'Includes' },
  involves: { out: 'Involves', in: 'Involved in' },
  reports_to: { out: 'Reports to', in: 'Receives reports from' },
  back_to_back: { out: 'Back to back with', in: 'Back to back with' },
  depositary_of: { out: 'Depositary of', in: 'Depositary' },
  mentions: { out: 'Mentions', in: 'Mentioned by' },
};

export interface Neighbour {
  key: string;
  label: string;
  kind: NodeKind;
  /** The edge joining it to the focused node. */
  edge: string;
  uncertain: boolean;
  /** Why the link is there: the edge's note and citations. */
  description: string;
  sources: Source[];
}

export interface NeighbourGroup {
  relation: Relation;
  direction: 'out' | 'in';
  heading: string;
  neighbours: Neighbour[];
}

/** Groups in vocabulary order (outgoing before incoming), neighbours by label. */
export function neighbourGroups(graph: KnowledgeGraph, key: string): NeighbourGroup[] {
  const groups = new Map<string, NeighbourGroup>();
  const add = (edge: string, relation: Relation, direction: 'out' | 'in', other: string) => {
    const id = `${relation}:${direction}`;
    let group = groups.get(id);
    if (!group) {
      group = {
        relation,
        direction,
        heading: RELATION_HEADINGS[relation][direction],
        neighbours: [],
      };
      groups.set(id, group);
    }
    const a = graph.getNodeAttributes(other);
    const e = graph.getEdgeAttributes(edge);
    group.neighbours.push({
      key: other,
      label: a.label,
      kind: a.kind,
      edge,
      uncertain: e.confidence === 'uncertain',
      description: e.description ?? '',
      sources: e.sources,
    });
  };
  graph.forEachOutEdge(key, (edge, attrs, _s, target) => add(edge, attrs.relation, 'out', target));
  graph.forEachInEdge(key, (edge, attrs, source) => add(edge, attrs.relation, 'in', source));
  const order = (g: NeighbourGroup) =>
    RELATIONS.indexOf(g.relation) * 2 + (g.direction === 'out' ? 0 : 1);
  const out = [...groups.values()].sort((a, b) => order(a) - order(b));
  for (const g of out) g.neighbours.sort((a, b) => a.label.localeCompare(b.label));
  return out;
}
