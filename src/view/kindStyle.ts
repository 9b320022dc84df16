/**
 * How each kind of node looks: colour, Cytoscape shape, size, label room and the legend's words
 * and glyph. One table, so the graph, its legend and the picture export draw the same thing.
 * Colours follow the Okabe–Ito palette (safe for common colour-vision deficiencies) and every
 * kind also has its own shape, so kinds stay apart in black and white.
 */
import { KIND_NAMES } from '../model/kindNames';
import type { NodeKind } from '../model/schema';

/** The Cytoscape node shapes used (a subset of Cytoscape's names). */
export type KindShape =
  | 'round-rectangle'
  | 'hexagon'
  | 'round-triangle'
  | 'ellipse'
  | 'diamond'
  | 'rectangle'
  | 'star'
  | 'octagon';

export interface KindStyle {
  /** Fill colour of the node (hex). */
  color: string;
  shape: KindShape;
  /** Node diameter in model pixels. */
  size: number;
  /** Label font size in model pixels the overall layouts make room for. */
  fontSize: number;
  /** Bold labels, for the few hub kinds (declarations, areas). */
  labelBold: boolean;
  /** Legend label: the kind's plural name (KIND_NAMES, model/kindNames.ts). */
  legend: string;
  /** The shape as an SVG path in a 16×16 box, for HTML/SVG legends. */
  glyph: string;
}

export const KIND_STYLE: Readonly<Record<NodeKind, KindStyle>> = {
  declaration: {
    color: '#0072B2',
    shape: 'round-rectangle',
    size: 34,
    fontSize: 15,
    labelBold: true,
    legend: KIND_NAMES.declaration.many,
    glyph: 'M3 2h10a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2z',
  },
  area: {
    color: '#D55E00',
    shape: 'hexagon',
    size: 40,
    fontSize: 22,
    labelBold: true,
    legend: KIND_NAMES.area.many,
    glyph: 'M4 1.5h8L16 8l-4 6.5H4L0 8z',
  },
  action: {
    color: '#E69F00',
    shape: 'round-triangle',
    size: 22,
    fontSize: 10,
    labelBold: false,
    legend: KIND_NAMES.action.many,
    glyph: 'M8 1.5l7 13H1z',
  },
  forum: {
    color: '#009E73',
    shape: 'ellipse',
    size: 30,
    fontSize: 14,
    labelBold: false,
    legend: KIND_NAMES.forum.many,
    glyph: 'M8 1a7 7 0 1 0 0 14A7 7 0 1 0 8 1z',
  },
  project: {
    color: '#CC79A7',
    shape: 'diamond',
    size: 26,
    fontSize: 11,
    labelBold: false,
    legend: KIND_NAMES.project.many,
    glyph: 'M8 0.5L15.5 8 8 15.5 0.5 8z',
  },
  organization: {
    color: '#56B4E9',
    shape: 'rectangle',
    size: 24,
    fontSize: 11,
    labelBold: false,
    legend: KIND_NAMES.organization.many,
    glyph: 'M2 2h12v12H2z',
  },
  event: {
    color: '#A08C00',
    shape: 'star',
    size: 22,
    fontSize: 10,
    labelBold: false,
    legend: KIND_NAMES.event.many,
    glyph: 'M8 0.8l2.1 4.6 5 .5-3.8 3.3 1.1 4.9L8 11.6l-4.4 2.5 1.1-4.9L.9 5.9l5-.5z',
  },
  country: {
    color: '#6B6B6B',
    shape: 'octagon',
    size: 22,
    fontSize: 11,
    labelBold: false,
    legend: KIND_NAMES.country.many,
    glyph: 'M5 1h6l4 4v6l-4 4H5l-4-4V5z',
  },
};

/** Words for the compare colouring (document comparison), shared by the graph and its legend. */
export const COMPARE_STYLE = {
  first: { color: '#0072B2', legend: 'Only in the first document' },
  second: { color: '#D55E00', legend: 'Only in the second document' },
  both: { color: '#7B3294', legend: 'In both documents' },
} as const;
