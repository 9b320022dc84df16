/** Props every side panel receives: the graph, the cited documents, the view state and its answers. */
import type { KnowledgeGraph } from '../model/graph';
import type { LoadProblem } from '../model/loadProblems';
import type { ViewAction } from '../state/actions';
import type { Answers } from '../state/answers';
import type { ViewState } from '../state/viewState';

/**
 * Changes the view by a named action (state/actions.ts); `replace` keeps the change out of
 * Back/Forward history.
 */
export type Act = (action: ViewAction, options?: { replace?: boolean }) => void;

export interface PanelProps {
  graph: KnowledgeGraph;
  /** Document id → text of data/sources/. */
  sources: Readonly<Record<string, string>>;
  state: ViewState;
  /** The answers of the panel shown (coverage, matrix cell, paths), derived once (useScene). */
  answers: Answers;
  act: Act;
  /** An opened dataset's edges left out of the graph for a missing end (Dataset.setAside). */
  setAside?: readonly LoadProblem[];
}
