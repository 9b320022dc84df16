// The URL codec round-trips every field and turns bad parameters into notices, never exceptions.
import { describe, expect, it } from 'vitest';
import { decodeViewState, encodeViewState, type UrlContext } from '../../src/state/url';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/state/viewState';

const ctx: UrlContext = {
  hasNode: (k) => ['area:cybercrime', 'forum:ajcc-dialogue', 'area:sea-piracy'].includes(k),
  hasDoc: (d) => ['joint-declaration-2014', 'jaif-factsheet-2022'].includes(d),
};

describe('view state in the URL', () => {
  it('encodes the defaults as an empty query', () => {
    expect(encodeViewState(DEFAULT_VIEW_STATE)).toBe('');
  });

  it('round-trips a full state', () => {
    const state: ViewState = {
      ...DEFAULT_VIEW_STATE,
      node: 'area:cybercrime',
      hops: 2,
      hidden: ['country', 'action'],
      layout: 'grid',
      panel: 'matrix',
      coverage: 'area:sea-piracy',
      matrix: 'project',
      cell: ['area:cybercrime', 'forum:ajcc-dialogue'],
      from: 'area:cybercrime',
      to: 'forum:ajcc-dialogue',
      story: 'cybercrime',
      step: 2,
      present: true,
      doc: 'joint-declaration-2014',
      passage: '8.1(ii)',
      only: 'jaif-factsheet-2022',
      compare: ['joint-declaration-2014', 'jaif-factsheet-2022'],
    };
    const decoded = decodeViewState(encodeViewState(state), ctx);
    expect(decoded.notices).toEqual([]);
    expect(decoded.state).toEqual({ ...state, hidden: ['action', 'country'] });
  });

  it('ignores unknown keys and garbled values with one notice each', () => {
    const decoded = decodeViewState(
      '?node=area:nope&hops=7&hide=area,bogus&layout=spiral&zzz=1',
      ctx,
    );
    expect(decoded.state.node).toBeNull();
    expect(decoded.state.hops).toBe(1);
    expect(decoded.state.hidden).toEqual(['area']);
    expect(decoded.state.layout).toBe('fcose');
    expect(decoded.notices).toHaveLength(5);
    expect(decoded.notices.join(' ')).toContain('zzz');
  });
});

describe('notices of a bad link', () => {
  it('show a long value cut, with its length', () => {
    const key = '9'.repeat(3000);
    const { notices } = decodeViewState(`?node=${key}`, ctx);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.length).toBeLessThan(160);
    expect(notices[0]).toMatch(/^Ignored node="9+… \(3,002 characters\): no such node\.$/);
  });

  it('name a few unknown parameters and count the rest', () => {
    const many = Array.from({ length: 1000 }, (_, i) => `p${i}=x`).join('&');
    const { notices } = decodeViewState(`?${many}`, ctx);
    expect(notices).toHaveLength(4);
    expect(notices[3]).toBe('Ignored 997 more unknown parameters.');
    expect(notices.join(' ').length).toBeLessThan(300);
  });
});

describe('parameters that cannot count', () => {
  it('say that a step needs a story', () => {
    const { state, notices } = decodeViewState('?step=3', ctx);
    expect(state.step).toBe(0);
    expect(notices).toEqual(['Ignored step="3": needs a story.']);
  });

  it('say that a repeated parameter counts once, the first time', () => {
    const { state, notices } = decodeViewState('?node=area:cybercrime&node=area:sea-piracy', ctx);
    expect(state.node).toBe('area:cybercrime');
    expect(notices).toEqual(['Ignored node="area:sea-piracy": given 2 times; the first is used.']);
  });
});
