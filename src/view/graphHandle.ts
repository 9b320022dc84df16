/**
 * What the Cytoscape adapter offers to the rest of the UI besides rendering: pictures and the
 * viewport. Implemented by the adapter (src/view/), consumed through React context (src/ui/).
 */
import type { Paper } from './framedPicture';

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

export interface GraphHandle {
  /**
   * The current view as PNG, `scale` times the on-screen size, background filled, cropped to
   * what the view is about (framedPicture.ts). For `paper`, the labels are drawn large enough to
   * print at 7 pt or more on a picture of that printed size.
   */
  png(options: { scale: number; paper?: Paper }): Promise<Blob>;
  /** The current view as a standalone SVG document, cropped as the PNG. */
  svg(): Promise<string>;
  getViewport(): Viewport;
  setViewport(viewport: Viewport, options?: { animate?: boolean }): void;
  /**
   * Fits the given nodes (or everything visible) into view, zooming in no closer than a readable
   * close-up.
   */
  fit(keys?: readonly string[], options?: { animate?: boolean }): void;
  /**
   * Resolves once the first picture is drawn and nothing has moved for two frames in a row: no
   * viewport or node animation (focus, fit, layout) runs. Two frames, because an animation asked
   * for just before is only started by Cytoscape's next frame.
   */
  whenStill(): Promise<void>;
}
