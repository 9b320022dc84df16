// loadGraph on a small valid file and on bad inputs: one test per kind of problem, asserting the
// problem's code and place; and that every problem is reported at once.
import { describe, expect, it } from 'vitest';
import { loadGraph, type LoadProblem } from '../../src/model/loadGraph';

const DOCS = {
  decl: [
    '---',
    'title: A declaration',
    'issuer: Someone',
    'date: 2014',
    'origin: test',
    '---',
    '<!-- § 8 -->',
    '**8. Cybercrime**',
    '<!-- § 8.1(ii) -->',
    '- (ii) Enhancing cooperation through the *G8 24/7 Network*;',
  ].join('\n'),
};

const src = (section: string, quote: string) => [{ doc: 'decl', section, quote }];

/** A valid file: an area, an action under it and a channel it goes through. */
function validFile() {
  return {
    options: { type: 'directed', multi: false, allowSelfLoops: false },
    attributes: {},
    nodes: [
      {
        key: 'area:cybercrime',
        attributes: { kind: 'area', label: 'Cybercrime', sources: src('8', '8. Cybercrime') },
      },
      {
        key: 'action:8.1-ii',
        attributes: {
          kind: 'action',
          label: '8.1(ii) Enhancing cooperation',
          date: '2014-11',
          sources: src('8.1(ii)', 'Enhancing cooperation'),
        },
      },
      {
        key: 'forum:g8',
        attributes: { kind: 'forum', label: 'G8 24/7 Network', sources: src('8.1(ii)', 'G8 24/7') },
      },
    ],
    edges: [
      {
        key: 'action:8.1-ii->under->area:cybercrime',
        source: 'action:8.1-ii',
        target: 'area:cybercrime',
        attributes: { relation: 'under', sources: src('8.1(ii)', 'Enhancing cooperation') },
      },
      {
        key: 'action:8.1-ii->through->forum:g8',
        source: 'action:8.1-ii',
        target: 'forum:g8',
        attributes: { relation: 'through', sources: src('8.1(ii)', 'through the G8 24/7 Network') },
      },
    ],
  };
}
type File = ReturnType<typeof validFile>;

function problemsOf(mutate: (f: File) => void, docs: Record<string, string> = DOCS): LoadProblem[] {
  const file = validFile();
  mutate(file);
  const result = loadGraph(file, docs);
  if (result.ok) throw new Error('expected problems, the file loaded');
  return result.problems;
}

/** The first node's attributes, edited in place. */
const node = (f: File, i = 0): Record<string, unknown> => f.nodes[i]?.attributes ?? {};
const edge = (f: File, i = 0): Record<string, unknown> => f.edges[i]?.attributes ?? {};

describe('loadGraph on a valid file', () => {
  it('builds a directed graph with defaults filled', () => {
    const result = loadGraph(validFile(), DOCS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.graph.order).toBe(3);
    expect(result.graph.size).toBe(2);
    expect(result.graph.type).toBe('directed');
    expect(result.graph.getNodeAttribute('area:cybercrime', 'aliases')).toEqual([]);
    expect(result.graph.source('action:8.1-ii->through->forum:g8')).toBe('action:8.1-ii');
  });

  it('matches quotes on plain text: emphasis and list marks removed, white space folded', () => {
    // The section reads "- (ii) Enhancing cooperation through the *G8 24/7 Network*;".
    const folded = validFile();
    const n = folded.nodes[2];
    if (n)
      n.attributes.sources = src('8.1(ii)', '(ii) Enhancing   cooperation through the G8 24/7');
    expect(loadGraph(folded, DOCS).ok).toBe(true);
    const [p] = problemsOf((f) => {
      node(f, 2).sources = src('8.1(ii)', 'the *G8 24/7 Network*');
    });
    expect(p?.code).toBe('quote_not_found');
  });
});

