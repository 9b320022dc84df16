// Time on the real data: each node's extent, what existed in a year, what changed between two.
import { describe, expect, it } from 'vitest';
import {
  changesBetween,
  dataYears,
  existsIn,
  existingIn,
  outOfPeriod,
  periodText,
  timeExtents,
  timelineItems,
  timelineLanes,
  yearPosition,
} from '../../src/model/timeline';
import { realGraph } from '../fixtures/realGraph';

const AJCT = 'forum:ajct-dialogue';
const D2004 = 'declaration:2004-joint-declaration';
const D2014 = 'declaration:2014-joint-declaration';

describe('what existed in a year (real data)', () => {
  const graph = realGraph();

  it('in 2010 the AJCT Dialogue and the 2004 declaration exist, the 2014 declaration does not', () => {
    expect(existsIn(graph, AJCT, [2010, 2010])).toBe(true);
    expect(existsIn(graph, D2004, [2010, 2010])).toBe(true);
    expect(existsIn(graph, D2014, [2010, 2010])).toBe(false);
    expect(existsIn(graph, D2014, [2010, 2014])).toBe(true);
  });

  it('an event exists only in the year it is held', () => {
    expect(existsIn(graph, 'event:ajct-5', [2010, 2010])).toBe(true);
    expect(existsIn(graph, 'event:ajct-5', [2011, 2011])).toBe(false);
    expect(existsIn(graph, 'event:ajcc-1', [2010, 2010])).toBe(false);
  });

  it('a span ends with its end: the 2015–2017 work plan is gone in 2018', () => {
    const plan = 'declaration:somtc-japan-work-plan-2015-2017';
    expect(existsIn(graph, plan, [2016, 2016])).toBe(true);
    expect(existsIn(graph, plan, [2018, 2018])).toBe(false);
  });

  it("an undated action takes its declaration's date; areas and countries are timeless", () => {
    const extents = timeExtents(graph);
    const actions = [...extents].filter(([k]) => graph.getNodeAttribute(k, 'kind') === 'action');
    expect(actions.length).toBeGreaterThan(0);
    for (const [, e] of actions) {
      expect(e.via).not.toBeNull();
      expect(e.from).toBe(2014);
    }
    expect(existsIn(graph, actions[0]?.[0] ?? '', [2010, 2010])).toBe(false);
    expect(extents.get('area:cybercrime')).toMatchObject({ from: null, to: null });
    expect(existsIn(graph, 'area:cybercrime', [2001, 2001])).toBe(true);
  });

  it('the sets agree: existing and out of period split the nodes', () => {
    const inside = existingIn(graph, [2010, 2010]);
    const outside = outOfPeriod(graph, [2010, 2010]) ?? new Set<string>();
    expect(inside.size + outside.size).toBe(graph.order);
    expect(outOfPeriod(graph, null)).toBeNull();
  });

  it("the data's years run from the 2001 declaration to the 2023–2027 work plan", () => {
    expect(dataYears(graph)).toEqual([2001, 2027]);
  });
});

describe('what changed between two years (real data)', () => {
  const graph = realGraph();

  it('between 2013 and 2014 the 2014 declaration and the AJCC Dialogue appear, with the quote', () => {
    const { appeared } = changesBetween(graph, 2013, 2014);
    const keys = appeared.map((c) => c.key);
    expect(keys).toContain(D2014);
    expect(keys).toContain('forum:ajcc-dialogue');
    expect(keys).not.toContain(D2004);
    for (const c of appeared) {
      expect(c.date.slice(0, 4)).toBe('2014');
      expect(c.source?.quote.length).toBeGreaterThan(3);
    }
    const decl = appeared.find((c) => c.key === D2014);
    expect(decl?.source?.quote).toContain('2014');
    const action = appeared.find((c) => c.kind === 'action');
    expect(action?.via).toBe(D2014);
  });

  it('in date order; between 2016 and 2018 the 2015–2017 work plan ends', () => {
    const { appeared, ended } = changesBetween(graph, 2016, 2018);
    const dates = appeared.map((c) => c.date);
    expect(dates).toEqual([...dates].sort());
    expect(ended.map((c) => c.key)).toContain('declaration:somtc-japan-work-plan-2015-2017');
    expect(ended.find((c) => c.kind === 'event')).toBeUndefined();
  });

  it('swapped years give the same changes; the same year gives none', () => {
    expect(changesBetween(graph, 2014, 2013)).toEqual(changesBetween(graph, 2013, 2014));
    expect(changesBetween(graph, 2010, 2010)).toEqual({ appeared: [], ended: [] });
  });
});

describe('the timeline items', () => {
  it('draw year precision as a whole year and a span from start to end', () => {
    expect(yearPosition('2014', 'start')).toBe(2014);
    expect(yearPosition('2014', 'end')).toBe(2015);
    expect(yearPosition('2014-07', 'start')).toBe(2014.5);
    const items = timelineItems(realGraph());
    const plan = items.find((i) => i.key === 'declaration:somtc-japan-work-plan-2015-2017');
    expect(plan).toMatchObject({ x0: 2015, x1: 2018, span: true, open: false });
    const ajct = items.find((i) => i.key === AJCT);
    expect(ajct).toMatchObject({ span: true, open: true });
    expect(items.map((i) => i.sortDate)).toEqual(items.map((i) => i.sortDate).sort());
  });
});

describe('the timeline lanes', () => {
  it('put overlapping items in different rows and reuse a row once free', () => {
    const item = (x0: number, x1: number) =>
      ({ x0, x1 }) as unknown as Parameters<typeof timelineLanes>[0][number];
    expect(timelineLanes([item(2001, 2002), item(2001.5, 2003), item(2002, 2004)], 0.5)).toEqual([
      0, 1, 0,
    ]);
    expect(timelineLanes([item(2001, 2001.1), item(2001.2, 2001.3)], 1)).toEqual([0, 1]);
  });
});

it('writes a period as a presenter shows it', () => {
  expect(periodText([2004, 2014])).toBe('2004–2014');
  expect(periodText([2010, 2010])).toBe('2010');
});
