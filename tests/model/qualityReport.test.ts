// The data-quality report: each check on a small built graph (the finding's code, place and the
// node a person goes to), the sections' counts and severities, and the real embedded data.
import { describe, expect, it } from 'vitest';
import { readSourceFiles } from '../../scripts/readSourceFiles';
import type { LoadProblem } from '../../src/model/loadProblems';
import {
  QUALITY_CHECKS,
  hasErrors,
  qualityReport,
  qualitySummary,
  type QualityCheck,
  type QualityReport,
} from '../../src/model/qualityReport';
import { realGraph } from '../fixtures/realGraph';
import { graphBuilder } from '../helpers/graphBuilder';

const DOC = ['<!-- § 1 -->', 'The parties agree to combat piracy at sea.'].join('\n');

const section = (report: QualityReport, check: QualityCheck) => {
  const found = report.sections.find((s) => s.check === check);
  if (!found) throw new Error(`no section ${check}`);
  return found;
};

/** Two linked nodes citing `fixture` § 1, whose text has the builder's quote. */
function linked() {
  const b = graphBuilder();
  b.node('area:piracy', 'area', 'Piracy');
  b.node('forum:recaap', 'forum', 'ReCAAP');
  b.edge('forum:recaap', 'covers', 'area:piracy');
  return b;
}
const SOURCES = { fixture: '<!-- § 1 -->\nA fixture passage.' };

