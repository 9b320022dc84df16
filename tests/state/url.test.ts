// The URL codec round-trips every field and turns bad parameters into notices, never exceptions;
// parameters that depend on others decode in table order, and notices come in a fixed order.
import { describe, expect, it } from 'vitest';
import { decodeViewState, encodeViewState, type UrlContext } from '../../src/state/url';
import { DEFAULT_VIEW_STATE, MATRIX_COLUMNS, type ViewState } from '../../src/state/viewState';
import { NODE_KINDS, type NodeKind } from '../../src/model/vocabulary';

const KINDS: Record<string, NodeKind> = {
  'area:cybercrime': 'area',
  'area:sea-piracy': 'area',
  'forum:ajcc-dialogue': 'forum',
  'project:cyber-capacity': 'project',
};
const SECTIONS: Record<string, string[]> = {
  'joint-declaration-2014': ['preamble', '8.1(ii)'],
  'jaif-factsheet-2022': ['overview'],
};

const DECL = 'joint-declaration-2014';

const ctx: UrlContext = {
  nodeKind: (k) => (Object.hasOwn(KINDS, k) ? (KINDS[k] ?? null) : null),
  hasDoc: (d) => Object.hasOwn(SECTIONS, d),
  hasPassage: (d, section) => SECTIONS[d]?.includes(section) ?? false,
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
      cell: ['area:cybercrime', 'project:cyber-capacity'],
      from: 'area:cybercrime',
      to: 'forum:ajcc-dialogue',
      story: 'cybercrime',
      step: 2,
      present: true,
      doc: 'joint-declaration-2014',
      passage: '8.1(ii)',
      only: 'jaif-factsheet-2022',
      compare: ['joint-declaration-2014', 'jaif-factsheet-2022'],
      stated: true,
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

  it('say that a passage the document does not have is ignored, keeping the document', () => {
    const { state, notices } = decodeViewState(
      '?panel=sources&doc=joint-declaration-2014&passage=99.9',
      ctx,
    );
    expect(state.doc).toBe('joint-declaration-2014');
    expect(state.passage).toBeNull();
    expect(notices).toEqual(['Ignored passage="99.9": no such section in joint-declaration-2014.']);
  });

  it('say that a cell outside the matrix is ignored', () => {
    // Both nodes exist, but a forum is not a column of the project matrix, nor a row.
    for (const query of [
      '?panel=matrix&matrix=project&cell=area:cybercrime|forum:ajcc-dialogue',
      '?panel=matrix&cell=forum:ajcc-dialogue|area:cybercrime',
      '?panel=matrix&cell=area:cybercrime|area:sea-piracy',
    ]) {
      const { state, notices } = decodeViewState(query, ctx);
      expect(state.cell).toBeNull();
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatch(
        /^Ignored cell=".+": not a cell of the crime areas × \w+ matrix\.$/,
      );
    }
    const ok = decodeViewState('?panel=matrix&cell=area:cybercrime|forum:ajcc-dialogue', ctx);
    expect(ok.state.cell).toEqual(['area:cybercrime', 'forum:ajcc-dialogue']);
    expect(ok.notices).toEqual([]);
  });
});

