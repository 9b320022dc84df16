/**
 * A highlight: the nodes and edges a panel wants lit in the graph (a coverage path, a matrix
 * cell, the path between two nodes, the nodes citing a passage). Derived, never stored; a model
 * type so that the view adapter can take it without importing the state layer.
 */
export interface Highlight {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export const EMPTY_HIGHLIGHT: Highlight = { nodes: new Set(), edges: new Set() };

/** Union of several highlights; returns EMPTY_HIGHLIGHT when all are empty. */
export function mergeHighlights(parts: readonly Highlight[]): Highlight {
  const nonEmpty = parts.filter((h) => h.nodes.size > 0 || h.edges.size > 0);
  if (nonEmpty.length === 0) return EMPTY_HIGHLIGHT;
  const [first] = nonEmpty;
  if (nonEmpty.length === 1 && first) return first;
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const h of nonEmpty) {
    h.nodes.forEach((k) => nodes.add(k));
    h.edges.forEach((k) => edges.add(k));
  }
  return { nodes, edges };
}
