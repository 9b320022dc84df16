// @vitest-environment jsdom
// The Quality panel: each section headed by its count, findings as buttons that focus their node
// (by click and by keyboard), an edge set aside as text, long sections shown in part, and the
// report of the real data.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readSourceFiles } from '../../scripts/readSourceFiles';
import type { KnowledgeGraph } from '../../src/model/graph';
import type { LoadProblem } from '../../src/model/loadProblems';
import { NO_ANSWERS } from '../../src/state/answers';
import { DEFAULT_VIEW_STATE } from '../../src/state/viewState';
import { FIRST_FINDINGS, QualityPanel } from '../../src/ui/panels/QualityPanel';
import { actSpy } from '../helpers/actSpy';
import { graphBuilder } from '../helpers/graphBuilder';
import { realGraph } from '../fixtures/realGraph';

const SOURCES = { fixture: '<!-- § 1 -->\nA fixture passage.' };

function setup(
  graph: KnowledgeGraph,
  sources: Record<string, string> = SOURCES,
  setAside?: LoadProblem[],
) {
  const state = { ...DEFAULT_VIEW_STATE, panel: 'quality' as const };
  const { act, update } = actSpy(state);
  render(
    <QualityPanel
      graph={graph}
      sources={sources}
      state={state}
      answers={NO_ANSWERS}
      act={act}
      {...(setAside ? { setAside } : {})}
    />,
  );
  return { update, user: userEvent.setup() };
}

/** A linked pair, an orphan with no source, and an edge set aside. */
function smallDataset() {
  const b = graphBuilder();
  b.node('area:piracy', 'area', 'Piracy');
  b.node('forum:recaap', 'forum', 'ReCAAP');
  b.edge('forum:recaap', 'covers', 'area:piracy');
  b.node('country:laos', 'country', 'Lao PDR');
  b.graph.setNodeAttribute('country:laos', 'sources', []);
  return b.graph;
}
const SET_ASIDE: LoadProblem[] = [
  {
    code: 'dangling_edge',
    place: { edge: 'e9', field: 'target' },
    expected: 'the key of a node of the file',
    found: '"gone"',
    message: 'map.gexf, edge "e9", field target: expected the key of a node of the file',
  },
];

const list = (heading: RegExp) => screen.getByRole('list', { name: heading });

describe('QualityPanel', () => {
  it('heads each section with its count and severity, and sums them up', () => {
    setup(smallDataset(), SOURCES, SET_ASIDE);
    expect(screen.getByRole('heading', { level: 2, name: 'Quality' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Orphans: 1 (warning)' })).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Unsourced nodes: 1 (warning)' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Dangling edges: 1 (error)' })).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Quotes not found: 0 (error)' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/^1 error, 2 warnings, 0 for information, in 3 nodes and 1 edge/),
    ).toBeInTheDocument();
  });

  it('focuses the node a finding names, by click and from the keyboard', async () => {
    const { update, user } = setup(smallDataset());
    await user.click(within(list(/^Orphans/)).getByRole('button', { name: /country:laos/ }));
    expect(update).toHaveBeenLastCalledWith({ node: 'country:laos' });
    const unsourced = within(list(/^Unsourced nodes/)).getByRole('button');
    unsourced.focus();
    await user.keyboard('{Enter}');
    expect(update).toHaveBeenCalledTimes(2);
  });

  it('lists an edge set aside as text: it has no node in the graph to focus', () => {
    setup(smallDataset(), SOURCES, SET_ASIDE);
    const item = within(list(/^Dangling edges/)).getByRole('listitem');
    expect(item).toHaveTextContent('map.gexf, edge "e9", field target');
    expect(within(item).queryByRole('button')).toBeNull();
  });

  it('shows the first findings of a long section and the rest on demand', async () => {
    const b = graphBuilder();
    for (let i = 0; i < FIRST_FINDINGS + 10; i++) b.node(`area:a${i}`, 'area', `Area number ${i}`);
    const { user } = setup(b.graph);
    const orphans = list(/^Orphans: 60/);
    expect(within(orphans).getAllByRole('button')).toHaveLength(FIRST_FINDINGS);
    await user.click(screen.getByRole('button', { name: 'Show all 60' }));
    expect(within(list(/^Orphans: 60/)).getAllByRole('button')).toHaveLength(60);
  });

  it('reports the real data: no errors, its 29 inferred facts, each focusing its source node', async () => {
    const { update, user } = setup(realGraph(), readSourceFiles('data').docs);
    expect(
      screen.getByRole('heading', { name: 'Inferred facts: 29 (information)' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Quotes not found: 0 (error)' }),
    ).toBeInTheDocument();
    const inferred = within(list(/^Inferred facts/)).getAllByRole('button');
    expect(inferred).toHaveLength(29);
    await user.click(
      within(list(/^Inferred facts/)).getByRole('button', {
        name: /event:asean-japan-summit-2004->held_in->country:laos/,
      }),
    );
    expect(update).toHaveBeenCalledWith({ node: 'event:asean-japan-summit-2004' });
  });
});