describe('loadGraph on bad input: one problem kind each, with its place', () => {
  it('invalid_file: not an object, or nodes not an array', () => {
    for (const input of [null, 42, 'x', [], { nodes: {}, edges: [] }]) {
      const result = loadGraph(input, DOCS);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems[0]?.code).toBe('invalid_file');
    }
    const bad = loadGraph({ nodes: 'no', edges: [] }, DOCS);
    expect(bad.ok ? [] : bad.problems.map((p) => [p.code, p.place])).toEqual([
      ['invalid_file', { field: 'nodes' }],
    ]);
  });

  it('invalid_file: a node entry without a key names its index', () => {
    const problems = problemsOf((f) => {
      (f.nodes as unknown[]).push({ attributes: {} });
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'invalid_file', place: { field: 'nodes[3].key' } });
  });

  it('unknown_kind', () => {
    const [p] = problemsOf((f) => {
      node(f).kind = 'crime';
    });
    expect(p).toMatchObject({
      code: 'unknown_kind',
      place: { node: 'area:cybercrime', field: 'kind' },
      found: '"crime"',
    });
    expect(p?.message).toContain('node "area:cybercrime", field kind');
  });

  it('unknown_relation', () => {
    const [p] = problemsOf((f) => {
      edge(f).relation = 'belongs_to';
    });
    expect(p).toMatchObject({
      code: 'unknown_relation',
      place: { edge: 'action:8.1-ii->under->area:cybercrime', field: 'relation' },
    });
  });

  it('invalid_attribute: a bad date, an unknown field', () => {
    const problems = problemsOf((f) => {
      node(f, 1).date = '14 Nov 2014';
      node(f, 2).colour = 'red';
    });
    expect(problems.map((p) => [p.code, p.place])).toEqual([
      ['invalid_attribute', { node: 'action:8.1-ii', field: 'date' }],
      ['invalid_attribute', { node: 'forum:g8', field: 'colour' }],
    ]);
  });

  it('invalid_attribute: an end before the start', () => {
    const [p] = problemsOf((f) => {
      Object.assign(node(f), { start: '2018', end: '2015-12' });
    });
    expect(p).toMatchObject({
      code: 'invalid_attribute',
      place: { node: 'area:cybercrime', field: 'end' },
    });
  });

  it('dangling_edge: source or target not a node', () => {
    const problems = problemsOf((f) => {
      const e = f.edges[1];
      if (e) e.target = 'forum:nowhere';
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: 'dangling_edge',
      place: { edge: 'action:8.1-ii->through->forum:g8', field: 'target' },
      found: '"forum:nowhere"',
    });
  });

  it('an opened dataset sets a dangling edge aside: the graph loads without it', () => {
    const f = validFile();
    const e = f.edges[1];
    if (e) e.target = 'forum:nowhere';
    const result = loadGraph(f, {}, { open: true });
    if (!result.ok) throw new Error(result.problems[0]?.message);
    expect(result.graph.hasEdge('action:8.1-ii->through->forum:g8')).toBe(false);
    expect(result.setAside).toEqual([
      expect.objectContaining({
        code: 'dangling_edge',
        place: { edge: 'action:8.1-ii->through->forum:g8', field: 'target' },
      }),
    ]);
  });

  it('duplicate_key: a node key or an edge key used twice', () => {
    const problems = problemsOf((f) => {
      const n = f.nodes[0];
      const e = f.edges[0];
      if (n) f.nodes.push(structuredClone(n));
      if (e) f.edges.push(structuredClone(e));
    });
    expect(problems.map((p) => [p.code, p.place])).toEqual([
      ['duplicate_key', { node: 'area:cybercrime' }],
      ['duplicate_key', { edge: 'action:8.1-ii->under->area:cybercrime' }],
    ]);
  });

  it('self_loop and parallel_edge', () => {
    const problems = problemsOf((f) => {
      f.edges.push({
        key: 'forum:g8->mentions->forum:g8',
        source: 'forum:g8',
        target: 'forum:g8',
        attributes: { relation: 'mentions', sources: src('8', '8. Cybercrime') },
      });
      f.edges.push({
        key: 'action:8.1-ii->mentions->forum:g8',
        source: 'action:8.1-ii',
        target: 'forum:g8',
        attributes: { relation: 'mentions', sources: src('8', '8. Cybercrime') },
      });
    });
    expect(problems.map((p) => [p.code, p.place])).toEqual([
      ['self_loop', { edge: 'forum:g8->mentions->forum:g8', field: 'target' }],
      ['parallel_edge', { edge: 'action:8.1-ii->mentions->forum:g8' }],
    ]);
  });

  it('missing_source: no sources field, or an empty list', () => {
    const problems = problemsOf((f) => {
      delete node(f).sources;
      edge(f, 1).sources = [];
    });
    expect(problems.map((p) => [p.code, p.place])).toEqual([
      ['missing_source', { node: 'area:cybercrime', field: 'sources' }],
      ['missing_source', { edge: 'action:8.1-ii->through->forum:g8', field: 'sources' }],
    ]);
  });

  it('unknown_document', () => {
    const [p] = problemsOf((f) => {
      node(f).sources = [{ doc: 'nope', section: '8', quote: 'Cybercrime' }];
    });
    expect(p).toMatchObject({
      code: 'unknown_document',
      place: { node: 'area:cybercrime', field: 'sources[0].doc' },
    });
    expect(p?.expected).toContain('decl');
  });

  it('unknown_section', () => {
    const [p] = problemsOf((f) => {
      node(f).sources = src('9.9', 'Cybercrime');
    });
    expect(p).toMatchObject({
      code: 'unknown_section',
      place: { node: 'area:cybercrime', field: 'sources[0].section' },
    });
  });

  it('quote_not_found, with a message naming node, field, document and section', () => {
    const [p] = problemsOf((f) => {
      node(f).sources = [...src('8', '8. Cybercrime'), ...src('8.1(ii)', 'Cybercrime')];
    });
    expect(p).toMatchObject({
      code: 'quote_not_found',
      place: { node: 'area:cybercrime', field: 'sources[1].quote' },
    });
    expect(p?.message).toBe(
      'node "area:cybercrime", field sources[1].quote: expected a quote found in decl § 8.1(ii), found "Cybercrime"',
    );
  });

  it('reports every problem at once, across nodes and edges', () => {
    const problems = problemsOf((f) => {
      node(f).kind = 'crime';
      node(f, 2).sources = src('8', 'not there');
      edge(f).relation = 'x';
      const e = f.edges[1];
      if (e) e.source = 'action:none';
    });
    expect(problems.map((p) => p.code).sort()).toEqual([
      'dangling_edge',
      'quote_not_found',
      'unknown_kind',
      'unknown_relation',
    ]);
  });

  it('checks the quotes of a node whose other attributes are bad', () => {
    const problems = problemsOf((f) => {
      node(f).kind = 'crime';
      node(f).sources = src('8', 'not there');
    });
    expect(problems.map((p) => [p.code, p.place.field])).toEqual([
      ['quote_not_found', 'sources[0].quote'],
      ['unknown_kind', 'kind'],
    ]);
  });

  it('never throws, whatever the input', () => {
    const inputs: unknown[] = [
      undefined,
      { nodes: [null, 1, { key: 1 }], edges: [{}, { key: 'e', source: 'a', target: 'b' }] },
      { nodes: [{ key: 'a', attributes: { kind: 'area', label: 'A', sources: 'x' } }], edges: [] },
      { nodes: [{ key: 'a', attributes: null }], edges: [] },
    ];
    for (const input of inputs) expect(() => loadGraph(input, DOCS)).not.toThrow();
    expect(loadGraph(validFile(), {}).ok).toBe(false);
  });
});

