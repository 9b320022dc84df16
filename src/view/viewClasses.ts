/**
 * The pure mapping from view state to per-element classes: what is hidden, focused, near the
 * focus, lit by a panel, faded, or coloured by a document comparison. The adapter applies only
 * the difference between two results, so a focus change touches a few elements, not all.
 */
import type { KnowledgeGraph } from '../model/graph';
import type { SceneLook } from '../model/scene';

/** What decides the classes: the scene's look (model/scene.ts). */
export type ViewInput = SceneLook;

/**
 * Classes a view state puts on elements, by element id. Elements with no class are absent.
 * Node classes: `hidden`, `focus`, `near`, `lit`, `faded`, `cmp-first|second|both|none`.
 * Edge classes: `hidden`, `near` (inside the focused neighbourhood), `focus-edge` (touches the
 * focused node: its relation is shown), `lit`, `faded`.
 * Out of the period shown: a node that did not exist then (but the focus itself) and every link
 * touching one are `faded out-of-period` — faded, never lit, carrying no label — not hidden, so
 * that the graph keeps its shape while the years play.
 */
export interface ViewClasses {
  classes: ReadonlyMap<string, string>;
  /** Number of nodes drawn as focused, near or lit (none: the overview's groups are shown). */
  litNodes: number;
}

/** Nodes within `hops` steps of `start` (either direction), skipping invisible nodes. */
function neighbourhood(
  graph: KnowledgeGraph,
  start: string,
  hops: number,
  visible: (key: string) => boolean,
  edgeShown: (key: string) => boolean,
): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set([start]);
  const edges = new Set<string>();
  let frontier = [start];
  for (let depth = 0; depth < hops; depth++) {
    const next: string[] = [];
    for (const key of frontier) {
      graph.forEachEdge(key, (edge, _attrs, source, target) => {
        const other = source === key ? target : source;
        if (!visible(other) || !edgeShown(edge)) return;
        edges.add(edge);
        if (!nodes.has(other)) {
          nodes.add(other);
          next.push(other);
        }
      });
    }
    frontier = next;
  }
  return { nodes, edges };
}

/** The classes of what did not exist in the period shown. */
const OUT_OF_PERIOD = 'faded out-of-period';

/** Computes the view classes of every element for one view state. */
export function computeViewClasses(graph: KnowledgeGraph, input: ViewInput): ViewClasses {
  const hiddenKinds = new Set(input.hidden);
  const visible = (key: string): boolean =>
    !hiddenKinds.has(graph.getNodeAttribute(key, 'kind')) &&
    (input.onlyNodes === null || input.onlyNodes.has(key)) &&
    !(input.statedOnly && graph.getNodeAttribute(key, 'inference') !== undefined);
  const edgeShown = (key: string): boolean =>
    !(input.statedOnly && graph.getEdgeAttribute(key, 'inference') !== undefined);

  const focus =
    input.node !== null && graph.hasNode(input.node) && visible(input.node) ? input.node : null;
  const near = focus
    ? neighbourhood(graph, focus, input.hops, visible, edgeShown)
    : { nodes: new Set<string>(), edges: new Set<string>() };
  const lit = input.highlight;
  const dimming = focus !== null || lit.nodes.size > 0 || lit.edges.size > 0;

  const classes = new Map<string, string>();
  let litNodes = 0;
  const gone = input.outOfPeriod;
  graph.forEachNode((key) => {
    if (!visible(key)) {
      classes.set(key, 'hidden');
      return;
    }
    if (gone?.has(key) && key !== focus) {
      classes.set(
        key,
        input.compare
          ? OUT_OF_PERIOD + ' cmp-' + (input.compare.get(key) ?? 'none')
          : OUT_OF_PERIOD,
      );
      return;
    }
    const c: string[] = [];
    if (key === focus) c.push('focus');
    else if (near.nodes.has(key)) c.push('near');
    if (lit.nodes.has(key)) c.push('lit');
    if (c.length > 0) litNodes++;
    else if (dimming) c.push('faded');
    if (input.compare) c.push(`cmp-${input.compare.get(key) ?? 'none'}`);
    if (c.length > 0) classes.set(key, c.join(' '));
  });
  graph.forEachEdge((key, _attrs, source, target) => {
    if (!visible(source) || !visible(target) || !edgeShown(key)) {
      classes.set(key, 'hidden');
      return;
    }
    if (gone && (gone.has(source) || gone.has(target))) {
      classes.set(key, OUT_OF_PERIOD);
      return;
    }
    const c: string[] = [];
    if (near.edges.has(key)) c.push('near');
    if (focus !== null && (source === focus || target === focus)) c.push('focus-edge');
    if (lit.edges.has(key)) c.push('lit');
    if (c.length === 0 && dimming) c.push('faded');
    if (c.length > 0) classes.set(key, c.join(' '));
  });
  return { classes, litNodes };
}

/** Ids whose classes differ between two results (the only elements the adapter touches). */
export function changedIds(
  before: ReadonlyMap<string, string>,
  after: ReadonlyMap<string, string>,
): string[] {
  const out: string[] = [];
  for (const [id, c] of after) if (before.get(id) !== c) out.push(id);
  for (const id of before.keys()) if (!after.has(id)) out.push(id);
  return out;
}
