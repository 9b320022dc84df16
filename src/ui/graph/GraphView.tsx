/** The graph canvas (being built by the view work). */
import type { KnowledgeGraph } from '../../model/graph';
import type { Highlight } from '../../state/highlight';
import type { ViewState } from '../../state/viewState';
import type { UpdateView } from '../panelProps';
import type { GraphHandle } from '../../view/graphHandle';

export interface GraphViewProps {
  graph: KnowledgeGraph;
  state: ViewState;
  highlight: Highlight;
  update: UpdateView;
  onHandle: (handle: GraphHandle | null) => void;
}

export function GraphView(_props: GraphViewProps) {
  return <div role="group" aria-label="Graph" aria-busy="false" className="graph-canvas" />;
}
