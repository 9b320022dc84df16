/**
 * What one document states, and what two documents state that the other does not.
 * A document states a node when the node cites it, or when an edge citing only that document
 * touches it (the document alone states the link, so it names both ends: the fact sheet's "the
 * AJCC Dialogue … address cybercrime" states Cybercrime). An edge citing several documents pulls
 * nothing in: "project X advances action 8.1(i)" quotes the declaration for the action and the
 * fact sheet for the project, which must not make the declaration state the project.
 * It states an edge when the edge cites it and it states both ends.
 * Pure functions of the graph and the citation index.
 */
import type { CitationIndex } from './citations';
import type { KnowledgeGraph } from './graph';
import { NODE_KINDS, type NodeKind } from './vocabulary';

/** The nodes and edges one document states. */
export interface DocumentStatement {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** The nodes and edges that `doc` states (empty sets for a document nothing cites). */
export function statedBy(
  graph: KnowledgeGraph,
  index: CitationIndex,
  doc: string,
): DocumentStatement {
  const nodes = new Set<string>();
  const cited = new Set<string>();
  for (const citations of index.bySection.get(doc)?.values() ?? []) {
    for (const c of citations) {
      if (c.kind === 'node') {
        if (graph.hasNode(c.key)) nodes.add(c.key);
      } else if (graph.hasEdge(c.key)) cited.add(c.key);
    }
  }
  for (const e of cited) {
    if (graph.getEdgeAttribute(e, 'sources').every((s) => s.doc === doc)) {
      nodes.add(graph.source(e));
      nodes.add(graph.target(e));
    }
  }
  const edges = new Set<string>();
  for (const e of cited) if (nodes.has(graph.source(e)) && nodes.has(graph.target(e))) edges.add(e);
  return { nodes, edges };
}

/** Which of two compared documents states a node. */
export type CompareSide = 'first' | 'second' | 'both';

/** Node keys of one kind, split by which document states them, each list sorted by label. */
export interface KindComparison {
  first: string[];
  second: string[];
  both: string[];
}

export interface DocumentComparison {
  first: string;
  second: string;
  /** Per node kind, in NODE_KINDS order; kinds neither document states are left out. */
  kinds: { kind: NodeKind; split: KindComparison }[];
  /** Node key → side, for colouring the graph. */
  sides: ReadonlyMap<string, CompareSide>;
}

/** Compares what documents `first` and `second` state, node by node. */
export function compareDocuments(
  graph: KnowledgeGraph,
  index: CitationIndex,
  first: string,
  second: string,
): DocumentComparison {
  const a = statedBy(graph, index, first).nodes;
  const b = statedBy(graph, index, second).nodes;
  const sides = new Map<string, CompareSide>();
  for (const k of a) sides.set(k, b.has(k) ? 'both' : 'first');
  for (const k of b) if (!a.has(k)) sides.set(k, 'second');

  const byKind = new Map<NodeKind, KindComparison>();
  for (const [key, side] of sides) {
    const kind = graph.getNodeAttribute(key, 'kind');
    const split = byKind.get(kind) ?? { first: [], second: [], both: [] };
    byKind.set(kind, split);
    split[side].push(key);
  }
  const label = (k: string) => graph.getNodeAttribute(k, 'label');
  const byLabel = (x: string, y: string) =>
    label(x).localeCompare(label(y), 'en', { numeric: true });
  const kinds = NODE_KINDS.flatMap((kind) => {
    const split = byKind.get(kind);
    if (!split) return [];
    split.first.sort(byLabel);
    split.second.sort(byLabel);
    split.both.sort(byLabel);
    return [{ kind, split }];
  });
  return { first, second, kinds, sides };
}
