/**
 * The highlight of a story step: all of its focus nodes are lit, and so are the edges between
 * them, so the audience sees what the caption talks about.
 */
import type { KnowledgeGraph } from '../model/graph';
import type { StoryStep } from '../model/storySchema';
import { EMPTY_HIGHLIGHT, type Highlight } from '../model/highlight';

/**
 * Nodes of the step that exist in the graph, and (when a graph is given) the edges that join two
 * of them. No step, or no known node, gives the empty highlight.
 */
export function storyHighlight(step: StoryStep | null, graph?: KnowledgeGraph): Highlight {
  if (!step) return EMPTY_HIGHLIGHT;
  const keys = graph ? step.focus.filter((k) => graph.hasNode(k)) : step.focus;
  if (keys.length === 0) return EMPTY_HIGHLIGHT;
  const nodes = new Set(keys);
  const edges = new Set<string>();
  if (graph) {
    for (const key of keys) {
      graph.forEachOutEdge(key, (edge, _attrs, _source, target) => {
        if (nodes.has(target)) edges.add(edge);
      });
    }
  }
  return { nodes, edges };
}
