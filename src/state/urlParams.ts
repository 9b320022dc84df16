/**
 * The URL parameters, one row each: the query name, the view-state field, how a raw value is
 * parsed (or why it is ignored) and how the field is written. The codec (url.ts) decodes the rows
 * in this order, each seeing the fields above it decoded, and writes them in this order too.
 * Adding a parameter is adding a row here (and its line in the README's table).
 */
import { NODE_KINDS, type NodeKind } from '../model/vocabulary';
import { THEMES, type ThemeName } from '../model/theme';
import {
  accept,
  asIs,
  docId,
  flag,
  isOneOf,
  nodeKey,
  on,
  oneOf,
  param,
  reject,
  unlessDefault,
  type AnyUrlParam,
  type Ignored,
  type Parsed,
  type UrlContext,
} from './urlParam';
import { LAYOUTS, MATRIX_COLUMNS, PANELS, type ViewState } from './viewState';

/** A comma list of kinds: each unknown one is ignored on its own, the others kept, once each. */
function kinds(raw: string): Parsed<NodeKind[]> {
  const kept: NodeKind[] = [];
  const ignored: Ignored[] = [];
  if (raw === '') return accept(kept);
  for (const k of raw.split(',')) {
    if (!isOneOf(NODE_KINDS, k))
      ignored.push({ value: k, why: `expected one of ${NODE_KINDS.join(', ')}` });
    else if (!kept.includes(k)) kept.push(k);
  }
  return accept(kept, ignored);
}

/** A year (`2010`) or two years from–to (`2004-2010`), within the data's years. */
function period(raw: string, ctx: UrlContext): Parsed<[number, number] | null> {
  if (raw === '') return accept(null);
  const m = /^(\d{4})(?:-(\d{4}))?$/.exec(raw);
  if (!m) return reject('expected a year or two years joined by a hyphen (2004-2010)');
  const from = Number(m[1]);
  const to = Number(m[2] ?? m[1]);
  if (from > to) return reject('expected the first year not after the second');
  const years = ctx.years;
  if (years && (from < years[0] || to > years[1]))
    return reject(`expected years from ${years[0]} to ${years[1]}`);
  return accept([from, to]);
}

