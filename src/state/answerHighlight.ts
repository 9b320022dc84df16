/**
 * The highlight of each answer panel on its own (the Coverage panel's area or forum, the matrix
 * cell, the path finder): its answer's paths (answers.ts). Each is active only while its panel
 * is shown; a key that does not fit (an unknown node, a wrong kind) lights nothing.
 */
import type { KnowledgeGraph } from '../model/graph';
import type { Highlight } from '../model/highlight';
import { answersHighlight, deriveAnswers, NO_ANSWERS } from './answers';
import type { ViewState } from './viewState';

export { highlightOfPaths } from './answers';

/** The covering paths of the area (its forums) or of the forum (its areas) in state.coverage. */
export function coverageHighlight(
  graph: KnowledgeGraph,
  state: Pick<ViewState, 'panel' | 'coverage'>,
): Highlight {
  const { coverage } = deriveAnswers(graph, { ...NO_STATE, ...state });
  return answersHighlight({ ...NO_ANSWERS, coverage });
}

/** The paths of the matrix cell in state.cell. */
export function cellHighlight(
  graph: KnowledgeGraph,
  state: Pick<ViewState, 'panel' | 'cell'>,
): Highlight {
  const { cell } = deriveAnswers(graph, { ...NO_STATE, ...state });
  return answersHighlight({ ...NO_ANSWERS, cell });
}

/** The shortest paths between state.from and state.to. */
export function pathHighlight(
  graph: KnowledgeGraph,
  state: Pick<ViewState, 'panel' | 'from' | 'to'>,
): Highlight {
  const { path } = deriveAnswers(graph, { ...NO_STATE, ...state });
  return answersHighlight({ ...NO_ANSWERS, path });
}

const NO_STATE = { coverage: null, cell: null, from: null, to: null } as const;