describe('qualityReport', () => {
  it('has one section per check, in order, each counting its findings', () => {
    const report = qualityReport({ graph: linked().graph, sources: SOURCES });
    expect(report.sections.map((s) => s.check)).toEqual([...QUALITY_CHECKS]);
    expect(report.sections.every((s) => s.count === s.findings.length)).toBe(true);
    expect(report.counts).toEqual({ error: 0, warning: 0, info: 0 });
    expect(hasErrors(report)).toBe(false);
  });

  it('unsourced nodes and edges: a fact with no source, placed on its sources field', () => {
    const b = linked();
    b.graph.setNodeAttribute('area:piracy', 'sources', []);
    b.graph.setEdgeAttribute('forum:recaap->covers->area:piracy', 'sources', []);
    const report = qualityReport({ graph: b.graph, sources: SOURCES });
    expect(section(report, 'unsourced_nodes').findings).toEqual([
      expect.objectContaining({
        code: 'unsourced_node',
        place: { node: 'area:piracy', field: 'sources' },
        node: 'area:piracy',
      }),
    ]);
    expect(section(report, 'unsourced_edges').findings).toEqual([
      expect.objectContaining({
        code: 'unsourced_edge',
        place: { edge: 'forum:recaap->covers->area:piracy', field: 'sources' },
        node: 'forum:recaap',
      }),
    ]);
    expect(report.counts.warning).toBe(2);
    expect(hasErrors(report)).toBe(false);
  });

  it('quotes not found: a quote not in its section, a missing section, a missing document', () => {
    const b = linked();
    b.graph.setNodeAttribute('area:piracy', 'sources', [
      { doc: 'treaty', section: '1', quote: 'combat piracy' },
      { doc: 'treaty', section: '1', quote: 'combat terrorism' },
      { doc: 'treaty', section: '9', quote: 'combat piracy' },
    ]);
    b.graph.setEdgeAttribute('forum:recaap->covers->area:piracy', 'sources', [
      { doc: 'lost', section: '1', quote: 'whatever' },
    ]);
    const report = qualityReport({ graph: b.graph, sources: { ...SOURCES, treaty: DOC } });
    const found = section(report, 'quotes_not_found');
    expect(found.severity).toBe('error');
    expect(found.findings.map((f) => [f.code, f.place, f.node])).toEqual([
      ['quote_not_found', { node: 'area:piracy', field: 'sources[1].quote' }, 'area:piracy'],
      ['unknown_section', { node: 'area:piracy', field: 'sources[2].section' }, 'area:piracy'],
      [
        'unknown_document',
        { edge: 'forum:recaap->covers->area:piracy', field: 'sources[0].doc' },
        'forum:recaap',
      ],
    ]);
    expect(hasErrors(report)).toBe(true);
  });

  it('orphans: a node with no edge', () => {
    const b = linked();
    b.node('country:laos', 'country', 'Lao PDR');
    const report = qualityReport({ graph: b.graph, sources: SOURCES });
    expect(section(report, 'orphans').findings).toEqual([
      expect.objectContaining({ code: 'orphan', place: { node: 'country:laos' } }),
    ]);
  });

  it('near-duplicate labels: folded equal, or one letter apart', () => {
    const b = linked();
    b.node('area:piracy-2', 'area', 'PIRACY!');
    b.node('area:cyber', 'area', 'Cyber-crime');
    b.node('area:cybercrimes', 'area', 'Cybercrimes');
    b.edge('area:piracy-2', 'mentions', 'area:cyber');
    b.edge('area:cybercrimes', 'mentions', 'area:cyber');
    const report = qualityReport({ graph: b.graph, sources: SOURCES });
    expect(
      section(report, 'near_duplicate_labels').findings.map((f) => [f.code, f.place.node]),
    ).toEqual([
      ['same_label', 'area:piracy-2'],
      ['similar_label', 'area:cybercrimes'],
    ]);
  });

  it('dangling edges: the edges set aside on opening, as errors', () => {
    const setAside: LoadProblem[] = [
      {
        code: 'dangling_edge',
        place: { edge: 'a->mentions->nowhere', field: 'target' },
        expected: 'the key of a node of the file',
        found: '"nowhere"',
        message: 'edges.csv, line 3, edge "a->mentions->nowhere": expected …',
      },
    ];
    const report = qualityReport({ graph: linked().graph, sources: SOURCES, setAside });
    expect(section(report, 'dangling_edges').findings).toEqual([
      {
        code: 'dangling_edge',
        place: { edge: 'a->mentions->nowhere', field: 'target' },
        message: setAside[0]?.message,
      },
    ]);
    expect(report.counts.error).toBe(1);
    expect(hasErrors(report)).toBe(true);
  });

  it('inferred facts: nodes and edges with an inference, with their confidence', () => {
    const b = linked();
    b.graph.mergeEdgeAttributes('forum:recaap->covers->area:piracy', {
      inference: 'The source names the centre, not what it covers.',
      confidence: 'uncertain',
    });
    b.graph.setNodeAttribute('area:piracy', 'inference', 'Taken as the area the text means.');
    const report = qualityReport({ graph: b.graph, sources: SOURCES });
    const inferred = section(report, 'inferred_facts');
    expect(inferred.severity).toBe('info');
    expect(inferred.findings.map((f) => [f.place, f.confidence])).toEqual([
      [{ node: 'area:piracy', field: 'inference' }, undefined],
      [{ edge: 'forum:recaap->covers->area:piracy', field: 'inference' }, 'uncertain'],
    ]);
    expect(hasErrors(report)).toBe(false);
  });

  it('sums up the counts in one line', () => {
    const b = linked();
    b.node('country:laos', 'country', 'Lao PDR');
    expect(qualitySummary(qualityReport({ graph: b.graph, sources: SOURCES }))).toBe(
      '0 errors, 1 warning, 0 info: 0 quotes not found, 0 dangling edges, 0 unsourced nodes, ' +
        '0 unsourced edges, 1 orphans, 0 near-duplicate labels, 0 inferred facts',
    );
  });
});

describe('qualityReport on the embedded data', () => {
  const report = qualityReport({ graph: realGraph(), sources: readSourceFiles('data').docs });

  it('has no errors and no warnings: every fact sourced, every quote found, no orphan', () => {
    expect(report.counts).toEqual({ error: 0, warning: 0, info: 29 });
    expect(section(report, 'unsourced_nodes').count).toBe(0);
    expect(section(report, 'unsourced_edges').count).toBe(0);
    expect(section(report, 'quotes_not_found').count).toBe(0);
    expect(section(report, 'orphans').count).toBe(0);
  });

  it('lists its 29 inferred edges, among them the Vientiane summit held in Lao PDR', () => {
    const inferred = section(report, 'inferred_facts').findings;
    expect(inferred).toHaveLength(29);
    expect(inferred.map((f) => f.place.edge)).toContain(
      'event:asean-japan-summit-2004->held_in->country:laos',
    );
    // The data's uncertain facts (confidence without inference) are stated, so not listed here.
    expect(inferred.map((f) => f.place.node)).not.toContain('declaration:actip');
    expect(inferred.every((f) => f.code === 'inferred' && f.place.field === 'inference')).toBe(
      true,
    );
  });
});
