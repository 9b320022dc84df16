/** Props every side panel receives: the graph, the cited documents and the view state. */
import type { KnowledgeGraph } from '../model/graph';
import type { ViewState } from '../state/viewState';

/** Changes the view; `replace` keeps the change out of Back/Forward history. */
export type UpdateView = (patch: Partial<ViewState>, options?: { replace?: boolean }) => void;

export interface PanelProps {
  graph: KnowledgeGraph;
  /** Document id → text of data/sources/. */
  sources: Readonly<Record<string, string>>;
  state: ViewState;
  update: UpdateView;
}
