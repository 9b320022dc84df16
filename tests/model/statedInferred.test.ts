// Stated apart from inferred, on the real data: every link no quote states carries its
// reasoning, countries do not claim what their quotes do not say, coverage ranks stated
// evidence first, and "stated facts only" hides the inferred links.
import { describe, expect, it } from 'vitest';
import { coverageOf } from '../../src/model/coverage';
import { pathsBetween } from '../../src/model/paths';
import { EMPTY_HIGHLIGHT } from '../../src/model/highlight';
import { computeViewClasses } from '../../src/view/viewClasses';
import { realGraph } from '../fixtures/realGraph';

const graph = realGraph();
const inferredEdges = () => graph.filterEdges((_e, a) => a.inference !== undefined);

describe('inferred facts in the real data', () => {
  it('mark every project → action link as inferred, with its reasoning', () => {
    const advances = graph.filterEdges((_e, a) => a.relation === 'advances');
    expect(advances).toHaveLength(5);
    for (const e of advances)
      expect(graph.getEdgeAttribute(e, 'inference')).toMatch(/^No source says that .+ carries out/);
  });

  it('mark a country reached only through a city the source names as inferred', () => {
    const edge = 'event:ajct-3->held_in->country:laos';
    expect(graph.getEdgeAttribute(edge, 'sources')[0]?.quote).toContain('Luang Prabang');
    expect(graph.getEdgeAttribute(edge, 'inference')).toContain('general knowledge');
    // Where the quote names the country, the link is stated.
    const stated = 'event:ajct-11->held_in->country:brunei';
    expect(graph.getEdgeAttribute(stated, 'inference')).toBeUndefined();
    const held = graph.filterEdges(
      (_e, a) => a.relation === 'held_in' && a.inference !== undefined,
    );
    expect(held).toHaveLength(21);
  });

  it('mark the work plans read as the declaration’s plan and the "succeeding work plan"', () => {
    for (const e of [
      'declaration:somtc-japan-work-plan-2015-2017->implements->declaration:2014-joint-declaration',
      'declaration:somtc-japan-work-plan-2023-2027->succeeds->declaration:somtc-japan-work-plan-2018-2022',
      'forum:somtc-japan->develops->declaration:somtc-japan-work-plan-2023-2027',
    ])
      expect(graph.getEdgeAttribute(e, 'inference')).toBeTruthy();
    expect(inferredEdges()).toHaveLength(29);
  });

  it('no longer call a country an ASEAN Member State where no quote says so', () => {
    graph.forEachNode((_k, a) => {
      if (a.kind === 'country') expect(a.description).not.toContain('ASEAN Member State');
    });
  });

  it('say the 2021 meetings are still "next rounds" in the November 2022 fact sheet', () => {
    for (const key of ['event:ajct-12', 'event:ajcc-4']) {
      const a = graph.getNodeAttributes(key);
      expect(a.description).toContain('30 November 2022');
      expect(a.sources.map((s) => s.quote)).toContain(
        'JAIF continues to support next rounds of regional dialogues',
      );
    }
  });
});

describe('coverage ranks stated evidence above inferred', () => {
  it('puts a project’s stated paths before the path through an inferred link', () => {
    const cke = coverageOf(graph, 'area:cybercrime', 'project').find(
      (c) => c.node === 'project:asean-cybercrime-knowledge-exchange',
    );
    expect(cke?.stated).toBe(true);
    const flags = cke?.paths.map((p) => p.inferred) ?? [];
    expect(flags).toContain(true);
    expect(flags.indexOf(true)).toBeGreaterThan(flags.lastIndexOf(false));
    // Its strength counts only the stated paths: the inferred one corroborates nothing.
    expect(cke?.strength).toBe(3);
  });
});

describe('stated facts only', () => {
  it('hides every inferred link and keeps the stated ones', () => {
    const { classes } = computeViewClasses(graph, {
      node: 'area:cybercrime',
      hops: 1,
      hidden: [],
      highlight: EMPTY_HIGHLIGHT,
      onlyNodes: null,
      compare: null,
      statedOnly: true,
      outOfPeriod: null,
    });
    for (const e of inferredEdges()) expect(classes.get(e)).toBe('hidden');
    const stated = 'forum:ajcc-dialogue->covers->area:cybercrime';
    expect(graph.hasEdge(stated)).toBe(true);
    expect(classes.get(stated)).toContain('near');
  });
});

describe('shortest paths rank stated before inferred', () => {
  it('lists the stated paths from the 2014 declaration to ReCAAP before the inferred one', () => {
    const result = pathsBetween(graph, 'declaration:2014-joint-declaration', 'declaration:recaap');
    expect(result.paths.map((p) => p.inferred)).toEqual([false, false, true]);
    // The inferred one goes through a country the source reaches only by its city.
    expect(result.paths[2]?.nodes).toContain('country:japan');
  });
});
