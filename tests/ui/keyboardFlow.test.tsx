// @vitest-environment jsdom
// The keyboard flows of the shell, in a small shell of their own: "Show in source" lands on the
// passage, a panel opened from a button lands on its heading while the tabs keep their focus,
// Escape clears the focus outside text fields, the skip links move the focus, and the canvas's
// arrows rove over the focused node's neighbours.
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { neighbourRing } from '../../src/model/neighbourRing';
import { EMPTY_HIGHLIGHT } from '../../src/model/highlight';
import { openPanel, withInvariants } from '../../src/state/actions';
import { NO_ANSWERS } from '../../src/state/answers';
import { deriveScene } from '../../src/state/scene';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/state/viewState';
import {
  FocusLandingProvider,
  PanelLanding,
  usePanelChangeLanding,
} from '../../src/ui/focusLanding';
import { GraphView } from '../../src/ui/graph/GraphView';
import { PanelTabs } from '../../src/ui/PanelTabs';
import type { Act } from '../../src/ui/panelProps';
import { DetailsPanel } from '../../src/ui/panels/DetailsPanel';
import { SourcesPanel } from '../../src/ui/panels/SourcesPanel';
import { TablePanel } from '../../src/ui/panels/TablePanel';
import { SkipLinks } from '../../src/ui/SkipLinks';
import { useEscapeClearsFocus } from '../../src/ui/useEscapeClearsFocus';
import { DOCS, fixtureGraph } from '../fixtures/citations';
import { realGraph } from '../fixtures/realGraph';

const graph = fixtureGraph();

function Shell({ initial }: { initial: Partial<ViewState> }) {
  const [state, setState] = useState<ViewState>({ ...DEFAULT_VIEW_STATE, ...initial });
  const act: Act = (action) => setState((s) => withInvariants(action(s)));
  const tabs = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  usePanelChangeLanding(state.panel, tabs);
  useEscapeClearsFocus(act, true);
  const Panel =
    state.panel === 'sources' ? SourcesPanel : state.panel === 'table' ? TablePanel : DetailsPanel;
  return (
    <>
      <SkipLinks />
      <input aria-label="Search" id="header-search" />
      <button type="button" onClick={() => act(openPanel('table'))}>
        Open the table
      </button>
      <PanelTabs
        selected={state.panel}
        onSelect={(p) => act(openPanel(p))}
        panelId="panel-body"
        listRef={tabs}
      />
      <div id="panel-body" ref={body} tabIndex={-1}>
        <Panel graph={graph} sources={DOCS} state={state} answers={NO_ANSWERS} act={act} />
        <PanelLanding key={state.panel} body={body} />
      </div>
      <output data-testid="node">{state.node ?? '(none)'}</output>
    </>
  );
}

const renderShell = (initial: Partial<ViewState>) =>
  render(
    <FocusLandingProvider>
      <Shell initial={initial} />
    </FocusLandingProvider>,
  );

describe('focus landing', () => {
  it('"Show in source" lands on the passage in the Sources pane', async () => {
    renderShell({ node: 'area:cybercrime' });
    await userEvent.click(
      screen.getAllByRole('button', { name: /^Show in source/ })[0] as HTMLElement,
    );
    const passage = await screen.findByText((_t, el) => el?.getAttribute('data-section') === '8');
    expect(passage).toHaveFocus();
    expect(passage).toHaveAttribute('aria-current', 'location');
  });

  it('a button that opens a panel lands on its heading; the tabs keep the focus', async () => {
    renderShell({});
    await userEvent.click(screen.getByRole('button', { name: 'Open the table' }));
    const heading = await screen.findByRole('heading', { name: 'The graph as tables' });
    expect(heading).toHaveFocus();
    await userEvent.click(screen.getByRole('tab', { name: 'Details' }));
    await screen.findByRole('heading', { name: 'Explore the map' });
    expect(screen.getByRole('tab', { name: 'Details' })).toHaveFocus();
  });
});

describe('Escape', () => {
  it('clears the focus from a button in a panel, not from a text field', async () => {
    renderShell({ node: 'area:cybercrime' });
    screen.getByRole('textbox', { name: 'Search' }).focus();
    await userEvent.keyboard('{Escape}');
    expect(screen.getByTestId('node')).toHaveTextContent('area:cybercrime');
    screen.getAllByRole('button', { name: /^Show in source/ })[0]?.focus();
    await userEvent.keyboard('{Escape}');
    expect(screen.getByTestId('node')).toHaveTextContent('(none)');
  });
});

describe('skip links', () => {
  it('come first in the Tab order and move the focus to their target', async () => {
    renderShell({});
    await userEvent.tab();
    expect(screen.getByRole('link', { name: 'Skip to the graph' })).toHaveFocus();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(document.getElementById('panel-body')).toHaveFocus();
    await userEvent.click(screen.getByRole('link', { name: 'Skip to the search' }));
    expect(screen.getByRole('textbox', { name: 'Search' })).toHaveFocus();
  });
});

describe('the canvas keys', () => {
  const real = realGraph();
  const sources = { highlight: EMPTY_HIGHLIGHT, onlyNodes: null, compare: null };

  function Canvas({ initial }: { initial: Partial<ViewState> }) {
    const [state, setState] = useState<ViewState>({ ...DEFAULT_VIEW_STATE, ...initial });
    const act: Act = (action) => setState((s) => withInvariants(action(s)));
    const scene = deriveScene({ graph: real, state, step: null, sources, answers: NO_ANSWERS });
    return (
      <>
        <GraphView graph={real} state={state} scene={scene} act={act} onHandle={() => {}} />
        <output data-testid="node">{state.node ?? '(none)'}</output>
      </>
    );
  }

  it('shows the keys on screen; arrows rove over the neighbours, announced; Enter focuses', () => {
    render(<Canvas initial={{ node: 'area:cybercrime' }} />);
    const canvas = screen.getByRole('application', { name: 'Graph' });
    expect(canvas).toHaveAccessibleDescription(/neighbours.*Enter.*Shift/);
    const ring = neighbourRing(real, 'area:cybercrime', { hidden: [], statedOnly: false });
    const [first, second] = ring;
    if (!first || !second) throw new Error('Cybercrime has neighbours');
    fireEvent.keyDown(canvas, { key: 'ArrowRight' });
    fireEvent.keyDown(canvas, { key: 'ArrowRight' });
    const live = document.querySelector('.graph-keys [aria-live="polite"]');
    expect(live).toHaveTextContent(`${second.label}, `);
    expect(live).toHaveTextContent(`Neighbour 2 of ${ring.length}`);
    expect(screen.getByText(second.label, { selector: 'strong' })).toBeVisible();
    fireEvent.keyDown(canvas, { key: 'ArrowLeft' });
    expect(live).toHaveTextContent(`${first.label}, `);
    // Shift+arrows move the view (no adapter in a DOM emulator): the roving focus stays.
    fireEvent.keyDown(canvas, { key: 'ArrowRight', shiftKey: true });
    expect(live).toHaveTextContent(`${first.label}, `);
    fireEvent.keyDown(canvas, { key: 'Enter' });
    expect(screen.getByTestId('node')).toHaveTextContent(first.key);
    fireEvent.keyDown(canvas, { key: 'Escape' });
    expect(screen.getByTestId('node')).toHaveTextContent('(none)');
  });

  it('without a focus, the keys say the arrows move the view', () => {
    render(<Canvas initial={{}} />);
    expect(screen.getByRole('application', { name: 'Graph' })).toHaveAccessibleDescription(
      /Arrows move/,
    );
  });
});
