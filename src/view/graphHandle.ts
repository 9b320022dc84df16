/**
 * What the Cytoscape adapter offers to the rest of the UI besides rendering: pictures and the
 * viewport it rests at, and when it has settled. Implemented by the adapter (src/view/), consumed
 * through React context (src/ui/).
 */
import type { Viewport } from '../model/scene';
import type { ThemeName } from '../model/theme';
import type { Paper } from './framedPicture';

export type { Viewport };

export interface GraphHandle {
  /**
   * The current view as PNG, `scale` times the on-screen size, background filled, cropped to
   * what the view is about (framedPicture.ts). For `paper`, the labels are drawn large enough to
   * print at 7 pt or more on a picture of that printed size, in the light theme whatever the
   * screen shows (paper is white).
   */
  png(options: { scale: number; paper?: Paper }): Promise<Blob>;
  /** The current view as a standalone SVG document, cropped as the PNG. */
  svg(): Promise<string>;
  getViewport(): Viewport;
  /** The theme the canvas is drawn in: a picture's title and legend bands take its colours. */
  theme(): ThemeName;
  /**
   * Resolves once the scene shown is in place: the camera's moves it asked for are made (a focus,
   * a landing, an answer fitted once the graph rested) and nothing has moved for two frames.
   */
  whenSettled(): Promise<void>;
}