describe('parameters that depend on others', () => {
  it('decode in table order, whatever the order of the address', () => {
    const { state, notices } = decodeViewState(
      `?step=3&story=cybercrime&passage=preamble&doc=${DECL}` +
        '&cell=area:cybercrime|project:cyber-capacity&matrix=project',
      ctx,
    );
    expect(notices).toEqual([]);
    expect(state).toMatchObject({
      story: 'cybercrime',
      step: 2,
      doc: DECL,
      passage: 'preamble',
      matrix: 'project',
      cell: ['area:cybercrime', 'project:cyber-capacity'],
    });
  });

  it('say a passage needs a doc, also when the doc was ignored', () => {
    expect(decodeViewState('?passage=preamble', ctx).notices).toEqual([
      'Ignored passage="preamble": needs a doc.',
    ]);
    expect(decodeViewState('?doc=nope&passage=preamble', ctx)).toMatchObject({
      state: { doc: null, passage: null },
      notices: [
        'Ignored doc="nope": no such document.',
        'Ignored passage="preamble": needs a doc.',
      ],
    });
  });

  it('write the step only with a story, from 1, the first step too', () => {
    expect(encodeViewState({ ...DEFAULT_VIEW_STATE, step: 4 })).toBe('');
    expect(encodeViewState({ ...DEFAULT_VIEW_STATE, story: 'cybercrime' })).toBe(
      '?story=cybercrime&step=1',
    );
    expect(decodeViewState('?story=cybercrime', ctx).state.step).toBe(0);
  });

  it('check a cell against the matrix decoded, the default one when the matrix is ignored', () => {
    const { state, notices } = decodeViewState(
      '?matrix=country&cell=area:cybercrime|project:cyber-capacity',
      ctx,
    );
    expect(state.matrix).toBe('forum');
    expect(state.cell).toBeNull();
    expect(notices).toEqual([
      `Ignored matrix="country": expected one of ${MATRIX_COLUMNS.join(', ')}.`,
      'Ignored cell="area:cybercrime|project:cyber-capacity": not a cell of the crime areas × forum matrix.',
    ]);
  });

  it('compare two different documents only', () => {
    const { state, notices } = decodeViewState(`?compare=${DECL},${DECL}`, ctx);
    expect(state.compare).toBeNull();
    expect(notices).toEqual([
      `Ignored compare="${DECL},${DECL}": expected two different document ids separated by a comma.`,
    ]);
  });

  it('keep the known kinds of a hide list, once each, and say each unknown one', () => {
    const { state, notices } = decodeViewState('?hide=country,bogus,area,country,nope', ctx);
    expect(state.hidden).toEqual(['country', 'area']);
    const expected = `expected one of ${NODE_KINDS.join(', ')}`;
    expect(notices).toEqual([
      `Ignored hide="bogus": ${expected}.`,
      `Ignored hide="nope": ${expected}.`,
    ]);
    expect(decodeViewState('?hide=', ctx)).toEqual({ state: DEFAULT_VIEW_STATE, notices: [] });
  });

  it('write a hide list sorted, each kind once', () => {
    const state: ViewState = { ...DEFAULT_VIEW_STATE, hidden: ['country', 'area', 'country'] };
    expect(encodeViewState(state)).toBe('?hide=area%2Ccountry');
  });
});

describe('notices of a parameter given twice', () => {
  it('keep the first value, even a bad one, and say the others are ignored', () => {
    expect(decodeViewState('?hops=2&hops=seven&hops=1', ctx)).toMatchObject({
      state: { hops: 2 },
      notices: ['Ignored hops="seven, 1": given 3 times; the first is used.'],
    });
    expect(decodeViewState('?hops=seven&hops=2', ctx)).toMatchObject({
      state: { hops: 1 },
      notices: [
        'Ignored hops="2": given 2 times; the first is used.',
        'Ignored hops="seven": expected 1 or 2.',
      ],
    });
  });

  it('come first, then the unknown parameters, then the others in table order', () => {
    const { notices } = decodeViewState(
      '?stated=x&zzz=1&node=area:nope&node=area:cybercrime&hops=9&a=1&b=2&c=3&d=4',
      ctx,
    );
    expect(notices).toEqual([
      'Ignored node="area:cybercrime": given 2 times; the first is used.',
      'Ignored zzz="1": unknown parameter.',
      'Ignored a="1": unknown parameter.',
      'Ignored b="2": unknown parameter.',
      'Ignored 2 more unknown parameters.',
      'Ignored node="area:nope": no such node.',
      'Ignored hops="9": expected 1 or 2.',
      'Ignored stated="x": expected 1 or 0.',
    ]);
  });
});
