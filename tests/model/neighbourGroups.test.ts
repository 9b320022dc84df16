// Neighbours grouped by relation and direction, and dates in words, for the Details panel.
import { describe, expect, it } from 'vitest';
import { formatIsoDate, formatNodeDates } from '../../src/model/formatDates';
import { neighbourGroups } from '../../src/model/neighbourGroups';
import { fixtureGraph } from '../search/fixture';

describe('neighbourGroups', () => {
  const graph = fixtureGraph();

  it('groups outgoing and incoming links by relation, worded by direction', () => {
    const groups = neighbourGroups(graph, 'declaration:2014-joint-declaration');
    expect(groups.map((g) => g.heading)).toEqual(['Addresses', 'Implemented by', 'Mentions']);
    const addresses = groups[0];
    expect(addresses?.direction).toBe('out');
    expect(addresses?.neighbours.map((n) => n.key)).toEqual([
      'area:cybercrime',
      'area:sea-piracy',
      'area:trafficking-in-persons',
    ]);
    expect(groups[1]?.neighbours[0]?.key).toBe('declaration:somtc-japan-work-plan-2015-2017');
  });

  it('carries each link’s sources so the panel can say why it is there', () => {
    const [covers] = neighbourGroups(graph, 'declaration:recaap');
    expect(covers?.heading).toBe('Covers');
    expect(covers?.neighbours[0]?.sources[0]?.quote).toBe('cooperation');
  });

  it('gives an isolated node no groups', () => {
    expect(neighbourGroups(graph, 'organization:jaif')).toEqual([]);
  });
});

describe('formatNodeDates', () => {
  it('words year, month and day precision', () => {
    expect(formatIsoDate('2014')).toBe('2014');
    expect(formatIsoDate('2014-11')).toBe('November 2014');
    expect(formatIsoDate('2014-11-03')).toBe('3 November 2014');
  });

  it('prefers the date, then a span, then an open start or end', () => {
    expect(formatNodeDates({ date: '2014-11', start: '2000' })).toBe('November 2014');
    expect(formatNodeDates({ start: '2015', end: '2017' })).toBe('2015 – 2017');
    expect(formatNodeDates({ start: '2006' })).toBe('Since 2006');
    expect(formatNodeDates({ end: '2027' })).toBe('Until 2027');
    expect(formatNodeDates({})).toBeNull();
  });
});
