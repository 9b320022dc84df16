/**
 * The Cytoscape stylesheet: one block per kind (colour, shape, size) and one per view class
 * (hidden, focus, near, lit, faded, compare). Kept lean, with no data mappers, because style
 * resolution is most of Cytoscape's start-up cost. It draws no label: the label planner sets each
 * label's text, size and side (labelView.ts). Presenter mode is higher contrast. Each theme has
 * its own colours (canvasTheme.ts); the adapter builds the sheet again when the theme changes.
 */
import type { StylesheetJson } from 'cytoscape';
import { NODE_KINDS } from '../model/vocabulary';
import { GROUP_CLASS, GROUPED_CLASS } from './focusView';
import { REACHED_CLASS } from './reachedMark';
import { OVERVIEW_GROUPED_CLASS } from './overviewView';
import type { ThemeName } from '../model/theme';
import { CANVAS_PALETTES } from './canvasTheme';
import { COMPARE_STYLE, KIND_STYLE } from './kindStyle';
import { LABEL_FONT_STACK } from './labelFont';

export interface StyleOptions {
  /** Presenter mode: larger labels, high contrast. */
  present: boolean;
  /** The theme's colours (light when not given). */
  theme?: ThemeName;
}

/** The stylesheet for the given options. */
export function buildStylesheet({ present, theme = 'light' }: StyleOptions): StylesheetJson {
  const p = CANVAS_PALETTES[theme];
  const INK = p.ink;
  const EDGE = p.edge;
  const HIGHLIGHT_COLOR = p.lit;
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        // Every label's text, size and side come from the label planner (labelView.ts).
        label: '',
        'font-family': LABEL_FONT_STACK,
        color: INK,
        'text-wrap': 'wrap',
        // Labels arrive wrapped by the planner; a wide limit keeps Cytoscape from re-wrapping.
        'text-max-width': '10000px',
        'text-background-color': p.halo,
        'text-background-opacity': present ? 0.9 : 0.8,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 0,
        'border-width': 1,
        'border-color': p.nodeBorder,
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
        color: INK,
        'text-rotation': 'autorotate',
        'text-background-color': p.halo,
        'text-background-opacity': 0.9,
        'min-zoomed-font-size': 0,
        opacity: 0.75,
      },
    },
  ];
  for (const kind of NODE_KINDS) {
    const k = KIND_STYLE[kind];
    sheet.push({
      selector: `.k-${kind}`,
      style: { 'background-color': k.color, shape: k.shape, width: k.size, height: k.size },
    });
  }
  // Inferred, not stated by a quote: dashed.
  sheet.push(
    { selector: 'edge[?inferred]', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } },
    { selector: 'node[?inferred]', style: { 'border-style': 'dashed' } },
  );
  // Presenter mode before the view classes, so focus and highlight still win.
  if (present) {
    sheet.push(
      { selector: 'node', style: { color: p.presentInk, 'border-color': p.presentInk } },
      { selector: 'edge', style: { 'line-color': p.presentEdge, width: 1.8, opacity: 0.9 } },
    );
  }
  sheet.push(
    { selector: 'edge.hover, edge.focus-edge', style: { opacity: 1 } },
    { selector: 'node.hover', style: { 'border-width': 3, 'border-color': INK, 'z-index': 20 } },
    {
      selector: `.hidden, .${GROUPED_CLASS}, .${OVERVIEW_GROUPED_CLASS}`,
      style: { display: 'none' },
    },
    { selector: '.faded', style: { opacity: present ? 0.12 : 0.18 } },
    // Links to what lies outside a focus frame run off the canvas: kept faint.
    { selector: 'edge.faded', style: { opacity: 0.07 } },
    // What did not exist in the period shown (viewClasses): fainter than a fade.
    { selector: 'node.out-of-period', style: { opacity: present ? 0.08 : 0.1 } },
    { selector: 'node.hover.faded', style: { opacity: 0.6 } },
    {
      selector: 'node.near',
      style: { 'border-width': 2, 'border-color': INK, 'z-index': 5 },
    },
    { selector: 'edge.near', style: { 'line-color': INK, 'target-arrow-color': INK, width: 1.8 } },
    {
      selector: 'node.focus',
      style: { 'border-width': 4, 'border-color': INK, 'z-index': 10 },
    },
    // The neighbour the arrow keys reached (reachedMark.ts): a ring outside its border.
    {
      selector: `node.${REACHED_CLASS}`,
      style: {
        'outline-width': 3,
        'outline-color': INK,
        'outline-offset': 3,
        'outline-opacity': 1,
        opacity: 1,
        'z-index': 12,
      },
    },
    {
      selector: `edge.${REACHED_CLASS}`,
      style: { 'line-color': INK, 'target-arrow-color': INK, width: 3, opacity: 1 },
    },
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
  // A group row of the focus frame stands for several nodes: a double border says so.
  sheet.push({
    selector: `node.${GROUP_CLASS}`,
    style: { 'border-width': 5, 'border-style': 'double', 'border-color': INK },
  });
  for (const [which, c] of Object.entries(COMPARE_STYLE)) {
    sheet.push({ selector: `node.cmp-${which}`, style: { 'background-color': c.color } });
  }
  sheet.push({ selector: 'node.cmp-none', style: { 'background-color': p.compareNone } });
  return sheet;
}
