// @vitest-environment jsdom
// On a dataset without crime areas or forums (a colleague's graph), the coverage answers say
// what the dataset lacks instead of answering with nothing; with them, the panel shows.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { COVERAGE_NEEDS, unmetNeeds } from '../../../src/model/kindNeeds';
import { needsKinds } from '../../../src/ui/answer/NeedsKinds';
import { CoveragePanel } from '../../../src/ui/panels/CoveragePanel';
import { graphBuilder } from '../../helpers/graphBuilder';
import { realGraph } from '../../fixtures/realGraph';
import { renderAnswerPanel } from './renderAnswerPanel';

function peopleGraph() {
  const b = graphBuilder();
  b.node('a', 'organization', 'Agency A');
  b.node('b', 'country', 'Country B');
  b.edge('a', 'mentions', 'b');
  return b.graph;
}

describe('needsKinds', () => {
  it('finds the needs a graph does not meet', () => {
    expect(unmetNeeds(peopleGraph(), COVERAGE_NEEDS)).toEqual([['area']]);
    expect(unmetNeeds(realGraph(), COVERAGE_NEEDS)).toEqual([]);
    const b = graphBuilder();
    b.node('x', 'country', 'X');
    expect(unmetNeeds(b.graph, COVERAGE_NEEDS)).toEqual(COVERAGE_NEEDS);
  });

  it('says what the dataset lacks and how to give it', () => {
    const Panel = needsKinds(CoveragePanel, 'Coverage', COVERAGE_NEEDS);
    renderAnswerPanel(Panel, peopleGraph(), { panel: 'coverage' });
    expect(screen.getByRole('status').textContent).toMatch(
      /This dataset has no crime areas, so coverage has nothing to answer\..*onto Crime area/,
    );
    expect(screen.queryByRole('group', { name: 'Crime areas' })).toBeNull();
  });

  it('shows the panel on a dataset that has what it needs', () => {
    const Panel = needsKinds(CoveragePanel, 'Coverage', COVERAGE_NEEDS);
    renderAnswerPanel(Panel, realGraph(), { panel: 'coverage' });
    expect(screen.getByRole('group', { name: 'Crime areas' })).toBeTruthy();
  });
});
