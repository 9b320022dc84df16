// View state → element classes: hidden kinds, the focused neighbourhood at one or two hops,
// panel highlights, the document filter and comparison; and the difference the adapter applies.
import { describe, expect, it } from 'vitest';
import { EMPTY_HIGHLIGHT } from '../../src/model/highlight';
import { changedIds, computeViewClasses, type ViewInput } from '../../src/view/viewClasses';
import { viewGraph } from './viewFixture';

const base: ViewInput = {
  node: null,
  hops: 1,
  hidden: [],
  highlight: EMPTY_HIGHLIGHT,
  onlyNodes: null,
  compare: null,
  statedOnly: false,
  outOfPeriod: null,
};
const g = viewGraph();
const classesOf = (input: Partial<ViewInput>) =>
  computeViewClasses(g, { ...base, ...input }).classes;
const has = (c: ReadonlyMap<string, string>, id: string, cls: string) =>
  (c.get(id) ?? '').split(' ').includes(cls);

describe('computeViewClasses', () => {
  it('gives no classes to a plain view', () => {
    const r = computeViewClasses(g, base);
    expect(r.classes.size).toBe(0);
    expect(r.litNodes).toBe(0);
  });

  it('hides a kind and every edge touching it', () => {
    const c = classesOf({ hidden: ['action'] });
    expect(c.get('action:8-i')).toBe('hidden');
    expect(c.get('action:8-i->under->area:cybercrime')).toBe('hidden');
    expect(c.get('project:p->advances->action:8-i')).toBe('hidden');
    expect(c.has('area:cybercrime')).toBe(false);
  });

  it('lights the focus and its direct neighbours, fades the rest, labels its edges', () => {
    const r = computeViewClasses(g, { ...base, node: 'area:cybercrime' });
    const c = r.classes;
    expect(c.get('area:cybercrime')).toBe('focus');
    expect(c.get('declaration:d')).toBe('near');
    expect(c.get('action:8-i')).toBe('near');
    expect(c.get('forum:ajcc')).toBe('faded');
    expect(r.litNodes).toBe(3);
    expect(has(c, 'action:8-i->under->area:cybercrime', 'focus-edge')).toBe(true);
    expect(c.get('action:8-i->through->forum:ajcc')).toBe('faded');
  });

  it('reaches two hops when asked, with the edges between', () => {
    const r = computeViewClasses(g, { ...base, node: 'area:cybercrime', hops: 2 });
    expect(r.litNodes).toBe(5); // + forum:ajcc and project:p
    expect(r.classes.get('forum:ajcc')).toBe('near');
    expect(r.classes.get('action:8-i->through->forum:ajcc')).toBe('near');
    expect(r.classes.get('event:ajcc-1')).toBe('faded');
  });

  it('does not walk through hidden kinds', () => {
    const r = computeViewClasses(g, {
      ...base,
      node: 'area:cybercrime',
      hops: 2,
      hidden: ['action'],
    });
    expect(r.classes.get('forum:ajcc')).toBe('faded');
    expect(r.litNodes).toBe(2);
  });

  it('ignores a focus on a hidden or unknown node', () => {
    expect(computeViewClasses(g, { ...base, node: 'area:nowhere' }).litNodes).toBe(0);
    expect(
      computeViewClasses(g, { ...base, node: 'area:cybercrime', hidden: ['area'] }).litNodes,
    ).toBe(0);
  });

  it('lights a panel highlight and fades everything else', () => {
    const c = classesOf({
      highlight: {
        nodes: new Set(['forum:ajcc']),
        edges: new Set(['event:ajcc-1->meeting_of->forum:ajcc']),
      },
    });
    expect(c.get('forum:ajcc')).toBe('lit');
    expect(c.get('event:ajcc-1->meeting_of->forum:ajcc')).toBe('lit');
    expect(c.get('event:ajcc-1')).toBe('faded');
  });

  it('shows only the nodes of a document filter', () => {
    const c = classesOf({ onlyNodes: new Set(['area:cybercrime', 'declaration:d']) });
    expect(c.get('forum:ajcc')).toBe('hidden');
    expect(c.get('action:8-i->under->area:cybercrime')).toBe('hidden');
    expect(c.has('declaration:d->addresses->area:cybercrime')).toBe(false);
  });

  it('colours nodes by the document comparison', () => {
    const c = classesOf({
      compare: new Map([
        ['area:cybercrime', 'both'],
        ['declaration:d', 'first'],
      ]),
    });
    expect(c.get('area:cybercrime')).toBe('cmp-both');
    expect(c.get('declaration:d')).toBe('cmp-first');
    expect(c.get('forum:ajcc')).toBe('cmp-none');
  });

  it('fades what did not exist in the period, and its links, but keeps the focus', () => {
    const gone = new Set(['event:ajcc-1', 'forum:ajcc']);
    const plain = classesOf({ outOfPeriod: gone });
    expect(plain.get('event:ajcc-1')).toBe('faded out-of-period');
    expect(plain.get('event:ajcc-1->meeting_of->forum:ajcc')).toBe('faded out-of-period');
    expect(plain.get('action:8-i->through->forum:ajcc')).toBe('faded out-of-period');
    expect(plain.has('area:cybercrime')).toBe(false);

    const r = computeViewClasses(g, { ...base, node: 'forum:ajcc', outOfPeriod: gone });
    expect(r.classes.get('forum:ajcc')).toBe('focus');
    expect(r.classes.get('event:ajcc-1')).toBe('faded out-of-period');
    expect(has(r.classes, 'action:8-i', 'near')).toBe(true);
    expect(r.litNodes).toBe(2);
    expect(classesOf({ hidden: ['event'], outOfPeriod: gone }).get('event:ajcc-1')).toBe('hidden');
  });
});

describe('changedIds', () => {
  it('lists only elements whose classes changed, appeared or went', () => {
    const before = new Map([
      ['a', 'focus'],
      ['b', 'near'],
      ['c', 'faded'],
    ]);
    const after = new Map([
      ['a', 'focus'],
      ['b', 'faded'],
      ['d', 'near'],
    ]);
    expect(changedIds(before, after).sort()).toEqual(['b', 'c', 'd']);
  });
});