describe('loadGraph on values nested too deep', () => {
  const deepArray = (levels: number): unknown => {
    let value: unknown = 'x';
    for (let i = 0; i < levels; i += 1) value = [value];
    return value;
  };

  it('names a 100,000-deep array in a node by its key and field, and still reports the rest', () => {
    const deep = deepArray(100_000);
    const problems = problemsOf((f) => {
      node(f).description = deep;
      node(f, 2).sources = src('8', 'not there');
      edge(f).relation = 'x';
    });
    expect(problems.map((p) => [p.code, p.place])).toEqual([
      ['too_deep', { node: 'area:cybercrime', field: 'description[0]' }],
      ['quote_not_found', { node: 'forum:g8', field: 'sources[0].quote' }],
      ['unknown_relation', { edge: 'action:8.1-ii->under->area:cybercrime', field: 'relation' }],
    ]);
    expect(problems[0]?.message).toBe(
      'node "area:cybercrime", field description[0]: expected a value nested at most 64 levels deep in the file, found an array nested 99,999 levels deep',
    );
  });

  it('names one in an edge, an unknown field or a whole entry, one problem each', () => {
    const problems = problemsOf((f) => {
      const first = edge(f).sources as { quote: unknown }[];
      if (first[0]) first[0].quote = deepArray(100_000);
      node(f, 2).extra = deepArray(100);
      (f.nodes as unknown[]).push(deepArray(100_000));
      node(f).kind = 'crime';
    });
    expect(problems.map((p) => [p.code, p.place])).toEqual([
      // In the order of the file.
      ['too_deep', { node: 'forum:g8', field: 'extra[0]' }],
      ['too_deep', { field: 'nodes[3]' }],
      ['too_deep', { edge: 'action:8.1-ii->under->area:cybercrime', field: 'sources[0].quote[0]' }],
      ['unknown_kind', { node: 'area:cybercrime', field: 'kind' }],
    ]);
  });

  it('places one under a field named __proto__ as any other', () => {
    const attributes = JSON.parse(
      `{"kind": "forum", "label": "G8", "__proto__": ${'['.repeat(100)}${']'.repeat(100)}}`,
    ) as Record<string, unknown>;
    const problems = problemsOf((f) => {
      const entry = f.nodes[2];
      if (entry) entry.attributes = { ...node(f, 2), ...attributes } as typeof entry.attributes;
    });
    expect(problems.map((p) => [p.code, p.place])).toEqual([
      ['too_deep', { node: 'forum:g8', field: '__proto__[0]' }],
    ]);
  });

  it('leaves the file it was given as it was', () => {
    const file = validFile();
    const deep = deepArray(1000);
    (file.nodes[0]?.attributes as Record<string, unknown>).description = deep;
    expect(loadGraph(file, DOCS).ok).toBe(false);
    expect(file.nodes[0]?.attributes).toMatchObject({ description: deep });
  });
});

