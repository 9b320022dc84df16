/** The graph canvas (being built by the view work). */
import type { KnowledgeGraph } from '../../model/graph';
import type { Highlight } from '../../state/highlight';
import type { ViewState } from '../../state/viewState';
import type { UpdateView } from '../panelProps';
import type { GraphHandle } from '../../view/graphHandle';

export interface GraphViewProps {
  graph: KnowledgeGraph;
  state: ViewState;
  /** What panels want lit (coverage paths, a matrix cell, a path, a cited passage, a story step). */
  highlight: Highlight;
  /** Nodes allowed by the per-document filter (state.only); null shows all. */
  onlyNodes: ReadonlySet<string> | null;
  /** Document comparison colouring: node key → which of the two documents states it. */
  compare: ReadonlyMap<string, 'first' | 'second' | 'both'> | null;
  update: UpdateView;
  onHandle: (handle: GraphHandle | null) => void;
}

export function GraphView(_props: GraphViewProps) {
  return <div role="group" aria-label="Graph" aria-busy="false" className="graph-canvas" />;
}