export const URL_PARAMS: readonly AnyUrlParam[] = [
  param({
    name: 'dataset',
    field: 'dataset',
    description:
      'the opened dataset shown, by id (kept in this browser); left out, the built-in dataset',
    // The page resolves the dataset before the view is read: only the one shown is kept.
    parse: (raw, ctx) =>
      raw === ''
        ? accept<string | null>(null)
        : raw === ctx.dataset
          ? accept(raw)
          : reject('this browser has no such dataset'),
    format: asIs,
  }),
  param({
    name: 'node',
    field: 'node',
    description: 'the focused node, by key (`area:cybercrime`)',
    parse: nodeKey,
    format: asIs,
  }),
  param({
    name: 'hops',
    field: 'hops',
    description: "how far the focused node's neighbourhood reaches: `1` (the default) or `2` hops",
    parse: (raw) =>
      raw === '1' || raw === '2'
        ? accept<ViewState['hops']>(raw === '1' ? 1 : 2)
        : reject('expected 1 or 2'),
    format: unlessDefault('hops'),
  }),
  param({
    name: 'hide',
    field: 'hidden',
    description: 'the kinds the legend hides, comma-separated (`action,country`)',
    parse: kinds,
    format: (hidden) => (hidden.length ? [...new Set(hidden)].sort().join(',') : null),
  }),
  param({
    name: 'layout',
    field: 'layout',
    description:
      "the graph's layout: `fcose` (force, the default), `hierarchy`, `concentric` or `grid`",
    parse: oneOf(LAYOUTS),
    format: unlessDefault('layout'),
  }),
  param({
    name: 'panel',
    field: 'panel',
    description:
      'the panel: `details` (default), `coverage`, `matrix`, `path`, `table`, `stories`, `sources` or `quality`',
    parse: oneOf(PANELS),
    format: unlessDefault('panel'),
  }),
  param({
    name: 'cov',
    field: 'coverage',
    description: 'the crime area or forum whose coverage the Coverage panel shows',
    parse: nodeKey,
    format: asIs,
  }),
  param({
    name: 'matrix',
    field: 'matrix',
    description:
      'what the matrix has in columns: `forum` (the default), `project` or `organization`',
    parse: oneOf(MATRIX_COLUMNS),
    format: unlessDefault('matrix'),
  }),
  param({
    name: 'cell',
    field: 'cell',
    description:
      'the matrix cell whose paths are lit: its crime area and its column, joined by a vertical bar',
    parse: (raw, ctx, { matrix }) => {
      if (raw === '') return accept(null);
      const [row, col, ...rest] = raw.split('|');
      if (!row || !col || rest.length > 0) return reject('expected two node keys separated by |');
      if (ctx.nodeKind(row) !== 'area' || ctx.nodeKind(col) !== matrix)
        return reject(`not a cell of the crime areas × ${matrix} matrix`);
      return accept([row, col]);
    },
    format: (cell) => cell?.join('|') ?? null,
  }),
  param({
    name: 'from',
    field: 'from',
    description: 'the node the path finder starts from',
    parse: nodeKey,
    format: asIs,
  }),
  param({
    name: 'to',
    field: 'to',
    description: 'the node the path finder goes to',
    parse: nodeKey,
    format: asIs,
  }),
  param({
    name: 'story',
    field: 'story',
    description: 'the story played, by id',
    // Any id is taken here: the stories layer checks it (user stories live in the browser).
    parse: (raw) => accept(raw || null),
    format: asIs,
  }),
  param({
    name: 'step',
    field: 'step',
    description: 'the step of the story shown, from 1; written with `story`, ignored without it',
    parse: (raw, _ctx, { story }) => {
      if (!story) return reject('needs a story');
      const n = Number(raw);
      return Number.isInteger(n) && n >= 1
        ? accept(n - 1)
        : reject('expected a step number from 1');
    },
    format: (step, { story }) => (story ? String(step + 1) : null),
  }),
  param({
    name: 'present',
    field: 'present',
    description: '`1`: presenter mode, full screen with the chrome hidden',
    parse: flag,
    format: on,
  }),
  param({
    name: 'theme',
    field: 'theme',
    description: 'the theme: `light`, `dark` or `contrast` (high contrast); left out, the default',
    parse: (raw) => (raw === '' ? accept<ThemeName | null>(null) : oneOf(THEMES)(raw)),
    format: asIs,
  }),
  param({
    name: 'doc',
    field: 'doc',
    description: 'the document the Sources pane shows, by id (`joint-declaration-2014`)',
    parse: docId,
    format: asIs,
  }),
  param({
    name: 'passage',
    field: 'passage',
    description: 'the section of that document shown (`8.1(ii)`); only with `doc`',
    parse: (raw, ctx, { doc }) => {
      if (raw === '') return accept(null);
      if (!doc) return reject('needs a doc');
      return ctx.hasPassage(doc, raw) ? accept(raw) : reject(`no such section in ${doc}`);
    },
    format: asIs,
  }),
  param({
    name: 'only',
    field: 'only',
    description: 'the document whose statements alone the graph shows, by id',
    parse: docId,
    format: asIs,
  }),
  param({
    name: 'compare',
    field: 'compare',
    description: 'two different documents to compare, by id, comma-separated',
    parse: (raw, ctx) => {
      if (raw === '') return accept(null);
      const [a, b, ...rest] = raw.split(',');
      return a && b && rest.length === 0 && a !== b && ctx.hasDoc(a) && ctx.hasDoc(b)
        ? accept([a, b])
        : reject('expected two different document ids separated by a comma');
    },
    format: (compare) => compare?.join(',') ?? null,
  }),
  param({
    name: 'stated',
    field: 'stated',
    description: '`1`: stated facts only, the inferred nodes and links hidden',
    parse: flag,
    format: on,
  }),
  param({
    name: 'embed',
    field: 'embed',
    description:
      '`1`: the read-only embed for an iframe: the graph, its legend, search and Details, nothing to edit',
    parse: flag,
    format: on,
  }),
  param({
    name: 'period',
    field: 'period',
    description:
      'the years the graph shows, both included: `2004-2010`, or one year (`2010`); what did not exist then fades',
    parse: period,
    format: (p) => (p === null ? null : p[0] === p[1] ? String(p[0]) : `${p[0]}-${p[1]}`),
  }),
];
