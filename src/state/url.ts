/**
 * Encoding of the view state in the URL query string, and its forgiving decoding: a parameter
 * that is unknown, garbled or names something that does not exist is dropped with a notice,
 * never an exception, so a bad link still opens the explorer.
 */
import { describeValue } from '../model/describeValue';
import { NODE_KINDS, type NodeKind } from '../model/vocabulary';
import {
  DEFAULT_VIEW_STATE,
  LAYOUTS,
  MATRIX_COLUMNS,
  PANELS,
  type LayoutName,
  type MatrixColumn,
  type PanelName,
  type ViewState,
} from './viewState';

/** What the decoder may check names against. */
export interface UrlContext {
  /** The kind of the node with this key, or null when there is none. */
  nodeKind(key: string): NodeKind | null;
  hasDoc(id: string): boolean;
  /** Whether the document (known to exist) has a section with this id. */
  hasPassage(doc: string, section: string): boolean;
  /** Story ids are checked later by the stories layer (user stories live in the browser). */
}

export interface DecodedUrl {
  state: ViewState;
  /** One human-readable line per parameter that was ignored. */
  notices: string[];
}

const KNOWN_PARAMS = new Set([
  'node',
  'hops',
  'hide',
  'layout',
  'panel',
  'cov',
  'matrix',
  'cell',
  'from',
  'to',
  'story',
  'step',
  'present',
  'doc',
  'passage',
  'only',
  'compare',
  'stated',
]);

function oneOf<T extends string>(values: readonly T[], raw: string): T | null {
  return (values as readonly string[]).includes(raw) ? (raw as T) : null;
}

