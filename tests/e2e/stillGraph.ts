/**
 * Waits until the graph has stopped moving: no viewport animation (focus, fit, zoom, pan) and no
 * node animation (an animated layout) is running in Cytoscape, and the viewport did not change
 * between two animation frames (so an animation a React effect is about to start is not missed).
 * Reaches `cy` the way legibility.ts does, through Cytoscape's registration on its container.
 */
import type { Page } from 'playwright-core';
import type { Viewport } from '../../src/view/graphHandle';

const STILL_FRAMES = 2;
const MAX_FRAMES = 600; // about ten seconds at 60 frames a second

/** Resolves, with the viewport it rests at, once the graph is still. */
export function waitForStillGraph(page: Page): Promise<Viewport> {
  return page.evaluate(
    ({ stillFrames, maxFrames }) =>
      new Promise<Viewport>((resolve, reject) => {
        interface Animatable {
          animated(): boolean;
        }
        interface Cy extends Animatable {
          zoom(): number;
          pan(): { x: number; y: number };
          nodes(): { some(test: (n: Animatable) => boolean): boolean };
        }
        const container = document.querySelector('[aria-label="Graph"]') as
          (Element & { _cyreg?: { cy?: Cy } }) | null;
        const cy = container?._cyreg?.cy;
        if (!cy) return reject(new Error('waitForStillGraph: no Cytoscape instance'));
        let last = '';
        let still = 0;
        let frames = 0;
        const check = () => {
          const view = JSON.stringify([cy.zoom(), cy.pan()]);
          const moving = cy.animated() || cy.nodes().some((n) => n.animated());
          still = !moving && view === last ? still + 1 : 0;
          last = view;
          if (still >= stillFrames) return resolve({ zoom: cy.zoom(), pan: cy.pan() });
          if (++frames > maxFrames)
            return reject(new Error('waitForStillGraph: the graph kept moving'));
          requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    { stillFrames: STILL_FRAMES, maxFrames: MAX_FRAMES },
  );
}
