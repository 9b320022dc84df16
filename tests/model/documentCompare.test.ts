// What one document states, and the comparison of two documents, on the fixture and the real data.
import { describe, expect, it } from 'vitest';
import { EMBEDDED_GRAPH, EMBEDDED_SOURCES } from '../../src/io/embedded';
import { buildCitationIndex } from '../../src/model/citations';
import { compareDocuments, statedBy } from '../../src/model/documentCompare';
import { loadGraph } from '../../src/model/loadGraph';
import { DOCS, fixtureGraph } from '../fixtures/citations';

describe('what a document states (fixture)', () => {
  const graph = fixtureGraph();
  const index = buildCitationIndex(graph, DOCS);

  it('holds the nodes citing it, the ends of edges citing only it, and those edges', () => {
    const fund = statedBy(graph, index, 'fund-factsheet');
    expect([...fund.nodes].sort()).toEqual([
      'area:cybercrime', // through "Cybercrime Dialogue covers Cybercrime", cited by it alone
      'forum:cc-dialogue',
      'organization:fund',
      'project:cyber-capacity',
    ]);
    expect([...fund.edges].sort()).toEqual([
      'forum:cc-dialogue->covers->area:cybercrime',
      'organization:fund->funds->forum:cc-dialogue',
    ]);
  });

  it('does not take in the far end of an edge that cites two documents', () => {
    const declaration = statedBy(graph, index, 'declaration');
    expect(declaration.nodes.has('project:cyber-capacity')).toBe(false);
    expect(declaration.edges.has('project:cyber-capacity->advances->action:1.3-ii')).toBe(false);
    expect(statedBy(graph, index, 'fund-factsheet').nodes.has('action:1.3-ii')).toBe(false);
  });

  it('is empty for a document nothing cites', () => {
    const none = statedBy(graph, index, 'no-such-doc');
    expect(none.nodes.size + none.edges.size).toBe(0);
  });
});

describe('comparing two documents (fixture)', () => {
  const graph = fixtureGraph();
  const index = buildCitationIndex(graph, DOCS);
  const cmp = compareDocuments(graph, index, 'declaration', 'fund-factsheet');
  const split = (kind: string) => cmp.kinds.find((k) => k.kind === kind)?.split;

  it('splits each kind into only-first, only-second and both, sorted by label', () => {
    expect(split('area')).toEqual({
      first: ['area:sea-piracy'],
      second: [],
      both: ['area:cybercrime'],
    });
    expect(split('forum')).toEqual({
      first: ['forum:border'],
      second: [],
      both: ['forum:cc-dialogue'],
    });
    expect(split('project')).toEqual({ first: [], second: ['project:cyber-capacity'], both: [] });
  });

  it('lists kinds in the legend order and leaves out kinds neither states', () => {
    expect(cmp.kinds.map((k) => k.kind)).toEqual([
      'declaration',
      'area',
      'action',
      'forum',
      'project',
      'organization',
    ]);
  });

  it('gives every stated node a side for colouring', () => {
    expect(cmp.sides.get('project:cyber-capacity')).toBe('second');
    expect(cmp.sides.get('declaration:test')).toBe('first');
    expect(cmp.sides.get('forum:cc-dialogue')).toBe('both');
    expect(cmp.sides.has('area:unstated')).toBe(false);
  });
});

describe('the real data: what the JAIF fact sheet adds beyond the 2014 declaration', () => {
  const loaded = loadGraph(EMBEDDED_GRAPH, EMBEDDED_SOURCES);
  if (!loaded.ok) throw new Error('the embedded data does not load');
  const graph = loaded.graph;
  const index = buildCitationIndex(graph, EMBEDDED_SOURCES);
  const cmp = compareDocuments(graph, index, 'joint-declaration-2014', 'jaif-factsheet-2022');

  it('the declaration alone states its actions and crime areas', () => {
    const only = statedBy(graph, index, 'joint-declaration-2014').nodes;
    expect(only.has('area:cybercrime')).toBe(true);
    expect(only.has('action:8.1-ii')).toBe(true);
    expect(cmp.sides.get('action:8.1-ii')).toBe('first');
  });

  it('the fact sheet adds its projects and the 4th AJCC Dialogue', () => {
    const projects = cmp.kinds.find((k) => k.kind === 'project')?.split;
    expect(projects?.second.length).toBeGreaterThan(2);
    expect(projects?.first).toEqual([]);
    expect(cmp.sides.get('project:asean-cyber-capacity-development')).toBe('second');
    expect(cmp.sides.get('event:ajcc-4')).toBe('second');
  });

  it('both name the AJCC Dialogue and cybercrime', () => {
    expect(cmp.sides.get('forum:ajcc-dialogue')).toBe('both');
    expect(cmp.sides.get('area:cybercrime')).toBe('both');
  });
});
