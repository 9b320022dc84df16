/** The typed graphology graph the whole app works on, and what is read the same way everywhere. */
import type Graph from 'graphology';
import type { EdgeAttributes, NodeAttributes } from './schema';

/** The knowledge graph: directed, typed node and edge attributes. */
export type KnowledgeGraph = Graph<NodeAttributes, EdgeAttributes>;

/** Whether any of `edges` is inferred (has an `inference`), not stated by its quote. */
export function throughInferred(graph: KnowledgeGraph, edges: Iterable<string>): boolean {
  for (const edge of edges)
    if (graph.getEdgeAttribute(edge, 'inference') !== undefined) return true;
  return false;
}
