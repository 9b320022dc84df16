/** Readable names of the nodes and edges that cite a passage, for labels and lists. */
import type { CitingKind } from './citations';
import type { KnowledgeGraph } from './graph';

/** A node's label, or "Source relation Target" for an edge; the key itself if it is gone. */
export function citingName(graph: KnowledgeGraph, key: string, kind: CitingKind): string {
  if (kind === 'node') return graph.hasNode(key) ? graph.getNodeAttribute(key, 'label') : key;
  if (!graph.hasEdge(key)) return key;
  const label = (k: string) => graph.getNodeAttribute(k, 'label');
  const relation = graph.getEdgeAttribute(key, 'relation').replace(/_/g, ' ');
  return `${label(graph.source(key))} ${relation} ${label(graph.target(key))}`;
}

/** "Cited by 3: Cybercrime, Action 8.1(ii), …" (at most `max` names). */
export function citedByLabel(names: readonly string[], max = 4): string {
  const shown = names.slice(0, max).join(', ');
  return `Cited by ${names.length}: ${shown}${names.length > max ? ', …' : ''}`;
}

/** The node a click on a passage focuses: the first citing node, else the first edge's source. */
export function focusTarget(
  graph: KnowledgeGraph,
  keys: readonly { key: string; kind: CitingKind }[],
): string | null {
  const node = keys.find((k) => k.kind === 'node' && graph.hasNode(k.key));
  if (node) return node.key;
  const edge = keys.find((k) => k.kind === 'edge' && graph.hasEdge(k.key));
  return edge ? graph.source(edge.key) : null;
}

/** Cuts a long name at a word boundary near `max` characters, with an ellipsis. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** "1 link", "3 links". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
