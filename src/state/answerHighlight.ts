/**
 * The highlights of the answer panels: the coverage paths of the Coverage panel's area or forum,
 * the paths of the matrix cell picked, the shortest paths of the path finder. Each is active only
 * while its panel is shown; a key that does not fit (an unknown node, a wrong kind) lights nothing.
 */
import type { KnowledgeGraph } from '../model/graph';
import {
  areasCoveredBy,
  coverageBetween,
  forumsCovering,
  instrumentsCovering,
  pathsBetween,
  QueryError,
} from '../model/queries';
import { EMPTY_HIGHLIGHT, type Highlight } from '../model/highlight';
import type { ViewState } from './viewState';

interface KeyPath {
  nodes: readonly string[];
  edges: readonly string[];
}

/** The union of the nodes and edges of some paths. */
export function highlightOfPaths(paths: readonly KeyPath[]): Highlight {
  if (paths.length === 0) return EMPTY_HIGHLIGHT;
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const p of paths) {
    p.nodes.forEach((n) => nodes.add(n));
    p.edges.forEach((e) => edges.add(e));
  }
  return { nodes, edges };
}

/** Runs a query, treating a QueryError (bad key in the URL) as "nothing to light". */
function safely(query: () => readonly KeyPath[]): Highlight {
  try {
    return highlightOfPaths(query());
  } catch (e) {
    if (e instanceof QueryError) return EMPTY_HIGHLIGHT;
    throw e;
  }
}

/** The covering paths of the area (its forums) or of the forum (its areas) in state.coverage. */
export function coverageHighlight(
  graph: KnowledgeGraph,
  state: Pick<ViewState, 'panel' | 'coverage'>,
): Highlight {
  const key = state.coverage;
  if (state.panel !== 'coverage' || !key || !graph.hasNode(key)) return EMPTY_HIGHLIGHT;
  const isArea = graph.getNodeAttribute(key, 'kind') === 'area';
  return safely(() =>
    isArea
      ? [...forumsCovering(graph, key).flatMap((c) => c.paths), ...instrumentsCovering(graph, key)]
      : areasCoveredBy(graph, key).flatMap((c) => c.paths),
  );
}

/** The paths of the matrix cell in state.cell. */
export function cellHighlight(
  graph: KnowledgeGraph,
  state: Pick<ViewState, 'panel' | 'cell'>,
): Highlight {
  const cell = state.cell;
  if (state.panel !== 'matrix' || !cell) return EMPTY_HIGHLIGHT;
  return safely(() => coverageBetween(graph, cell[0], cell[1])?.paths ?? []);
}

/** The shortest paths between state.from and state.to. */
export function pathHighlight(
  graph: KnowledgeGraph,
  state: Pick<ViewState, 'panel' | 'from' | 'to'>,
): Highlight {
  const { from, to } = state;
  if (state.panel !== 'path' || !from || !to) return EMPTY_HIGHLIGHT;
  return safely(() => pathsBetween(graph, from, to).paths);
}
