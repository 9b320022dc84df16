// The citation index locates every quote, splits overlapping quotes into segments that know all
// their citations, and, on the real data, every cited quote is found and highlighted.
import { describe, expect, it } from 'vitest';
import { EMBEDDED_GRAPH, EMBEDDED_SOURCES } from '../../src/io/embedded';
import {
  buildCitationIndex,
  citingKeys,
  keysCitingSection,
  segmentSection,
  sectionCitations,
  type CitationIndex,
} from '../../src/model/citations';
import type { KnowledgeGraph } from '../../src/model/graph';
import { loadGraph } from '../../src/model/loadGraph';
import { DOCS, fixtureGraph } from '../fixtures/citations';

describe('citation index (fixture)', () => {
  const graph = fixtureGraph();
  const index = buildCitationIndex(graph, DOCS);

  it('orders the documents by date', () => {
    expect(index.documents.map((d) => d.id)).toEqual(['declaration', 'fund-factsheet']);
  });

  it('locates each quote in its section plain text', () => {
    const [c] = index.byKey.get('action:1.3-ii') ?? [];
    const section = index.documents[0]?.sections.find((s) => s.id === '1.3(ii)');
    expect(c && section?.text.slice(c.start, c.end)).toBe(
      'Strengthening border control and immigration',
    );
  });

  it('lists the keys citing a section, nodes and edges apart', () => {
    const { nodes, edges } = keysCitingSection(index, 'declaration', '8');
    expect([...nodes]).toEqual(['area:cybercrime']);
    expect([...edges]).toEqual(['declaration:test->addresses->area:cybercrime']);
  });

  it('keeps a quote that is not in its section aside, with the reason', () => {
    expect(index.unlocated).toEqual([
      expect.objectContaining({ key: 'area:unstated', reason: 'quote_not_found' }),
    ]);
    expect(index.byKey.has('area:unstated')).toBe(false);
  });

  it('names an unknown document and an unknown section', () => {
    const g = fixtureGraph();
    g.setNodeAttribute('area:sea-piracy', 'sources', [
      { doc: 'nowhere', section: '1', quote: 'abc' },
      { doc: 'declaration', section: '99', quote: 'abc' },
    ]);
    const reasons = buildCitationIndex(g, DOCS)
      .unlocated.filter((u) => u.key === 'area:sea-piracy')
      .map((u) => u.reason);
    expect(reasons).toEqual(['unknown_document', 'unknown_section']);
  });
});

const ADVANCES = 'project:cyber-capacity->advances->action:1.3-ii';

describe('segments of a section', () => {
  const index = buildCitationIndex(fixtureGraph(), DOCS);
  const text = index.documents[0]?.sections.find((s) => s.id === '1.3(ii)')?.text ?? '';
  const segments = segmentSection(text, sectionCitations(index, 'declaration', '1.3(ii)'));

  it('gives the section text back when joined', () => {
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('splits overlapping quotes into adjacent segments that know every citing key', () => {
    const cited = segments.filter((s) => s.citations.length > 0);
    expect(cited.map((s) => [s.text, citingKeys(s.citations).map((k) => k.key)])).toEqual([
      ['Strengthening ', ['action:1.3-ii', ADVANCES]],
      ['border control', ['action:1.3-ii', 'forum:border', ADVANCES]],
      [' and immigration', ['action:1.3-ii', 'forum:border']],
      [', transport security', ['forum:border']],
    ]);
  });

  it('keeps nested quotes apart from their container', () => {
    const preamble = index.documents[1]?.sections.find((s) => s.id === '¶1')?.text ?? '';
    const segs = segmentSection(preamble, sectionCitations(index, 'fund-factsheet', '¶1'));
    const keysOf = (t: string) =>
      citingKeys(segs.find((s) => s.text === t)?.citations ?? []).map((k) => k.key);
    expect(keysOf('Cybercrime Dialogue')).toEqual([
      'forum:cc-dialogue',
      'organization:fund->funds->forum:cc-dialogue',
      'forum:cc-dialogue->covers->area:cybercrime',
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(preamble);
  });

  it('returns one plain segment for an uncited section', () => {
    expect(segmentSection('plain words', [])).toEqual([
      { start: 0, end: 11, text: 'plain words', citations: [] },
    ]);
  });
});

function realData(): { graph: KnowledgeGraph; index: CitationIndex } {
  const loaded = loadGraph(EMBEDDED_GRAPH, EMBEDDED_SOURCES);
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
  return { graph: loaded.graph, index: buildCitationIndex(loaded.graph, EMBEDDED_SOURCES) };
}

describe('every cited quote of the real data', () => {
  const { graph, index } = realData();

  it('is located in its section', () => {
    expect(index.unlocated.map((u) => `${u.key}: ${u.reason} ${JSON.stringify(u.source)}`)).toEqual(
      [],
    );
  });

  it('is highlighted: covered by segments that name its key', () => {
    const missing: string[] = [];
    let count = 0;
    const check = (
      key: string,
      sources: readonly { doc: string; section: string; quote: string }[],
    ) => {
      for (const s of sources) {
        count++;
        const section = index.documents
          .find((d) => d.id === s.doc)
          ?.sections.find((x) => x.id === s.section);
        const citation = index.byKey
          .get(key)
          ?.find((c) => c.doc === s.doc && c.section === s.section && c.quote === s.quote);
        if (!section || !citation) {
          missing.push(`${key} ${s.doc} ${s.section}: not indexed`);
          continue;
        }
        const segments = segmentSection(section.text, sectionCitations(index, s.doc, s.section));
        const covering = segments.filter((g) => g.start < citation.end && g.end > citation.start);
        const marked = covering.map((g) => g.text).join('');
        if (marked !== section.text.slice(citation.start, citation.end))
          missing.push(`${key}: segments do not cover the quote exactly`);
        if (!covering.every((g) => g.citations.some((c) => c.key === key)))
          missing.push(`${key}: a segment of "${s.quote}" does not name it`);
      }
    };
    graph.forEachNode((k, a) => check(k, a.sources));
    graph.forEachEdge((k, a) => check(k, a.sources));
    expect(missing).toEqual([]);
    expect(count).toBeGreaterThan(0);
  });
});
