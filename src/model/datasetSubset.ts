/**
 * A part of a dataset as a dataset of its own: the nodes a view shows and the links between them,
 * with the source documents those nodes and links cite, the stories whose every step stays inside
 * the part, and the part's positions. What the Export menu writes as "what the view shows".
 */
import Graph from 'graphology';
import type { Dataset } from './datasetBundle';
import type { KnowledgeGraph } from './graph';
import type { Source } from './schema';

/** What a view shows: its nodes, and the links drawn between them. */
export interface ShownPart {
  nodes: ReadonlySet<string>;
  /** The links kept (only those whose both ends are kept count). */
  edges: ReadonlySet<string>;
}

function subgraph(graph: KnowledgeGraph, part: ShownPart): KnowledgeGraph {
  const out: KnowledgeGraph = new Graph({
    type: graph.type,
    multi: graph.multi,
    allowSelfLoops: graph.allowSelfLoops,
  });
  graph.forEachNode((key, attrs) => {
    if (part.nodes.has(key)) out.addNode(key, structuredClone(attrs));
  });
  graph.forEachEdge((key, attrs, source, target) => {
    if (!part.nodes.has(source) || !part.nodes.has(target) || !part.edges.has(key)) return;
    out.addEdgeWithKey(key, source, target, structuredClone(attrs));
  });
  return out;
}

/** The documents the part's nodes and links cite, with their texts. */
function citedSources(
  graph: KnowledgeGraph,
  sources: Readonly<Record<string, string>>,
): Record<string, string> {
  const cited = new Set<string>();
  const add = (list: readonly Source[]) => list.forEach((s) => cited.add(s.doc));
  graph.forEachNode((_k, a) => add(a.sources));
  graph.forEachEdge((_k, a) => add(a.sources));
  return Object.fromEntries(Object.entries(sources).filter(([doc]) => cited.has(doc)));
}

/** The dataset `d` cut down to `part`, named `name`. */
export function datasetSubset(d: Dataset, part: ShownPart, name: string): Dataset {
  const graph = subgraph(d.graph, part);
  const positions = d.positions
    ? Object.fromEntries(Object.entries(d.positions).filter(([key]) => graph.hasNode(key)))
    : null;
  return {
    id: `${d.id}-part`,
    name,
    graph,
    sources: citedSources(graph, d.sources),
    stories: d.stories.filter((s) =>
      s.steps.every((step) => step.focus.every((key) => graph.hasNode(key))),
    ),
    positions,
  };
}
