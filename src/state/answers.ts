/**
 * The answers of the answer panels, derived once from the view state: the Coverage panel's
 * (forums covering an area with its instruments and the forums tied to no area; or the areas a
 * forum covers), the matrix cell picked, the path finder's shortest paths. Each exists only while
 * its panel is shown. The panels show them and the graph lights and fits their paths
 * (state/scene.ts); neither computes them again.
 */
import type { KnowledgeGraph } from '../model/graph';
import { EMPTY_HIGHLIGHT, type Highlight } from '../model/highlight';
import {
  areasCoveredBy,
  coverageBetween,
  forumsCovering,
  instrumentsCovering,
  pathsBetween,
  untiedChannels,
  type Coverage,
  type InstrumentCoverage,
  type PathsResult,
  type UntiedChannel,
} from '../model/queries';
import type { ViewState } from './viewState';

/** A query's result, or the error it raised (a bad key from the URL: the panel says why). */
export type Answered<T> = { ok: true; result: T } | { ok: false; error: unknown };

export interface CoverageResult {
  /** 'node': the forums covering an area; 'area': the areas a forum (project, …) covers. */
  side: 'node' | 'area';
  coverages: Coverage[];
  /** For an area: the agreements and instruments covering it, and the forums tied to no area. */
  instruments: InstrumentCoverage[];
  untied: UntiedChannel[];
}

export interface Answers {
  coverage: Answered<CoverageResult> | null;
  /** The matrix cell picked; a result of null is an empty cell. */
  cell: Answered<Coverage | null> | null;
  path: Answered<PathsResult> | null;
}

export const NO_ANSWERS: Answers = { coverage: null, cell: null, path: null };

function answer<T>(query: () => T): Answered<T> {
  try {
    return { ok: true, result: query() };
  } catch (error) {
    return { ok: false, error };
  }
}

/** What the Coverage panel answers for `subject` (an area, or a forum, project, organization). */
export function coverageAnswer(graph: KnowledgeGraph, subject: string): Answered<CoverageResult> {
  return answer(() => {
    const isArea = graph.hasNode(subject) && graph.getNodeAttribute(subject, 'kind') === 'area';
    return isArea
      ? {
          side: 'node',
          coverages: forumsCovering(graph, subject),
          instruments: instrumentsCovering(graph, subject),
          untied: untiedChannels(graph),
        }
      : { side: 'area', coverages: areasCoveredBy(graph, subject), instruments: [], untied: [] };
  });
}

export function cellAnswer(
  graph: KnowledgeGraph,
  cell: readonly [string, string],
): Answered<Coverage | null> {
  return answer(() => coverageBetween(graph, cell[0], cell[1]));
}

export function pathAnswer(graph: KnowledgeGraph, from: string, to: string): Answered<PathsResult> {
  return answer(() => pathsBetween(graph, from, to));
}

type AnswerState = Pick<ViewState, 'panel' | 'coverage' | 'cell' | 'from' | 'to'>;

/** The answers of the panel shown (the others are null). */
export function deriveAnswers(graph: KnowledgeGraph, state: AnswerState): Answers {
  const { panel, coverage, cell, from, to } = state;
  return {
    coverage: panel === 'coverage' && coverage ? coverageAnswer(graph, coverage) : null,
    cell: panel === 'matrix' && cell ? cellAnswer(graph, cell) : null,
    path: panel === 'path' && from && to ? pathAnswer(graph, from, to) : null,
  };
}

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

/** The paths an answer proves its result with. */
function pathsOf(answers: Answers): KeyPath[] {
  const paths: KeyPath[] = [];
  const { coverage, cell, path } = answers;
  if (coverage?.ok)
    paths.push(
      ...coverage.result.coverages.flatMap((c) => c.paths),
      ...coverage.result.instruments,
    );
  if (cell?.ok && cell.result) paths.push(...cell.result.paths);
  if (path?.ok) paths.push(...path.result.paths);
  return paths;
}

/** What the answers light in the graph: the union of their paths. */
export function answersHighlight(answers: Answers): Highlight {
  return highlightOfPaths(pathsOf(answers));
}
