// Renders one answer panel on the real graph with a view state patch and, when given, a graph
// handle; returns the spy of the changes its actions make, which also re-renders the panel with
// the same props.
import { render } from '@testing-library/react';
import type { ComponentType } from 'react';
import type { KnowledgeGraph } from '../../../src/model/graph';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../../src/state/viewState';
import { GraphHandleContext } from '../../../src/ui/graphHandleContext';
import type { PanelProps } from '../../../src/ui/panelProps';
import type { GraphHandle } from '../../../src/view/graphHandle';
import { deriveAnswers } from '../../../src/state/answers';
import { actSpy } from '../../helpers/actSpy';

export function renderAnswerPanel(
  Panel: ComponentType<PanelProps>,
  graph: KnowledgeGraph,
  state: Partial<ViewState>,
  handle: GraphHandle | null = null,
) {
  const full: ViewState = { ...DEFAULT_VIEW_STATE, ...state };
  const { act, update } = actSpy(full);
  // The answers as the shell derives them (useScene).
  const answers = deriveAnswers(graph, full);
  const panel = () => (
    <GraphHandleContext.Provider value={handle}>
      <Panel graph={graph} sources={{}} state={full} answers={answers} act={act} />
    </GraphHandleContext.Provider>
  );
  const { rerender } = render(panel());
  return Object.assign(update, { rerender: () => rerender(panel()) });
}
