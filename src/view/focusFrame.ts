/**
 * When the focused node's frame (focusView.ts) is laid out, and where the camera goes over it:
 * once per focus, view classes, mode and canvas size (asked again, it does nothing), at the
 * frame's own viewport unless a story step captured another over the same focus.
 */
import type { Core } from 'cytoscape';
import type { Positions } from './elements';
import type { FocusView } from './focusView';
import type { Viewport } from './graphHandle';
import type { Box } from './labelGeometry';
import { ROLE_SIZES_PX } from './labelRoles';

/** The font size the frame's rows are made for, on screen (the neighbours' second size). */
const FRAME_ROW_PX = { normal: 12, present: 18 } as const;

export interface FocusFrameDeps {
  view: FocusView;
  /** The free part of the canvas. */
  area(): Box;
  present(): boolean;
  hops(): 1 | 2;
  /** A node's place in the overall layout. */
  overall(id: string): { x: number; y: number } | undefined;
  /** Moves the nodes to `positions` and the camera to `camera`. */
  move(positions: Positions, animate: boolean, camera: Viewport): void;
}

export interface FocusFrame {
  /** The view classes changed: the next show lays out again. */
  classesChanged(): void;
  /** Lays out the focused node's frame and moves there, unless it is on show already. */
  show(animate: boolean): void;
  /** A story step's camera over the frame of the node focused now; false without a focus. */
  landAt(viewport: Viewport): boolean;
  /** Leaves the frame; true when there was one (the overall layout is the caller's to show). */
  leave(): boolean;
}

export function createFocusFrame(cy: Core, deps: FocusFrameDeps): FocusFrame {
  /** What the frame on show was laid out for (focus, classes, mode, canvas). */
  let shown: string | null = null;
  let version = 0;
  let landing: { focus: string; viewport: Viewport } | null = null;

  const show = (animate: boolean) => {
    const focus = cy.nodes('.focus').first();
    // Not `visible()`: a node that was inside a group row of the last frame can still read as
    // hidden here, before Cytoscape has restyled it; only a filtered-out focus has no frame.
    if (focus.empty() || focus.hasClass('hidden')) return;
    const present = deps.present();
    const key = `${focus.id()}|${version}|${present}|${cy.width()}x${cy.height()}`;
    if (key === shown) return;
    shown = key;
    const mode = present ? 'present' : 'normal';
    const laid = deps.view.layout(focus.id(), deps.area(), {
      rowPx: FRAME_ROW_PX[mode],
      focusPx: ROLE_SIZES_PX[mode].focus[0] ?? 20,
      twoHops: deps.hops() === 2,
      overall: deps.overall,
    });
    const camera = landing?.focus === focus.id() ? landing.viewport : laid?.viewport;
    if (laid && camera) deps.move(Object.fromEntries(laid.positions), animate, camera);
  };

  return {
    classesChanged: () => {
      version++;
    },
    show,
    landAt(viewport) {
      const focus = cy.nodes('.focus').first();
      if (focus.empty()) return false;
      landing = { focus: focus.id(), viewport };
      shown = null;
      show(true);
      return true;
    },
    leave() {
      landing = null;
      shown = null;
      if (!deps.view.focused()) return false;
      deps.view.clear();
      return true;
    },
  };
}
