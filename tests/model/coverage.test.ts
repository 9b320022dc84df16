// Coverage on the real data: which forums cover each crime area, how, and the reverse.
import { describe, expect, it } from 'vitest';
import {
  areaKeys,
  areasCoveredBy,
  coverageBetween,
  coverageMatrix,
  forumsCovering,
  type Coverage,
} from '../../src/model/queries';
import { queryErrorCode } from '../helpers/queryErrorCode';
import { realGraph } from '../fixtures/realGraph';

const g = realGraph();
const nodesOf = (cs: readonly Coverage[]) => cs.map((c) => c.node);

/** Every path is a real walk: consecutive nodes joined by the edge named, either way round. */
function expectWalks(cs: readonly Coverage[]) {
  for (const c of cs)
    for (const p of c.paths) {
      expect(p.nodes[0]).toBe(c.area);
      expect(p.nodes[p.nodes.length - 1]).toBe(c.node);
      expect(p.edges).toHaveLength(p.nodes.length - 1);
      p.edges.forEach((e, i) => {
        expect(g.extremities(e).sort()).toEqual([p.nodes[i], p.nodes[i + 1]].sort());
      });
    }
}

describe('forumsCovering on the real data', () => {
  it('answers for every one of the eight crime areas', () => {
    expect(areaKeys(g)).toHaveLength(8);
    for (const area of areaKeys(g)) expectWalks(forumsCovering(g, area));
  });

  it('puts the AJCC Dialogue first for cybercrime, then the channels of action 8.1(ii)', () => {
    const result = forumsCovering(g, 'area:cybercrime');
    expect(result[0]?.node).toBe('forum:ajcc-dialogue');
    expect(result[0]?.how).toBe('direct');
    expect(nodesOf(result)).toEqual(
      expect.arrayContaining(['forum:g8-24-7-network', 'forum:e-ads', 'forum:interpol-channel']),
    );
  });

  it('reaches the G8 24/7 Network, e-ADS and the INTERPOL channel only through action 8.1(ii)', () => {
    for (const forum of ['forum:g8-24-7-network', 'forum:e-ads', 'forum:interpol-channel']) {
      const c = coverageBetween(g, 'area:cybercrime', forum);
      expect(c?.how).toBe('action');
      expect(c?.paths.every((p) => p.how === 'action')).toBe(true);
      expect(c?.paths[0]?.nodes).toEqual(['area:cybercrime', 'action:8.1-ii', forum]);
    }
  });

  it('finds the AJCT Dialogue for terrorism directly and through the AJCT-12 project', () => {
    const c = coverageBetween(g, 'area:terrorism', 'forum:ajct-dialogue');
    expect(c?.how).toBe('direct');
    expect(c?.strength).toBe(4);
    const hows = new Set(c?.paths.map((p) => p.how));
    expect(hows.has('project')).toBe(true);
    expect(c?.paths.some((p) => p.nodes.includes('project:ajct-12-dialogue'))).toBe(true);
  });

  it('ties AMMTC to drug trafficking through the area’s own paragraph of the 2014 declaration', () => {
    const c = coverageBetween(g, 'area:illicit-drug-trafficking', 'forum:ammtc');
    expect(c?.how).toBe('direct');
    expect(
      c?.paths.some(
        (p) => p.how === 'declaration' && p.nodes.includes('declaration:2014-joint-declaration'),
      ),
    ).toBe(true);
  });

  it('does not tie every channel the preamble reinforces to every area', () => {
    // The 2014 declaration reinforces ASEANAPOL in its preamble, not in §4 (money laundering).
    expect(coverageBetween(g, 'area:money-laundering', 'forum:aseanapol')).toBeNull();
  });

  it('finds no forum for international economic crime', () => {
    expect(forumsCovering(g, 'area:international-economic-crime')).toEqual([]);
  });

  it('orders most direct first', () => {
    const order = ['direct', 'action', 'project', 'forum', 'declaration'];
    for (const area of areaKeys(g)) {
      const ranks = forumsCovering(g, area).map((c) => order.indexOf(c.how));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it('throws typed errors for an unknown key and for a key of the wrong kind', () => {
    expect(queryErrorCode(() => forumsCovering(g, 'area:shoplifting'))).toBe('unknown_node');
    expect(queryErrorCode(() => forumsCovering(g, 'forum:ajcc-dialogue'))).toBe('wrong_kind');
    expect(queryErrorCode(() => areasCoveredBy(g, 'country:myanmar'))).toBe('wrong_kind');
    expect(queryErrorCode(() => areasCoveredBy(g, 'forum:nowhere'))).toBe('unknown_node');
  });
});

describe('areasCoveredBy on the real data', () => {
  it('gives cybercrime for the G8 24/7 Network', () => {
    const result = areasCoveredBy(g, 'forum:g8-24-7-network');
    expect(result.map((c) => [c.area, c.how])).toEqual([['area:cybercrime', 'action']]);
  });

  it('is the reverse of forumsCovering', () => {
    for (const area of areaKeys(g))
      for (const c of forumsCovering(g, area))
        expect(areasCoveredBy(g, c.node).map((r) => r.area)).toContain(area);
  });

  it('works for an organization reached only through the projects it funds', () => {
    const result = areasCoveredBy(g, 'organization:myanmar-police-force');
    expect(result.map((c) => [c.area, c.how])).toEqual([['area:terrorism', 'project']]);
    expect(result[0]?.paths[0]?.nodes).toContain('project:ajct-12-dialogue');
  });
});

describe('coverageMatrix on the real data', () => {
  it('has the eight areas as rows and every forum as a column', () => {
    const m = coverageMatrix(g, 'area', 'forum');
    expect(m.rows).toHaveLength(8);
    expect(m.columns).toEqual(g.filterNodes((_k, a) => a.kind === 'forum'));
    expect(m.cells['area:cybercrime']?.['forum:ajcc-dialogue']?.how).toBe('direct');
    expect(Object.keys(m.cells['area:international-economic-crime'] ?? {})).toEqual([]);
  });

  it('agrees with forumsCovering cell by cell', () => {
    const m = coverageMatrix(g, 'area', 'forum');
    for (const area of m.rows)
      for (const c of forumsCovering(g, area)) {
        const cell = m.cells[area]?.[c.node];
        expect(cell?.strength).toBe(c.strength);
        expect(cell?.paths).toHaveLength(c.paths.length);
      }
  });

  it('shows the projects of cybercrime and of terrorism, found directly', () => {
    const m = coverageMatrix(g, 'area', 'project');
    expect(m.cells['area:cybercrime']?.['project:asean-cyber-capacity-development']?.how).toBe(
      'direct',
    );
    expect(m.cells['area:terrorism']?.['project:ajct-12-dialogue']?.paths.length).toBeGreaterThan(
      1,
    );
  });

  it('finds the ReCAAP Information Sharing Centre for sea piracy through the agreement', () => {
    const c = coverageBetween(g, 'area:sea-piracy', 'organization:recaap-isc');
    expect(c?.how).toBe('declaration');
    expect(c?.paths[0]?.nodes).toEqual([
      'area:sea-piracy',
      'declaration:recaap',
      'organization:recaap-isc',
    ]);
  });

  it('shows JAIF against terrorism and cybercrime through what it funds', () => {
    const m = coverageMatrix(g, 'area', 'organization');
    expect(m.cells['area:terrorism']?.['organization:jaif']?.how).toBe('project');
    expect(m.cells['area:cybercrime']?.['organization:jaif']).toBeDefined();
  });
});
