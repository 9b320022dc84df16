/**
 * The canvas colours of each theme (model/theme.ts): background, label ink and halo, links, the
 * lit paths and the borders. Lit paths and the focus border keep 3:1 or more against the
 * background (tests/view/canvasTheme.test.ts measures it); kind fills stay the Okabe–Ito ones.
 */
import type { ThemeName } from '../model/theme';

export interface CanvasPalette {
  /** What the canvas is drawn on (the graph view's background, and exported pictures'). */
  background: string;
  /** Label text and the focus / neighbourhood borders. */
  ink: string;
  /** The box behind every label. */
  halo: string;
  /** Links at rest. */
  edge: string;
  /** Lit nodes' borders and lit links (answers, passages, story steps). */
  lit: string;
  /** The thin border around every node. */
  nodeBorder: string;
  /** Nodes neither document states, when two are compared. */
  compareNone: string;
  /** Presenter mode: label ink and links. */
  presentInk: string;
  presentEdge: string;
}

export const CANVAS_PALETTES: Readonly<Record<ThemeName, CanvasPalette>> = {
  light: {
    background: '#ffffff',
    ink: '#1b2330',
    halo: '#ffffff',
    edge: '#9aa5b4',
    lit: '#a15c00',
    nodeBorder: '#ffffff',
    compareNone: '#d5dae1',
    presentInk: '#000000',
    presentEdge: '#5a6472',
  },
  dark: {
    background: '#11151b',
    ink: '#e8ecf1',
    halo: '#11151b',
    edge: '#6b7686',
    lit: '#ffbf47',
    nodeBorder: '#11151b',
    compareNone: '#3a4150',
    presentInk: '#ffffff',
    presentEdge: '#9aa5b4',
  },
  contrast: {
    background: '#000000',
    ink: '#ffffff',
    halo: '#000000',
    edge: '#c8c8c8',
    lit: '#ffff00',
    nodeBorder: '#ffffff',
    compareNone: '#4d4d4d',
    presentInk: '#ffffff',
    presentEdge: '#d9d9d9',
  },
};
