/**
 * What the graph shows, as plain data: the scene derived from the view state (state/scene.ts)
 * and applied by the Cytoscape adapter in one call (view/graphAdapter.ts → show). It lives in
 * the model so that both layers can name it without importing each other.
 */
import type { CompareSide } from './documentCompare';
import type { Highlight } from './highlight';
import type { ThemeName } from './theme';
import type { LayoutName, NodeKind } from './vocabulary';

/** A camera position: zoom and pan (Cytoscape's rendered pixels). */
export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/** What decides each element's classes: focus, neighbourhood, filters, lit paths, comparison. */
export interface SceneLook {
  node: string | null;
  hops: 1 | 2;
  hidden: readonly NodeKind[];
  /** What panels want lit: an answer's paths, a cited passage, a story step's focus. */
  highlight: Highlight;
  /** Nodes allowed by the per-document filter; null shows all. */
  onlyNodes: ReadonlySet<string> | null;
  /** Document comparison colouring: node key → which of the two documents states it. */
  compare: ReadonlyMap<string, CompareSide> | null;
  /** Stated facts only: nodes and edges with an `inference` are hidden. */
  statedOnly: boolean;
  /**
   * Nodes that did not exist in the period shown (model/timeline.ts); they and their links fade.
   * Null: no period, all time.
   */
  outOfPeriod: ReadonlySet<string> | null;
}

/**
 * Where the camera should be. The adapter moves it when a part changes: to `landing` (a story
 * step's captured viewport) or else to the `focus` frame, then, once the graph is at rest, fits
 * `fit` (the nodes an answer lights).
 */
export interface CameraIntent {
  focus: { node: string; hops: 1 | 2 } | null;
  landing: Viewport | null;
  fit: readonly string[] | null;
}

export interface Scene {
  look: SceneLook;
  layout: LayoutName;
  /** Presenter mode: labels sized for a projector. */
  present: boolean;
  /** The theme the canvas is drawn in (resolved: model/theme.ts). */
  theme: ThemeName;
  /** `prefers-reduced-motion`: the camera and the layouts move without animating. */
  reducedMotion: boolean;
  camera: CameraIntent;
}
