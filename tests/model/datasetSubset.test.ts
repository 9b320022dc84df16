// The view's part as a dataset of its own: the shown nodes and the links between them, the
// documents they cite, the stories that stay inside, the positions; it loads again as it was
// written (every quote still found in the documents it carries).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSourceFiles } from '../../scripts/readSourceFiles';
import type { Dataset } from '../../src/model/datasetBundle';
import { datasetSubset } from '../../src/model/datasetSubset';
import { EMPTY_HIGHLIGHT } from '../../src/model/highlight';
import { loadGraph } from '../../src/model/loadGraph';
import type { SceneLook } from '../../src/model/scene';
import type { Story } from '../../src/model/storySchema';
import { shownPart } from '../../src/view/shownPart';
import { realGraph } from '../fixtures/realGraph';

const look: SceneLook = {
  node: null,
  hops: 1,
  hidden: [],
  highlight: EMPTY_HIGHLIGHT,
  onlyNodes: null,
  compare: null,
  statedOnly: false,
  outOfPeriod: null,
};
const graph = realGraph();
const { docs } = readSourceFiles('data');
const stories = (JSON.parse(readFileSync('data/stories.json', 'utf8')) as { stories: Story[] })
  .stories;
const dataset: Dataset = {
  id: 'embedded',
  name: 'ASEAN–Japan',
  graph,
  sources: docs,
  stories,
  positions: Object.fromEntries(graph.mapNodes((key, _a) => [key, { x: 1, y: 2 }])),
};

describe('shownPart', () => {
  it('is null for the overview, where the whole graph is shown', () => {
    expect(shownPart(graph, look)).toBeNull();
  });

  it('is the focus and its neighbours, with the links between them', () => {
    const part = shownPart(graph, { ...look, node: 'area:cybercrime' });
    expect(part?.nodes).toEqual(
      new Set(['area:cybercrime', ...graph.neighbors('area:cybercrime')]),
    );
    for (const edge of part?.edges ?? []) {
      expect(part?.nodes.has(graph.source(edge))).toBe(true);
      expect(part?.nodes.has(graph.target(edge))).toBe(true);
    }
  });

  it('leaves out the kinds a filter hides', () => {
    const part = shownPart(graph, { ...look, hidden: ['action'] });
    expect(part?.nodes.size).toBe(graph.filterNodes((_k, a) => a.kind !== 'action').length);
    expect([...(part?.nodes ?? [])].some((k) => k.startsWith('action:'))).toBe(false);
  });
});

describe('datasetSubset', () => {
  const part = shownPart(graph, { ...look, node: 'area:cybercrime' });
  if (!part) throw new Error('a focus shows a part');
  const sub = datasetSubset(dataset, part, 'ASEAN–Japan — Cybercrime');

  it('holds the part: its nodes, its links, their attributes, their positions', () => {
    expect(sub.name).toBe('ASEAN–Japan — Cybercrime');
    expect(new Set(sub.graph.nodes())).toEqual(part.nodes);
    expect(sub.graph.size).toBe(part.edges.size);
    expect(sub.graph.getNodeAttributes('area:cybercrime')).toEqual(
      graph.getNodeAttributes('area:cybercrime'),
    );
    expect(Object.keys(sub.positions ?? {}).sort()).toEqual([...part.nodes].sort());
    // The whole dataset is left as it was.
    expect(graph.order).toBeGreaterThan(sub.graph.order);
  });

  it('carries only the documents the part cites, and loads again with every quote found', () => {
    const cited = new Set<string>();
    sub.graph.forEachNode((_k, a) => a.sources.forEach((s) => cited.add(s.doc)));
    sub.graph.forEachEdge((_k, a) => a.sources.forEach((s) => cited.add(s.doc)));
    expect(new Set(Object.keys(sub.sources))).toEqual(cited);
    const again = loadGraph(sub.graph.export(), sub.sources);
    expect(again.ok ? again.graph.order : again.problems.map((p) => p.message)).toBe(
      part.nodes.size,
    );
  });

  it('keeps a story only when every step stays inside the part', () => {
    const story = (id: string, focus: string[]): Story => ({
      id,
      title: id,
      steps: [{ title: 'Step', caption: '', focus, hidden: [], layout: 'fcose' }],
    });
    const inside = story('inside', ['area:cybercrime', ...graph.neighbors('area:cybercrime')]);
    const outside = story('outside', ['area:cybercrime', 'area:sea-piracy']);
    expect(part.nodes.has('area:sea-piracy')).toBe(false);
    const cut = datasetSubset({ ...dataset, stories: [inside, outside] }, part, 'x');
    expect(cut.stories.map((s) => s.id)).toEqual(['inside']);
  });
});
