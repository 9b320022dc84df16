/**
 * The roving focus on the canvas: the order in which the arrow keys visit the focused node's
 * neighbours (the Details panel's groups, flattened: by relation, then by name), leaving out
 * what the view hides, and the words a screen reader says for each.
 */
import type { KnowledgeGraph } from './graph';
import { KIND_NAMES } from './kindNames';
import { neighbourGroups } from './neighbourGroups';
import type { NodeKind } from './vocabulary';

export interface RingStop {
  key: string;
  label: string;
  kind: NodeKind;
  /** How it is joined to the focused node, as the Details panel heads it ("Pursued through"). */
  relation: string;
}

/**
 * The neighbours of `key` the view shows, each once (its first link in group order), in the
 * order the arrow keys visit them. Empty when the node is not in the graph.
 */
export function neighbourRing(
  graph: KnowledgeGraph,
  key: string,
  view: { hidden: readonly NodeKind[]; statedOnly: boolean },
): RingStop[] {
  if (!graph.hasNode(key)) return [];
  const seen = new Set<string>();
  const stops: RingStop[] = [];
  for (const group of neighbourGroups(graph, key))
    for (const n of group.neighbours) {
      if (seen.has(n.key) || view.hidden.includes(n.kind)) continue;
      const inferred =
        n.inference !== null || graph.getNodeAttribute(n.key, 'inference') !== undefined;
      if (view.statedOnly && inferred) continue;
      seen.add(n.key);
      stops.push({ key: n.key, label: n.label, kind: n.kind, relation: group.heading });
    }
  return stops;
}

/** The index an arrow key moves to from `index` (-1: none yet) among `count` stops, or null. */
export function ringStep(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (index + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return index < 0 ? count - 1 : (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** What the live region says for a stop: name, kind, relation, and its place. */
export function ringAnnouncement(stop: RingStop, index: number, count: number): string {
  return `${stop.label}, ${KIND_NAMES[stop.kind].one}, ${stop.relation}. Neighbour ${index + 1} of ${count}. Enter focuses it.`;
}
