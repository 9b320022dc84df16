// Every row of the URL parameter table, driven by its samples: a good value comes back from the
// address as it went in, a bad one gives one notice naming the parameter and leaves the default.
// A row without samples fails. (url.test.ts has the parameters that depend on others.)
import { describe, expect, it } from 'vitest';
import { decodeViewState, encodeViewState, type UrlContext } from '../../src/state/url';
import { URL_PARAMS } from '../../src/state/urlParams';
import {
  DEFAULT_VIEW_STATE,
  LAYOUTS,
  MATRIX_COLUMNS,
  PANELS,
  type ViewState,
} from '../../src/state/viewState';
import { NODE_KINDS, type NodeKind } from '../../src/model/vocabulary';
import { THEMES } from '../../src/model/theme';

const KINDS: Record<string, NodeKind> = {
  'area:cybercrime': 'area',
  'area:sea-piracy': 'area',
  'forum:ajcc-dialogue': 'forum',
  'project:cyber-capacity': 'project',
  'organization:unodc': 'organization',
};
const SECTIONS: Record<string, string[]> = {
  'joint-declaration-2014': ['preamble', '8.1(ii)'],
  'jaif-factsheet-2022': ['overview'],
};
const ctx: UrlContext = {
  nodeKind: (k) => (Object.hasOwn(KINDS, k) ? (KINDS[k] ?? null) : null),
  hasDoc: (d) => Object.hasOwn(SECTIONS, d),
  hasPassage: (d, section) => SECTIONS[d]?.includes(section) ?? false,
  years: [2001, 2027],
  dataset: 'gephi-1x2y3z',
};

const DECL = 'joint-declaration-2014';
const JAIF = 'jaif-factsheet-2022';

/** A raw value the row ignores, the reason its notice gives, and the parameters it goes with. */
interface Bad {
  raw: string;
  why: string;
  with?: string;
}
interface Samples {
  /** States that differ from the defaults in the row's field (and in what it depends on). */
  good: Partial<ViewState>[];
  /** Raw values ignored; or, when the row takes anything, why there are none. */
  bad: Bad[] | { none: string };
}

const others = <T extends string>(values: readonly T[], but: T) => values.filter((v) => v !== but);
const badKind = (raw: string): Bad => ({
  raw,
  why: `expected one of ${NODE_KINDS.join(', ')}`,
});
const unknownNode = (...raws: string[]): Bad[] => raws.map((raw) => ({ raw, why: 'no such node' }));
const notFlag = ['yes', 'true', '', '2'].map((raw) => ({ raw, why: 'expected 1 or 0' }));
const badStep = (raw: string): Bad => ({
  raw,
  why: 'expected a step number from 1',
  with: 'story=cybercrime',
});
const badCompare = (raw: string): Bad => ({
  raw,
  why: 'expected two different document ids separated by a comma',
});
const notCell = (raw: string, matrix = 'forum'): Bad => ({
  raw,
  why: `not a cell of the crime areas × ${matrix} matrix`,
  ...(matrix === 'forum' ? {} : { with: `matrix=${matrix}` }),
});

