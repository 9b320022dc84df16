// Renders one answer panel on the real graph with a view state patch and, when given, a graph
// handle; returns the update spy, which also re-renders the panel with the same props.
import { render } from '@testing-library/react';
import type { ComponentType } from 'react';
import { vi } from 'vitest';
import type { KnowledgeGraph } from '../../../src/model/graph';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../../src/state/viewState';
import { GraphHandleContext } from '../../../src/ui/graphHandleContext';
import type { PanelProps } from '../../../src/ui/panelProps';
import type { GraphHandle } from '../../../src/view/graphHandle';

export function renderAnswerPanel(
  Panel: ComponentType<PanelProps>,
  graph: KnowledgeGraph,
  state: Partial<ViewState>,
  handle: GraphHandle | null = null,
) {
  const update = vi.fn();
  const full: ViewState = { ...DEFAULT_VIEW_STATE, ...state };
  const panel = () => (
    <GraphHandleContext.Provider value={handle}>
      <Panel graph={graph} sources={{}} state={full} update={update} />
    </GraphHandleContext.Provider>
  );
  const { rerender } = render(panel());
  return Object.assign(update, { rerender: () => rerender(panel()) });
}
