// Each format opens from a real file: a GEXF as Gephi writes it, GraphML, a nodes and an edges
// CSV (UTF-8 BOM, CRLF, quoted fields with commas and doubled quotes), the JSON bundle.
import { describe, expect, it } from 'vitest';
import { checkFiles, inspectFiles, type CheckResult } from '../../../src/io/open/checkFiles';
import { graphFrom } from '../../../src/io/open/openedDataset';
import { fixture, fixtureText, textFile } from './openHelpers';

function opened(result: CheckResult) {
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return { ...result.dataset, g: graphFrom(result.dataset.graph) };
}

describe('opening files', () => {
  it('opens a GEXF written by Gephi, kinds mapped, positions kept (y down)', () => {
    const seen = inspectFiles([fixture('gephi.gexf')]);
    expect(seen.ok && seen.format).toBe('gexf');
    if (!seen.ok || seen.format === 'bundle') return;
    expect(seen.mapping.node).toMatchObject({
      key: 'id',
      label: 'label',
      kind: 'type',
      date: 'year',
    });
    expect(seen.mapping.kinds).toEqual({
      Topic: 'area',
      Body: 'organization',
      Country: 'country',
      Treaty: 'declaration',
    });
    const d = opened(checkFiles([fixture('gephi.gexf')], seen.mapping));
    expect(d.g.mapNodes((key, a) => [key, a.kind, a.label])).toEqual([
      ['n0', 'area', 'Maritime Piracy'],
      ['n1', 'organization', 'ReCAAP Information Sharing Centre'],
      ['n2', 'country', 'Singapore'],
      ['n3', 'declaration', 'Regional Cooperation Agreement on Combating Piracy'],
    ]);
    expect(d.g.getNodeAttribute('n3', 'date')).toBe('2004-11');
    // Relations the app knows are kept; others read as `mentions`.
    expect(d.g.mapEdges((_k, a) => a.relation)).toEqual([
      'addresses',
      'mentions',
      'mentions',
      'gave_rise_to',
    ]);
    expect(d.positions?.n0).toEqual({ x: -120.5, y: -40.25 });
    expect(d.name).toBe('gephi');
  });

  it('opens a GraphML file', () => {
    const d = opened(checkFiles([fixture('network.graphml')], null));
    expect(d.g.mapNodes((_k, a) => a.kind)).toEqual(['area', 'forum', 'country']);
    expect(d.g.mapEdges((_k, a, source, target) => [source, a.relation, target])).toEqual([
      ['ajcc', 'covers', 'cyber'],
      ['ajcc', 'involves', 'jp'],
    ]);
    expect(d.positions).toBeNull();
  });

  it('opens a nodes and an edges CSV with a BOM, CRLF and quoted fields, either order', () => {
    for (const files of [
      [fixture('nodes.csv'), fixture('edges.csv')],
      [fixture('edges.csv'), fixture('nodes.csv')],
    ]) {
      const d = opened(checkFiles(files, null));
      const d1 = d.g.getNodeAttributes('d1');
      expect(d1.label).toBe('Declaration on Transnational Crime, 1997');
      expect(d1.sources).toEqual([
        { doc: 'nodes', section: 'line 2', quote: '"to combat" transnational crime' },
      ]);
      expect(d.g.getNodeAttribute('area1', 'label')).toBe('Trafficking in persons, and smuggling');
      expect(d.g.edges()).toEqual([
        'd1->addresses->area1',
        'f1->mentions->area1',
        'd1->gave_rise_to->f1',
      ]);
    }
  });

  it('takes the mapping the person chose: another kind, another relation', () => {
    const seen = inspectFiles([fixture('nodes.csv'), fixture('edges.csv')]);
    if (!seen.ok || seen.format === 'bundle') throw new Error('expected tables');
    const mapping = {
      ...seen.mapping,
      kinds: { ...seen.mapping.kinds, forum: 'organization' as const },
      relations: { ...seen.mapping.relations, 'deals with, at length': 'covers' as const },
    };
    const d = opened(checkFiles([fixture('nodes.csv'), fixture('edges.csv')], mapping));
    expect(d.g.getNodeAttribute('f1', 'kind')).toBe('organization');
    expect(d.g.mapEdges((_k, a) => a.relation)).toContain('covers');
  });

  it('opens a GEXF or GraphML file with an edge to a missing node, the edge set aside by its line', () => {
    const gexf = opened(checkFiles([fixture('orphan.gexf')], null));
    expect(gexf.g.hasNode('n9')).toBe(false);
    expect(gexf.g.hasNode('n4')).toBe(true);
    expect(gexf.g.hasEdge('4')).toBe(false);
    expect(gexf.setAside).toEqual([
      expect.objectContaining({
        code: 'dangling_edge',
        place: { edge: '4', field: 'target' },
        message: expect.stringMatching(/^orphan\.gexf, line \d+, edge "4", field target/),
      }),
    ]);
    const text = fixtureText('network.graphml').replace(
      '</graph>',
      '<edge id="e9" source="gone" target="jp"/></graph>',
    );
    const graphml = opened(checkFiles([textFile('network.graphml', text)], null));
    expect(graphml.g.order).toBe(3);
    expect(graphml.setAside?.map((p) => [p.place.edge, p.place.field])).toEqual([['e9', 'source']]);
  });
});
