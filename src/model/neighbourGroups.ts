/**
 * The focused node's 1-hop neighbours, grouped by relation and direction and worded for people:
 * "Sets out" lists what the node sets out, "Set out by" what sets it out.
 */
import type { KnowledgeGraph } from './graph';
import { phraseOf } from './relationPhrases';
import type { Source } from './schema';
import { RELATIONS, type NodeKind, type Relation } from './vocabulary';

export interface Neighbour {
  key: string;
  label: string;
  kind: NodeKind;
  /** The edge joining it to the focused node. */
  edge: string;
  uncertain: boolean;
  /** How the link was inferred, when no quote states it; null for a stated link. */
  inference: string | null;
  /** The city (or island) the link's source names for a `held_in` link, else null. */
  place: string | null;
  /** Why the link is there: the edge's note and citations. */
  description: string;
  sources: Source[];
}

export interface NeighbourGroup {
  /** Unique among a node's groups, usable in a DOM id. */
  id: string;
  relation: Relation;
  direction: 'out' | 'in';
  heading: string;
  neighbours: Neighbour[];
}

/** Groups in vocabulary order (outgoing before incoming), neighbours by label. */
export function neighbourGroups(graph: KnowledgeGraph, key: string): NeighbourGroup[] {
  const groups = new Map<string, NeighbourGroup>();
  const add = (edge: string, relation: Relation, direction: 'out' | 'in', other: string) => {
    // The words can depend on the kind of the edge's source (a country hosts meetings but
    // is where agreements were adopted): one group per heading.
    const phrase = phraseOf(
      relation,
      graph.getNodeAttribute(direction === 'out' ? key : other, 'kind'),
    );
    const heading = direction === 'out' ? phrase.outHeading : phrase.inHeading;
    const id = `${relation}-${direction}-${heading.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
    let group = groups.get(id);
    if (!group) {
      group = { id, relation, direction, heading, neighbours: [] };
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
      inference: e.inference ?? null,
      place: e.place ?? null,
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
