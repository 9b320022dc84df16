// Every problem a file can have, each with its place (file, line, column, node or edge key,
// field), and the JSON bundle read with its graph, sources and stories.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFiles, inspectFiles, type CheckResult } from '../../../src/io/open/checkFiles';
import type { OpenPlace } from '../../../src/io/open/openProblem';
import { EMBEDDED_GRAPH, EMBEDDED_SOURCES } from '../../../src/io/embedded';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from '../../../src/model/datasetBundle';
import { fixture, fixtureText, textFile } from './openHelpers';

const STORIES: unknown = JSON.parse(readFileSync('data/stories.json', 'utf8'));

function problems(result: CheckResult): { code: string; place: OpenPlace; message: string }[] {
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

function bundle(over: Record<string, unknown> = {}): string {
  return JSON.stringify(
    {
      format: BUNDLE_FORMAT,
      version: BUNDLE_VERSION,
      name: 'Embedded copy',
      graph: EMBEDDED_GRAPH,
      sources: EMBEDDED_SOURCES,
      stories: STORIES,
      ...over,
    },
    null,
    2,
  );
}

const NODES = 'id,label,kind,date\r\nd1,First,declaration,1997\r\nf1,SOMTC,forum,1999\r\n';

describe('problems with their place', () => {
  it('invalid_xml: line and column of a GEXF that is not well formed', () => {
    const text = fixtureText('gephi.gexf').replace('<node id="n2"', '<node id="n2');
    const [p] = problems(checkFiles([textFile('bad.gexf', text)], null));
    expect(p?.code).toBe('invalid_xml');
    expect(p?.place).toMatchObject({ file: 'bad.gexf', line: 33 });
    expect(p?.place.column).toBeGreaterThan(0);
    expect(p?.message).toMatch(/^bad\.gexf, line 33, column \d+: the XML is not well formed/);
  });

  it('invalid_file: a GraphML file given as GEXF', () => {
    const [p] = problems(checkFiles([textFile('x.gexf', fixtureText('network.graphml'))], null));
    expect(p).toMatchObject({ code: 'invalid_file', place: { file: 'x.gexf', line: 1 } });
  });

  it('invalid_csv: a record with more fields than the header, by its line', () => {
    const text = `${NODES}x1,"Two, parts",area,2001,extra\r\n`;
    const [p] = problems(checkFiles([textFile('nodes.csv', text)], null));
    expect(p).toMatchObject({ code: 'invalid_csv', place: { file: 'nodes.csv', line: 4 } });
    expect(p?.message).toBe('nodes.csv, line 4: expected 4 fields as in the header, found 5');
  });

  it('invalid_csv: a repeated column name', () => {
    const [p] = problems(checkFiles([textFile('n.csv', 'id,label,label\r\na,b,c\r\n')], null));
    expect(p).toMatchObject({ code: 'invalid_csv', place: { line: 1 } });
  });

  it('dangling_edge: the file opens, the edge set aside named by its line in the edges file and column', () => {
    const edges = 'source,target\r\nd1,f1\r\nd1,nowhere\r\n';
    const result = checkFiles([textFile('nodes.csv', NODES), textFile('edges.csv', edges)], null);
    if (!result.ok) throw new Error(result.problems[0]?.message);
    expect(result.dataset.graph.edges.map((e) => e.key)).toEqual(['d1->mentions->f1']);
    expect(result.dataset.setAside).toEqual([
      expect.objectContaining({
        code: 'dangling_edge',
        place: { edge: 'd1->mentions->nowhere', field: 'target' },
        message:
          'edges.csv, line 3, edge "d1->mentions->nowhere", field target (column "target"): expected the key of a node of the file, found "nowhere"',
      }),
    ]);
  });

  it('duplicate_key: a node key used twice, by the line of its first row', () => {
    const [p] = problems(checkFiles([textFile('n.csv', `${NODES}d1,Again,area,\r\n`)], null));
    expect(p).toMatchObject({ code: 'duplicate_key', place: { node: 'd1', file: 'n.csv' } });
  });

  it('invalid_attribute: a date that is not ISO 8601, by node, line and column', () => {
    const text = NODES.replace('1999', 'circa 1999');
    const [p] = problems(checkFiles([textFile('n.csv', text)], null));
    expect(p).toMatchObject({
      code: 'invalid_attribute',
      place: { node: 'f1', line: 3, file: 'n.csv', field: 'date (column "date")' },
    });
  });

  it('invalid_attribute: a blank label', () => {
    const [p] = problems(checkFiles([textFile('n.csv', 'id,label\r\na,\r\n')], null));
    expect(p).toMatchObject({ code: 'invalid_attribute', place: { node: 'a', line: 2 } });
  });

  it('self_loop and parallel_edge in a GEXF, by edge and line', () => {
    const text = fixtureText('gephi.gexf').replace(
      '</edges>',
      '<edge id="9" source="n2" target="n2"/><edge id="10" source="n3" target="n0"/></edges>',
    );
    const found = problems(checkFiles([textFile('g.gexf', text)], null));
    expect(found.map((p) => [p.code, p.place.edge])).toEqual([
      ['self_loop', '9'],
      ['parallel_edge', '10'],
    ]);
    expect(found[0]?.place.line).toBeGreaterThan(60);
  });

  it('unmapped_column: no column chosen for the label', () => {
    const seen = inspectFiles([textFile('n.csv', NODES)]);
    if (!seen.ok || seen.format === 'bundle') throw new Error('expected tables');
    const mapping = { ...seen.mapping, node: { ...seen.mapping.node, label: null } };
    const [p] = problems(checkFiles([textFile('n.csv', NODES)], mapping));
    expect(p).toMatchObject({
      code: 'unmapped_column',
      message: 'n: choose the column of the node label',
    });
  });

  it('unknown_format, not_text, mixed_files', () => {
    expect(problems(checkFiles([textFile('a.txt', 'x')], null))[0]).toMatchObject({
      code: 'unknown_format',
      place: { file: 'a.txt' },
    });
    const binary = { name: 'b.csv', bytes: new Uint8Array([0, 1, 2, 0]) };
    expect(problems(checkFiles([binary], null))[0]?.code).toBe('not_text');
    expect(
      problems(checkFiles([fixture('gephi.gexf'), fixture('network.graphml')], null))[0]?.code,
    ).toBe('mixed_files');
  });

  it('invalid_json: a bundle with a syntax error, by line and column', () => {
    const text = bundle().replace('"name": "Embedded copy",', '"name": "Embedded copy"');
    const [p] = problems(checkFiles([textFile('b.json', text)], null));
    expect(p).toMatchObject({ code: 'invalid_json', place: { file: 'b.json', line: 5 } });
  });

  it('invalid_file: a JSON file that is not a bundle names the field', () => {
    const [p] = problems(checkFiles([textFile('b.json', bundle({ format: 'other' }))], null));
    expect(p).toMatchObject({ code: 'invalid_file', place: { file: 'b.json', field: 'format' } });
  });

  it('unknown_kind: a bundle node of a kind the app has not, by node and field', () => {
    const graph = structuredClone(EMBEDDED_GRAPH) as { nodes: { attributes: { kind: string } }[] };
    const first = graph.nodes[0];
    if (first) first.attributes.kind = 'city';
    const found = problems(checkFiles([textFile('b.json', bundle({ graph }))], null));
    expect(found[0]).toMatchObject({
      code: 'unknown_kind',
      place: { field: 'kind', file: 'b.json' },
    });
  });

  it('unknown_node: a bundle story that focuses a node the graph lacks', () => {
    const stories = structuredClone(STORIES) as { stories: { steps: { focus: string[] }[] }[] };
    const step = stories.stories[0]?.steps[0];
    if (step) step.focus = ['area:nowhere'];
    const found = problems(checkFiles([textFile('b.json', bundle({ stories }))], null));
    expect(found[0]).toMatchObject({ code: 'unknown_node', place: { field: 'stories' } });
  });

  it('opens a valid bundle: the same graph, sources and stories', () => {
    const result = checkFiles([textFile('copy.json', bundle())], null);
    if (!result.ok) throw new Error(result.problems[0]?.message);
    const d = result.dataset;
    expect(d.name).toBe('Embedded copy');
    expect(d.graph.nodes.length).toBe((EMBEDDED_GRAPH as { nodes: unknown[] }).nodes.length);
    expect(d.sources).toEqual(EMBEDDED_SOURCES);
    expect(d.stories.length).toBe((STORIES as { stories: unknown[] }).stories.length);
    expect(d.id).toMatch(/^embedded-copy-[0-9a-z]+$/);
  });
});
