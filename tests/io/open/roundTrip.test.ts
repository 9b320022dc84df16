// Export, then open: the JSON bundle gives back the same graph, sources, stories and positions;
// GEXF, GraphML and CSV give back the same graph (keys, kinds, labels, dates, relations, a quote).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../../src/io/open/checkFiles';
import { EMBEDDED_GRAPH, EMBEDDED_SOURCES } from '../../../src/io/embedded';
import type { SerializedDataset } from '../../../src/io/open/openedDataset';
import { bundleText, csvTexts, gexfText, graphmlText } from '../../../src/io/open/writeDataset';
import { fixture, textFile } from './openHelpers';
import type { OpenFile } from '../../../src/io/open/checkFiles';

function open(files: OpenFile[]): SerializedDataset {
  const result = checkFiles(files, null);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.dataset;
}

const embedded: SerializedDataset = {
  id: 'embedded',
  name: 'Built in',
  graph: EMBEDDED_GRAPH as SerializedDataset['graph'],
  sources: { ...EMBEDDED_SOURCES },
  stories: (
    JSON.parse(readFileSync('data/stories.json', 'utf8')) as {
      stories: SerializedDataset['stories'];
    }
  ).stories,
  positions: { 'area:cybercrime': { x: 1, y: 2 } },
};

/** What every format carries, per node and edge. */
function carried(d: SerializedDataset) {
  return {
    nodes: d.graph.nodes.map((n) => ({
      key: n.key,
      kind: n.attributes?.kind,
      label: n.attributes?.label,
      date: n.attributes?.date,
      source: n.attributes?.sources[0],
    })),
    edges: d.graph.edges.map((e) => ({
      key: e.key,
      source: e.source,
      target: e.target,
      relation: e.attributes?.relation,
      quote: e.attributes?.sources[0]?.quote,
    })),
  };
}

describe('round trips', () => {
  it('the JSON bundle: the same graph, sources, stories and positions', () => {
    const back = open([textFile('copy.json', bundleText(embedded))]);
    const loaded = open([textFile('copy.json', bundleText(back))]);
    expect(loaded.graph).toEqual(back.graph);
    expect(back.graph.nodes.length).toBe(embedded.graph.nodes.length);
    expect(back.graph.nodes[0]?.attributes).toEqual(embedded.graph.nodes[0]?.attributes);
    expect(back.sources).toEqual(embedded.sources);
    expect(back.stories).toEqual(embedded.stories);
    expect(back.positions).toEqual(embedded.positions);
    expect(back.name).toBe('Built in');
  });

  const opened = {
    gexf: open([fixture('gephi.gexf')]),
    csv: open([fixture('nodes.csv'), fixture('edges.csv')]),
  };

  for (const [from, d] of Object.entries(opened)) {
    it(`GEXF, from a dataset opened from ${from}`, () => {
      const back = open([textFile('x.gexf', gexfText(d))]);
      expect(carried(back)).toEqual(carried(d));
      if (d.positions) expect(back.positions).toEqual(d.positions);
    });

    it(`GraphML, from a dataset opened from ${from}`, () => {
      const back = open([textFile('x.graphml', graphmlText(d))]);
      expect(carried(back)).toEqual(carried(d));
    });

    it(`CSV, from a dataset opened from ${from}`, () => {
      const { nodes, edges } = csvTexts(d);
      const back = open([textFile('x-nodes.csv', nodes), textFile('x-edges.csv', edges)]);
      expect(carried(back)).toEqual(carried(d));
    });
  }

  it('GEXF of the built-in dataset opens again with every node and edge', () => {
    const back = open([textFile('built-in.gexf', gexfText(embedded))]);
    expect(back.graph.nodes.map((n) => n.key)).toEqual(embedded.graph.nodes.map((n) => n.key));
    expect(back.graph.edges.map((e) => e.key)).toEqual(embedded.graph.edges.map((e) => e.key));
    expect(back.graph.nodes.map((n) => n.attributes?.kind)).toEqual(
      embedded.graph.nodes.map((n) => n.attributes?.kind),
    );
  });
});
