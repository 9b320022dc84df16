/**
 * The part of the graph a view shows, read from the same classes the canvas draws with
 * (viewClasses.ts): the nodes and links neither hidden by a filter nor faded behind a focus, an
 * answer or a period. Null when that is the whole graph.
 */
import type { KnowledgeGraph } from '../model/graph';
import type { ShownPart } from '../model/datasetSubset';
import type { SceneLook } from '../model/scene';
import { computeViewClasses } from './viewClasses';

const drawnPlain = (classes: string | undefined) =>
  classes === undefined || !/\b(hidden|faded)\b/.test(classes);

export function shownPart(graph: KnowledgeGraph, look: SceneLook): ShownPart | null {
  const { classes } = computeViewClasses(graph, look);
  const nodes = new Set(graph.filterNodes((key) => drawnPlain(classes.get(key))));
  const edges = new Set(graph.filterEdges((key) => drawnPlain(classes.get(key))));
  if (nodes.size === graph.order && edges.size === graph.size) return null;
  return { nodes, edges };
}
