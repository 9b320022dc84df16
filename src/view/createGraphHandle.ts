/**
 * The GraphHandle over one Cytoscape instance: pictures (PNG, SVG, framed for their medium), the
 * viewport (read, set, fit some nodes) and waiting until the graph is still. The adapter creates it and tells it
 * whether the first picture is drawn and whether the instance is gone.
 */
import type { Core } from 'cytoscape';
import type { GraphHandle, Viewport } from './graphHandle';
import { cropPng, cropSvg, withFrame } from './framedPicture';
import { graphSvg } from './graphSvg';
import type { LabelView } from './labelView';
import { ANIMATION_MS, FIT_PADDING, MAX_CLOSE_UP_ZOOM } from './layouts';
import { settleStyles } from './settleStyles';

export interface HandleState {
  /** The first picture has been drawn. */
  drawn(): boolean;
  /** The Cytoscape instance has been destroyed. */
  destroyed(): boolean;
  /** The labels, planned again for a picture for paper. */
  labels: LabelView;
  /** Moves are instant (prefers-reduced-motion); not given: they animate. */
  still?(): boolean;
  /** The theme's canvas background, under exported pictures; not given: white. */
  background?(): string;
}

/** The handle's own parts and the camera moves the adapter makes with them (not offered to the UI). */
export interface AdapterHandle extends Omit<GraphHandle, 'whenSettled'> {
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

export function createGraphHandle(cy: Core, state: HandleState): AdapterHandle {
  const bg = () => state.background?.() ?? '#ffffff';
  const handle: AdapterHandle = {
    png: ({ scale, paper }) =>
      withFrame(cy, state.labels, paper, async (frame) =>
        cropPng(
          await cy.png({ output: 'blob-promise', scale, full: false, bg: bg() }),
          frame,
          scale,
        ),
      ),
    svg: () =>
      withFrame(cy, state.labels, undefined, async (frame) =>
        cropSvg(await graphSvg(cy, { full: false, bg: bg() }), frame),
      ),
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
    fit: (keys, options) => {
      const wanted = keys ? new Set(keys) : null;
      const visible = cy.elements(':visible').filter((e) => !wanted || wanted.has(e.id()));
      if (visible.empty()) return;
      settleStyles(visible);
      const box = visible.boundingBox({});
      const zoom = Math.min(
        MAX_CLOSE_UP_ZOOM,
        (cy.width() - 2 * FIT_PADDING) / Math.max(box.w, 1),
        (cy.height() - 2 * FIT_PADDING) / Math.max(box.h, 1),
      );
      const pan = {
        x: cy.width() / 2 - zoom * (box.x1 + box.w / 2),
        y: cy.height() / 2 - zoom * (box.y1 + box.h / 2),
      };
      handle.setViewport({ zoom, pan }, options);
    },
  };
  return handle;
}