/** Encodes only what differs from the defaults, in a stable order. */
export function encodeViewState(state: ViewState): string {
  const p = new URLSearchParams();
  const d = DEFAULT_VIEW_STATE;
  if (state.node) p.set('node', state.node);
  if (state.hops !== d.hops) p.set('hops', String(state.hops));
  if (state.hidden.length) p.set('hide', [...state.hidden].sort().join(','));
  if (state.layout !== d.layout) p.set('layout', state.layout);
  if (state.panel !== d.panel) p.set('panel', state.panel);
  if (state.coverage) p.set('cov', state.coverage);
  if (state.matrix !== d.matrix) p.set('matrix', state.matrix);
  if (state.cell) p.set('cell', state.cell.join('|'));
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  if (state.story) {
    p.set('story', state.story);
    p.set('step', String(state.step + 1));
  }
  if (state.present) p.set('present', '1');
  if (state.doc) p.set('doc', state.doc);
  if (state.passage) p.set('passage', state.passage);
  if (state.only) p.set('only', state.only);
  if (state.compare) p.set('compare', state.compare.join(','));
  if (state.stated) p.set('stated', '1');
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** At most this many unknown parameters are named in a notice; the rest are counted. */
const MAX_NAMED_UNKNOWN = 3;

/** Decodes a query string; never throws. */
export function decodeViewState(search: string, ctx: UrlContext): DecodedUrl {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const state: ViewState = { ...DEFAULT_VIEW_STATE, hidden: [] };
  const bad = (name: string, value: string, why: string) =>
    notices.push(
      `Ignored ${describeValue(name, 40).replace(/^"|"$/g, '')}=${describeValue(value)}: ${why}.`,
    );
  const nodeParam = (name: string): string | null => {
    const v = params.get(name);
    if (v === null || v === '') return null;
    if (ctx.nodeKind(v) === null) {
      bad(name, v, 'no such node');
      return null;
    }
    return v;
  };
  const docParam = (name: string, v: string | null): string | null => {
    if (v === null || v === '') return null;
    if (!ctx.hasDoc(v)) {
      bad(name, v, 'no such document');
      return null;
    }
    return v;
  };

  // A parameter given twice: the first counts, the others are said to be ignored.
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name);
    if (values.length > 1 && KNOWN_PARAMS.has(name))
      bad(name, values.slice(1).join(', '), `given ${values.length} times; the first is used`);
  }
  // Unknown parameters: the first few named, the rest counted (a link with a thousand of them
  // gives one line, not a thousand).
  const unknown = [...new Set(params.keys())].filter((name) => !KNOWN_PARAMS.has(name));
  for (const name of unknown.slice(0, MAX_NAMED_UNKNOWN))
    bad(name, params.get(name) ?? '', 'unknown parameter');
  if (unknown.length > MAX_NAMED_UNKNOWN)
    notices.push(`Ignored ${unknown.length - MAX_NAMED_UNKNOWN} more unknown parameters.`);

  state.node = nodeParam('node');
  const hops = params.get('hops');
  if (hops !== null) {
    if (hops === '1' || hops === '2') state.hops = hops === '1' ? 1 : 2;
    else bad('hops', hops, 'expected 1 or 2');
  }
  const hide = params.get('hide');
  if (hide) {
    for (const k of hide.split(',')) {
      const kind = oneOf<NodeKind>(NODE_KINDS, k);
      if (kind) {
        if (!state.hidden.includes(kind)) state.hidden.push(kind);
      } else bad('hide', k, `expected one of ${NODE_KINDS.join(', ')}`);
    }
  }
  const layout = params.get('layout');
  if (layout !== null) {
    const v = oneOf<LayoutName>(LAYOUTS, layout);
    if (v) state.layout = v;
    else bad('layout', layout, `expected one of ${LAYOUTS.join(', ')}`);
  }
  const panel = params.get('panel');
  if (panel !== null) {
    const v = oneOf<PanelName>(PANELS, panel);
    if (v) state.panel = v;
    else bad('panel', panel, `expected one of ${PANELS.join(', ')}`);
  }
  state.coverage = nodeParam('cov');
  const matrix = params.get('matrix');
  if (matrix !== null) {
    const v = oneOf<MatrixColumn>(MATRIX_COLUMNS, matrix);
    if (v) state.matrix = v;
    else bad('matrix', matrix, `expected one of ${MATRIX_COLUMNS.join(', ')}`);
  }
  const cell = params.get('cell');
  if (cell) {
    const [row, col, ...rest] = cell.split('|');
    if (!row || !col || rest.length > 0) bad('cell', cell, 'expected two node keys separated by |');
    else if (ctx.nodeKind(row) !== 'area' || ctx.nodeKind(col) !== state.matrix)
      bad('cell', cell, `not a cell of the crime areas × ${state.matrix} matrix`);
    else state.cell = [row, col];
  }
  state.from = nodeParam('from');
  state.to = nodeParam('to');
  const story = params.get('story');
  if (story) {
    state.story = story;
    const step = params.get('step');
    if (step !== null) {
      const n = Number(step);
      if (Number.isInteger(n) && n >= 1) state.step = n - 1;
      else bad('step', step, 'expected a step number from 1');
    }
  } else {
    const step = params.get('step');
    if (step !== null) bad('step', step, 'needs a story');
  }
  const present = params.get('present');
  if (present !== null) {
    if (present === '1' || present === '0') state.present = present === '1';
    else bad('present', present, 'expected 1 or 0');
  }
  state.doc = docParam('doc', params.get('doc'));
  const passage = params.get('passage');
  if (passage) {
    if (!state.doc) bad('passage', passage, 'needs a doc');
    else if (!ctx.hasPassage(state.doc, passage))
      bad('passage', passage, `no such section in ${state.doc}`);
    else state.passage = passage;
  }
  state.only = docParam('only', params.get('only'));
  const compare = params.get('compare');
  if (compare) {
    const [a, b, ...rest] = compare.split(',');
    if (a && b && rest.length === 0 && a !== b && ctx.hasDoc(a) && ctx.hasDoc(b)) {
      state.compare = [a, b];
    } else bad('compare', compare, 'expected two different document ids separated by a comma');
  }
  const stated = params.get('stated');
  if (stated !== null) {
    if (stated === '1' || stated === '0') state.stated = stated === '1';
    else bad('stated', stated, 'expected 1 or 0');
  }
  return { state, notices };
}
