// An opened foreign dataset works like the built-in one: search finds its nodes (with a typo),
// paths run between them, the table lists them, and the coverage answers say what it lacks.
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../../src/io/open/checkFiles';
import { graphFrom } from '../../../src/io/open/openedDataset';
import { nodeRows, linkRows } from '../../../src/model/graphTable';
import { COVERAGE_NEEDS, unmetNeeds } from '../../../src/model/kindNeeds';
import { pathsBetween } from '../../../src/model/paths';
import { buildSearchIndex } from '../../../src/search/searchIndex';
import { fixture } from './openHelpers';

function gephiGraph() {
  const result = checkFiles([fixture('gephi.gexf')], null);
  if (!result.ok) throw new Error(result.problems[0]?.message);
  return graphFrom(result.dataset.graph);
}

describe('an opened GEXF', () => {
  const graph = gephiGraph();

  it('is searched by label, a typo too', () => {
    const index = buildSearchIndex(graph);
    expect(index.search('recaap')[0]?.key).toBe('n1');
    expect(index.search('singapor')[0]?.key).toBe('n2');
  });

  it('has paths between its nodes', () => {
    const result = pathsBetween(graph, 'n2', 'n3');
    expect(result.length).toBe(2);
    expect(result.paths[0]?.nodes).toEqual(['n2', 'n1', 'n3']);
  });

  it('fills the table', () => {
    expect(nodeRows(graph).map((r) => r.key)).toHaveLength(4);
    expect(linkRows(graph)).toHaveLength(4);
  });

  it('has what coverage needs (a crime area and an organization)', () => {
    expect(unmetNeeds(graph, COVERAGE_NEEDS)).toEqual([]);
  });
});
