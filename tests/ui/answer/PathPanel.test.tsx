// @vitest-environment jsdom
// The path finder on the real data: the path in words and chips, the ends cleared and swapped,
// and the view brought to the path once the graph is at rest.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ViewState } from '../../../src/state/viewState';
import { PathPanel } from '../../../src/ui/panels/PathPanel';
import type { GraphHandle } from '../../../src/view/graphHandle';
import { realGraph } from '../../fixtures/realGraph';
import { renderAnswerPanel } from './renderAnswerPanel';

const graph = realGraph();

const renderPanel = (patch: Partial<ViewState>, handle: GraphHandle | null = null) =>
  renderAnswerPanel(PathPanel, graph, { panel: 'path', ...patch }, handle);

describe('PathPanel', () => {
  it('explains the path between two nodes', () => {
    renderPanel({ from: 'area:cybercrime', to: 'forum:g8-24-7-network' });
    expect(screen.getByRole('heading', { name: '1 shortest path of 2 steps' })).toBeInTheDocument();
    expect(
      screen.getByText(
        'Cybercrime has the line of action 8.1(ii), which is pursued through G8 24/7 Network.',
      ),
    ).toBeInTheDocument();
  });

  it('swaps and clears the ends', async () => {
    const update = renderPanel({ from: 'area:cybercrime', to: 'forum:g8-24-7-network' });
    await userEvent.click(screen.getByRole('button', { name: 'Swap ends' }));
    expect(update).toHaveBeenCalledWith({ from: 'forum:g8-24-7-network', to: 'area:cybercrime' });
    await userEvent.click(screen.getByRole('button', { name: 'Clear to' }));
    expect(update).toHaveBeenCalledWith({ to: null });
  });

  it('picks an end with the search box', async () => {
    const update = renderPanel({});
    await userEvent.type(screen.getByRole('combobox', { name: 'From' }), 'AJCC{Enter}');
    expect(update).toHaveBeenCalledWith({ from: 'forum:ajcc-dialogue' });
  });
});
