/**
 * The Cytoscape stylesheet: one block per kind (colour, shape, size, label size) and one per
 * view class (hidden, focus, near, lit, faded, compare). Kept lean, with no data mappers, because
 * style resolution is most of Cytoscape's start-up cost. Presenter mode swaps in larger,
 * higher-contrast labels.
 */
import type { StylesheetJson } from 'cytoscape';
import { NODE_KINDS } from '../model/vocabulary';
import { edgeLabelFontSize } from './edgeLabels';
import { EDGE_LABEL_CLASS } from './focusEdgeLabels';
import { SHORT_LABEL_CLASS } from './focusLabel';
import { COMPARE_STYLE, HIGHLIGHT_COLOR, KIND_STYLE } from './kindStyle';
import { LABEL_FONT_STACK } from './labelFont';
import { nodeFontSize } from './labelGeometry';

export interface StyleOptions {
  /** Presenter mode: larger labels, high contrast. */
  present: boolean;
}

const INK = '#1b2330';
const EDGE = '#9aa5b4';

/** The stylesheet for the given options. */
export function buildStylesheet({ present }: StyleOptions): StylesheetJson {
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': LABEL_FONT_STACK,
        color: INK,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'wrap',
        // Labels arrive wrapped (elements.ts); a wide limit keeps Cytoscape from re-measuring words.
        'text-max-width': '1000px',
        'text-background-color': '#ffffff',
        'text-background-opacity': present ? 0.9 : 0.7,
        'text-background-padding': '1px',
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    {
      selector: 'edge',
      style: {
        width: 1.2,
        'line-color': EDGE,
        'target-arrow-color': EDGE,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.7,
        'curve-style': 'straight',
        'font-family': LABEL_FONT_STACK,
        opacity: 0.75,
      },
    },
  ];
  for (const kind of NODE_KINDS) {
    const k = KIND_STYLE[kind];
    sheet.push({
      selector: `.k-${kind}`,
      style: {
        'background-color': k.color,
        shape: k.shape,
        width: k.size,
        height: k.size,
        'font-size': nodeFontSize(kind, present),
        // The same threshold in presenter mode: a projected overview keeps only readable labels.
        'min-zoomed-font-size': k.minZoomedFontSize,
        'font-weight': k.labelBold ? 'bold' : 'normal',
      },
    });
  }
  // Presenter mode before the view classes, so focus and highlight still win.
  if (present) {
    sheet.push(
      { selector: 'node', style: { color: '#000000', 'border-color': '#000000' } },
      { selector: 'edge', style: { 'line-color': '#5a6472', width: 1.8, opacity: 0.9 } },
    );
  }
  sheet.push(
    { selector: 'edge.hover, edge.focus-edge', style: { opacity: 1 } },
    // Relations appear on hover and on the focused node's edges where they fit (focusEdgeLabels.ts).
    // (Label properties live here, not on every edge: fewer properties to resolve at start-up.)
    {
      selector: `edge.hover, edge.focus-edge.${EDGE_LABEL_CLASS}`,
      style: {
        label: 'data(relation)',
        'font-size': edgeLabelFontSize(present),
        color: INK,
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        // As for the focus's neighbours (node.near): the faded rest leaves room for small type.
        'min-zoomed-font-size': 7,
      },
    },
    {
      selector: 'node.hover',
      style: { label: 'data(full)', 'text-max-width': '200px', 'z-index': 20 },
    },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: present ? 0.12 : 0.18, label: '' } },
    {
      selector: 'node.near',
      // The rest is faded and unlabelled, so the neighbours' labels can show a little earlier.
      style: { 'border-width': 2, 'border-color': INK, 'z-index': 5, 'min-zoomed-font-size': 7 },
    },
    { selector: 'edge.near', style: { 'line-color': INK, 'target-arrow-color': INK, width: 1.8 } },
    {
      selector: 'node.focus',
      style: {
        label: 'data(full)',
        'text-max-width': '200px',
        'border-width': 4,
        'border-color': INK,
        'z-index': 10,
        'font-weight': 'bold',
        'min-zoomed-font-size': 0,
      },
    },
    // Where the full name would cover a neighbour, the short label the layout made room for.
    ...NODE_KINDS.map((kind) => {
      const weight: 'bold' | 'normal' = KIND_STYLE[kind].labelBold ? 'bold' : 'normal';
      return {
        selector: `node.k-${kind}.focus.${SHORT_LABEL_CLASS}`,
        style: { label: 'data(label)', 'text-max-width': '1000px', 'font-weight': weight },
      };
    }),
    {
      selector: 'node.lit',
      style: { 'border-width': 4, 'border-color': HIGHLIGHT_COLOR, 'z-index': 8 },
    },
    {
      selector: 'edge.lit',
      style: {
        'line-color': HIGHLIGHT_COLOR,
        'target-arrow-color': HIGHLIGHT_COLOR,
        width: 3.5,
        opacity: 1,
        'z-index': 8,
      },
    },
  );
  for (const [which, c] of Object.entries(COMPARE_STYLE)) {
    sheet.push({ selector: `node.cmp-${which}`, style: { 'background-color': c.color } });
  }
  sheet.push({ selector: 'node.cmp-none', style: { 'background-color': '#d5dae1' } });
  return sheet;
}
