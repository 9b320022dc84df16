/**
 * The GraphHandle over one Cytoscape instance: pictures (PNG, SVG, framed for their medium), the
 * viewport (read, set, fit some nodes) and waiting until the graph is still. The adapter creates it and tells it
 * whether the first picture is drawn and whether the instance is gone.
 */
import type { Core } from 'cytoscape';
import type { ThemeName } from '../model/theme';
import { CANVAS_PALETTES } from './canvasTheme';
import type { GraphHandle, Viewport } from './graphHandle';
import { cropPng, cropSvg, withFrame } from './framedPicture';
import { graphSvg } from './graphSvg';
import type { LabelView } from './labelView';
import type { Box } from './labelGeometry';
import { ANIMATION_MS, MAX_CLOSE_UP_ZOOM, currentPositions, fitInto } from './layouts';

export interface HandleState {
  /** The first picture has been drawn. */
  drawn(): boolean;
  /** The Cytoscape instance has been destroyed. */
  destroyed(): boolean;
  /** The labels, planned again for a picture for paper. */
  labels: LabelView;
  /** Moves are instant (prefers-reduced-motion); not given: they animate. */
  still?(): boolean;
  /** The theme the canvas is drawn in (its background is under exported pictures). */
  theme(): ThemeName;
  /** Draws the canvas in `theme` until called with null (a picture for paper is drawn light). */
  drawIn(theme: ThemeName | null): void;
  /** The part of the canvas a fit may use (the canvas less the controls over it), px. */
  area(): Box;
}

/** The handle's own parts and the camera moves the adapter makes with them (not offered to the UI). */
export interface AdapterHandle extends Omit<GraphHandle, 'whenSettled'> {
  setViewport(viewport: Viewport, options?: { animate?: boolean }): void;
  /**
   * The viewport that fits the given nodes (or every visible node) into the free part of the
   * canvas, clear of the controls over it, zoomed in no closer than a readable close-up; null when
   * none is visible. Node centres are fitted with a margin: the label plan then places the labels
   * inside that area.
   */
  fitting(keys?: readonly string[]): Viewport | null;
  /**
   * Resolves once the first picture is drawn and nothing has moved for two frames in a row: no
   * viewport or node animation (focus, fit, layout) runs. Two frames, because an animation asked
   * for just before is only started by Cytoscape's next frame.
   */
  whenStill(): Promise<void>;
}

/** The theme of pictures for paper. */
const PAPER_THEME: ThemeName = 'light';

export function createGraphHandle(cy: Core, state: HandleState): AdapterHandle {
  const bg = () => CANVAS_PALETTES[state.theme()].background;
  const handle: AdapterHandle = {
    png: async ({ scale, paper }) => {
      // Paper is white whatever the screen's theme: a handout is drawn in the light one.
      if (paper) state.drawIn(PAPER_THEME);
      try {
        return await withFrame(cy, state.labels, paper, async (frame) =>
          cropPng(
            await cy.png({
              output: 'blob-promise',
              scale,
              full: false,
              bg: CANVAS_PALETTES[paper ? PAPER_THEME : state.theme()].background,
            }),
            frame,
            scale,
          ),
        );
      } finally {
        if (paper) state.drawIn(null);
      }
    },
    svg: () =>
      withFrame(cy, state.labels, undefined, async (frame) =>
        cropSvg(await graphSvg(cy, { full: false, bg: bg() }), frame),
      ),
    theme: () => state.theme(),
    getViewport: () => ({ zoom: cy.zoom(), pan: { ...cy.pan() } }),
    setViewport: ({ zoom, pan }, { animate = true } = {}) => {
      if (animate && !state.still?.()) cy.animate({ zoom, pan, duration: ANIMATION_MS });
      else cy.viewport({ zoom, pan });
    },
    whenStill: () =>
      new Promise<void>((resolve) => {
        let last = '';
        let stillFrames = 0;
        const check = () => {
          if (state.destroyed()) return resolve();
          const view = `${cy.zoom()} ${cy.pan().x} ${cy.pan().y}`;
          const moving = !state.drawn() || cy.animated() || cy.nodes(':animated').nonempty();
          stillFrames = !moving && view === last ? stillFrames + 1 : 0;
          last = view;
          if (stillFrames >= 2) resolve();
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    fitting: (keys) => {
      const wanted = keys ? new Set(keys) : null;
      const nodes = cy.nodes(':visible').filter((n) => !wanted || wanted.has(n.id()));
      if (nodes.empty()) return null;
      return fitInto(currentPositions(nodes), state.area(), {
        maxZoom: keys ? MAX_CLOSE_UP_ZOOM : undefined,
      });
    },
  };
  return handle;
}
