// @vitest-environment jsdom
// The legend filters kinds and the toolbar switches layout and depth: each a button with
// aria-pressed, operable by keyboard, that only calls a named action (the URL follows from it).
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_VIEW_STATE } from '../../../src/state/viewState';
import { GraphLegend } from '../../../src/ui/graph/GraphLegend';
import { GraphToolbar } from '../../../src/ui/graph/GraphToolbar';
import { viewGraph } from '../../view/viewFixture';
import { actSpy } from '../../helpers/actSpy';
import { realGraph } from '../../fixtures/realGraph';

describe('GraphLegend', () => {
  it('lists the kinds present with counts, pressed while shown', () => {
    render(
      <GraphLegend
        graph={viewGraph()}
        statedOnly={false}
        hidden={['action']}
        act={actSpy().act}
        compare={false}
      />,
    );
    const areas = screen.getByRole('button', { name: /Crime areas/ });
    expect(areas).toHaveAttribute('aria-pressed', 'true');
    expect(areas).toHaveTextContent('1');
    expect(screen.getByRole('button', { name: /Actions/ })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(screen.queryByRole('button', { name: /Organizations/ })).toBeNull();
  });

  it('hides a kind on click and shows it again with the keyboard', async () => {
    const spy = actSpy();
    const { act, update } = spy;
    const { rerender } = render(
      <GraphLegend graph={viewGraph()} statedOnly={false} hidden={[]} act={act} compare={false} />,
    );
    await userEvent.click(screen.getByRole('button', { name: /Crime areas/ }));
    expect(update).toHaveBeenLastCalledWith({ hidden: ['area'] });
    spy.state = { ...DEFAULT_VIEW_STATE, hidden: ['area'] };
    rerender(
      <GraphLegend
        graph={viewGraph()}
        statedOnly={false}
        hidden={['area']}
        act={act}
        compare={false}
      />,
    );
    screen.getByRole('button', { name: /Crime areas/ }).focus();
    await userEvent.keyboard('{Enter}');
    expect(update).toHaveBeenLastCalledWith({ hidden: [] });
  });

  it('toggles inferred links, drawn dashed, for stated facts only', async () => {
    const { act, update } = actSpy();
    render(
      <GraphLegend graph={realGraph()} statedOnly={false} hidden={[]} act={act} compare={false} />,
    );
    const inferred = screen.getByRole('button', { name: /Inferred links/ });
    expect(inferred).toHaveAttribute('aria-pressed', 'true');
    expect(inferred).toHaveTextContent('29');
    await userEvent.click(inferred);
    expect(update).toHaveBeenLastCalledWith({ stated: true });
  });

  it('has no inferred-links toggle for a graph without inferences', () => {
    render(
      <GraphLegend
        graph={viewGraph()}
        statedOnly={false}
        hidden={[]}
        act={actSpy().act}
        compare={false}
      />,
    );
    expect(screen.queryByRole('button', { name: /Inferred links/ })).toBeNull();
  });

  it('explains the comparison colours during a comparison', () => {
    render(
      <GraphLegend graph={viewGraph()} statedOnly={false} hidden={[]} act={actSpy().act} compare />,
    );
    expect(screen.getByText('In both documents')).toBeInTheDocument();
  });
});

describe('GraphToolbar', () => {
  const setup = () => {
    const state = { ...DEFAULT_VIEW_STATE, hops: 2 as const };
    const { act, update } = actSpy(state);
    const zoom = { onZoomIn: vi.fn(), onZoomOut: vi.fn(), onFit: vi.fn() };
    render(<GraphToolbar state={state} act={act} {...zoom} />);
    return { update, zoom };
  };

  it('marks the current layout and depth', () => {
    setup();
    expect(screen.getByRole('button', { name: 'Force' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: '2 hops' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('switches layout and depth, and zooms', async () => {
    const { update, zoom } = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Concentric' }));
    expect(update).toHaveBeenLastCalledWith({ layout: 'concentric' });
    await userEvent.click(screen.getByRole('button', { name: '1 hop' }));
    expect(update).toHaveBeenLastCalledWith({ hops: 1 });
    await userEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    await userEvent.click(screen.getByRole('button', { name: 'Fit to view' }));
    expect(zoom.onZoomIn).toHaveBeenCalledOnce();
    expect(zoom.onFit).toHaveBeenCalledOnce();
  });
});

describe('GraphLegend folding', () => {
  it('folds away and says how many kinds are hidden', async () => {
    render(
      <GraphLegend
        graph={viewGraph()}
        statedOnly={false}
        hidden={['area']}
        act={actSpy().act}
        compare={false}
      />,
    );
    const toggle = screen.getByRole('button', { name: 'Legend (1 hidden)' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: /Crime areas/ })).toBeNull();
  });
});