describe('loadGraph enforces the rules data/README.md states', () => {
  const placed = (problems: LoadProblem[]) => problems.map((p) => [p.code, p.place]);

  it('bad_key: a node key not kind:slug, an edge key not source->relation->target', () => {
    const problems = problemsOf((f) => {
      const area = f.nodes[0];
      if (area) area.key = 'forum:Cybercrime';
      for (const e of f.edges) if (e.target === 'area:cybercrime') e.target = 'forum:Cybercrime';
      const through = f.edges[1];
      if (through) through.key = 'action:8.1-ii->via->forum:g8';
    });
    expect(placed(problems)).toEqual([
      ['bad_key', { node: 'forum:Cybercrime' }],
      ['bad_key', { edge: 'action:8.1-ii->under->area:cybercrime' }],
      ['bad_key', { edge: 'action:8.1-ii->via->forum:g8' }],
    ]);
    expect(problems[2]?.message).toBe(
      'edge "action:8.1-ii->via->forum:g8": expected the key "action:8.1-ii->through->forum:g8", found "action:8.1-ii->via->forum:g8"',
    );
  });

  it('unquoted_place: a place no quote of the link names, or on a link that is not held_in', () => {
    const problems = problemsOf((f) => {
      edge(f, 0).place = 'Vientiane';
    });
    expect(placed(problems)).toEqual([
      ['unquoted_place', { edge: 'action:8.1-ii->under->area:cybercrime', field: 'place' }],
    ]);
    expect(problems[0]?.message).toContain('a place on held_in edges only');
  });

  it('duplicate_name: a label or alias another node already has, ignoring case', () => {
    const problems = problemsOf((f) => {
      node(f, 2).aliases = ['CYBERCRIME'];
    });
    expect(placed(problems)).toEqual([
      ['duplicate_name', { node: 'forum:g8', field: 'aliases[0]' }],
    ]);
    expect(problems[0]?.message).toContain('already a name of node "area:cybercrime"');
  });

  it('invalid_attribute: a day that does not exist, a blank quote, a label of spaces, a script address', () => {
    const problems = problemsOf((f) => {
      node(f, 1).date = '2014-02-30';
      node(f, 0).label = '   ';
      node(f, 2).url = 'javascript:alert(1)';
      edge(f, 0).sources = src('8.1(ii)', '     ');
    });
    expect(placed(problems)).toEqual([
      ['invalid_attribute', { node: 'area:cybercrime', field: 'label' }],
      ['invalid_attribute', { node: 'action:8.1-ii', field: 'date' }],
      ['invalid_attribute', { node: 'forum:g8', field: 'url' }],
      [
        'invalid_attribute',
        { edge: 'action:8.1-ii->under->area:cybercrime', field: 'sources[0].quote' },
      ],
    ]);
    expect(problems[1]?.message).toContain('a date that exists');
    expect(problems[2]?.message).toContain('an http or https address');
  });

  it('takes a leap day that exists', () => {
    const file = validFile();
    const action = file.nodes[1];
    if (action) action.attributes = { ...action.attributes, date: '2016-02-29' };
    expect(loadGraph(file, DOCS).ok).toBe(true);
  });
});