const SAMPLES: Record<string, Samples> = {
  dataset: {
    good: [{ dataset: 'gephi-1x2y3z' }],
    bad: ['colleague-123', 'embedded'].map((raw) => ({
      raw,
      why: 'this browser has no such dataset',
    })),
  },
  node: { good: [{ node: 'area:cybercrime' }], bad: unknownNode('area:atlantis', 'toString') },
  hops: {
    good: [{ hops: 2 }],
    bad: ['3', 'seven', '', '01'].map((raw) => ({ raw, why: 'expected 1 or 2' })),
  },
  hide: {
    good: [{ hidden: ['area'] }, { hidden: ['action', 'country'] }],
    bad: [badKind('bogus'), badKind('Area'), badKind(' area')],
  },
  layout: {
    good: others(LAYOUTS, DEFAULT_VIEW_STATE.layout).map((layout) => ({ layout })),
    bad: ['spiral', '', 'GRID'].map((raw) => ({
      raw,
      why: `expected one of ${LAYOUTS.join(', ')}`,
    })),
  },
  panel: {
    good: others(PANELS, DEFAULT_VIEW_STATE.panel).map((panel) => ({ panel })),
    bad: ['settings', ''].map((raw) => ({ raw, why: `expected one of ${PANELS.join(', ')}` })),
  },
  cov: { good: [{ coverage: 'area:sea-piracy' }], bad: unknownNode('area:nope') },
  matrix: {
    good: others(MATRIX_COLUMNS, DEFAULT_VIEW_STATE.matrix).map((matrix) => ({ matrix })),
    bad: ['country', 'forums', ''].map((raw) => ({
      raw,
      why: `expected one of ${MATRIX_COLUMNS.join(', ')}`,
    })),
  },
  cell: {
    good: [
      { cell: ['area:cybercrime', 'forum:ajcc-dialogue'] },
      { matrix: 'project', cell: ['area:sea-piracy', 'project:cyber-capacity'] },
      { matrix: 'organization', cell: ['area:cybercrime', 'organization:unodc'] },
    ],
    bad: [
      ...['area:cybercrime', 'area:cybercrime|', '|forum:ajcc-dialogue', 'a|b|c'].map((raw) => ({
        raw,
        why: 'expected two node keys separated by |',
      })),
      notCell('area:nope|forum:ajcc-dialogue'),
      notCell('area:cybercrime|project:cyber-capacity'),
      notCell('area:cybercrime|forum:ajcc-dialogue', 'project'),
      notCell('forum:ajcc-dialogue|area:cybercrime', 'organization'),
    ],
  },
  from: { good: [{ from: 'area:cybercrime' }], bad: unknownNode('area:nope') },
  to: { good: [{ to: 'forum:ajcc-dialogue' }], bad: unknownNode('forum:nope') },
  story: {
    good: [{ story: 'cybercrime' }],
    bad: { none: 'any story id is taken; the stories layer says when there is no such story' },
  },
  step: {
    good: [{ story: 'cybercrime', step: 2 }],
    bad: [
      ...['0', '-1', '1.5', 'two', ''].map(badStep),
      { raw: '3', why: 'needs a story' },
      { raw: '3', why: 'needs a story', with: 'story=' },
    ],
  },
  present: { good: [{ present: true }], bad: notFlag },
  theme: {
    good: THEMES.map((theme) => ({ theme })),
    bad: ['blue', 'Dark', 'auto', 'high-contrast'].map((raw) => ({
      raw,
      why: `expected one of ${THEMES.join(', ')}`,
    })),
  },
  doc: {
    good: [{ doc: DECL }],
    bad: ['nope', 'constructor'].map((raw) => ({ raw, why: 'no such document' })),
  },
  passage: {
    good: [{ doc: DECL, passage: '8.1(ii)' }],
    bad: [
      { raw: 'preamble', why: 'needs a doc' },
      { raw: 'overview', why: `no such section in ${DECL}`, with: `doc=${DECL}` },
    ],
  },
  only: {
    good: [{ only: JAIF }],
    bad: ['nope', 'toString'].map((raw) => ({ raw, why: 'no such document' })),
  },
  compare: {
    good: [{ compare: [DECL, JAIF] }, { compare: [JAIF, DECL] }],
    bad: [DECL, `${DECL},${DECL}`, `${DECL},`, `${DECL},nope`, `${DECL},${JAIF},${DECL}`].map(
      badCompare,
    ),
  },
  stated: { good: [{ stated: true }], bad: notFlag },
  embed: { good: [{ embed: true }], bad: notFlag },
  period: {
    good: [{ period: [2004, 2010] }, { period: [2010, 2010] }, { period: [2001, 2027] }],
    bad: [
      ...['2004-', '-2010', '04-10', '2004–2010', 'twenty', '2004-2010-2012', ' 2004'].map(
        (raw) => ({ raw, why: 'expected a year or two years joined by a hyphen (2004-2010)' }),
      ),
      { raw: '2010-2004', why: 'expected the first year not after the second' },
      { raw: '1999-2004', why: 'expected years from 2001 to 2027' },
      { raw: '2030', why: 'expected years from 2001 to 2027' },
    ],
  },
};

describe('the URL parameter table', () => {
  it('has one row per view-state field, each name once', () => {
    expect(URL_PARAMS.map((row) => row.field).sort()).toEqual(
      Object.keys(DEFAULT_VIEW_STATE).sort(),
    );
    const names = URL_PARAMS.map((row) => row.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('has good and bad samples for every row, and none for a parameter it does not have', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(URL_PARAMS.map((row) => row.name).sort());
    for (const samples of Object.values(SAMPLES)) {
      expect(samples.good.length).toBeGreaterThan(0);
      if (Array.isArray(samples.bad)) expect(samples.bad.length).toBeGreaterThan(0);
      else expect(samples.bad.none).not.toBe('');
    }
  });

  it('leaves every default out of the address', () => {
    for (const row of URL_PARAMS) {
      expect(row.default, row.name).toEqual(DEFAULT_VIEW_STATE[row.field]);
      expect(row.encodeFrom(DEFAULT_VIEW_STATE), row.name).toBeNull();
    }
  });

  it('writes the parameters in table order', () => {
    const all = Object.values(SAMPLES).reduce<ViewState>(
      (state, { good }) => ({ ...state, ...good[0] }),
      DEFAULT_VIEW_STATE,
    );
    const written = [...new URLSearchParams(encodeViewState(all)).keys()];
    expect(written).toEqual(URL_PARAMS.map((row) => row.name));
  });
});

describe.each(URL_PARAMS.map((row) => [row.name, row] as const))(
  'the parameter %s',
  (name, row) => {
    const samples = SAMPLES[name] ?? { good: [], bad: [] };

    it.each(samples.good.map((patch) => [JSON.stringify(patch), patch] as const))(
      'round-trips %s',
      (_, patch) => {
        const state: ViewState = { ...DEFAULT_VIEW_STATE, ...patch };
        expect(state[row.field]).not.toEqual(row.default);
        const address = encodeViewState(state);
        expect(new URLSearchParams(address).has(name), address).toBe(true);
        expect(decodeViewState(address, ctx)).toEqual({ state, notices: [] });
      },
    );

    const bad = Array.isArray(samples.bad) ? samples.bad : [];
    it.each(bad.map((b) => [JSON.stringify(b.raw), b] as const))(
      'ignores %s with one notice, keeping the default',
      (_, { raw, why, with: given }) => {
        const query = new URLSearchParams(given);
        query.append(name, raw);
        const { state, notices } = decodeViewState(`?${query}`, ctx);
        expect(notices).toEqual([`Ignored ${name}=${JSON.stringify(raw)}: ${why}.`]);
        expect(state[row.field]).toEqual(row.default);
      },
    );
  },
);
