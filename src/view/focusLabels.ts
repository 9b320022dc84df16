/**
 * The labels around a focus, chosen again whenever what they depend on changes (classes, styles,
 * positions, the viewport the view rests at): the focused node's full or short name
 * (focusLabel.ts), the neighbours' labels grown to a readable size at that viewport
 * (legibleLabels.ts), then the relation labels where they fit (focusEdgeLabels.ts), in that
 * order, each avoiding what the one before placed.
 */
import type { Core } from 'cytoscape';
import { edgeLabelFontSize } from './edgeLabels';
import { labelFocusEdges } from './focusEdgeLabels';
import { boxesAroundFocus, fitFocusLabel } from './focusLabel';
import type { Viewport } from './graphHandle';
import type { Box } from './labelGeometry';
import { clearLargerLabels, enlargeLitLabels, legibleEdgeFontSize } from './legibleLabels';
import { settleStyles } from './settleStyles';

export interface FocusLabelOptions {
  /** Presenter mode, read at each choice. */
  present(): boolean;
  /** Screen pixels kept clear at each side of the view (x) and at its top and bottom (y). */
  padding: { x: number; y: number };
}

export interface FocusLabels {
  /** Chooses every label around the focus again. */
  relabel(): void;
  /**
   * The view is about to rest, or has come to rest, at `viewport` (a focus, a story step, a zoom
   * by hand): choose for it, unless the labels were already chosen for this viewport and focus.
   */
  restAt(viewport: Viewport): void;
}

const sameViewport = (a: Viewport, b: Viewport) =>
  Math.abs(a.zoom - b.zoom) < 1e-3 &&
  Math.abs(a.pan.x - b.pan.x) < 0.5 &&
  Math.abs(a.pan.y - b.pan.y) < 0.5;

/** The part of the model `viewport` shows, less the padding. */
function modelView(cy: Core, { zoom, pan }: Viewport, padding: FocusLabelOptions['padding']): Box {
  return {
    x1: (padding.x - pan.x) / zoom,
    y1: (padding.y - pan.y) / zoom,
    x2: (cy.width() - padding.x - pan.x) / zoom,
    y2: (cy.height() - padding.y - pan.y) / zoom,
  };
}

export function createFocusLabels(cy: Core, options: FocusLabelOptions): FocusLabels {
  let enlarged: { id: string; box: Box }[] = [];
  /** The viewport the view rests at, and the focus it was chosen for (a new focus moves it). */
  let resting: { viewport: Viewport; focus: string } | null = null;
  let chosenFor: { viewport: Viewport; focus: string } | null = null;

  const relabel = () => {
    clearLargerLabels(
      cy,
      enlarged.map((e) => e.id),
    );
    enlarged = [];
    chosenFor = null;
    let around = boxesAroundFocus(cy);
    fitFocusLabel(cy, around);
    const focus = cy.nodes('.focus');
    const present = options.present();
    // A new focus: the adapter's focus() measures it with its name chosen, then calls restAt for
    // the viewport it moves to, which chooses the rest in the same update, before any frame.
    if (focus.nonempty() && focus.first().id() !== resting?.focus) return;
    if (resting && focus.nonempty()) {
      settleStyles(focus);
      const focusLabel = focus.boundingBox({
        includeNodes: false,
        includeLabels: true,
        includeOverlays: false,
      });
      const { zoom } = resting.viewport;
      const view = modelView(cy, resting.viewport, options.padding);
      enlarged = enlargeLitLabels(cy, { zoom, view, present }, focusLabel);
      chosenFor = resting;
      // The grown boxes hold the old ones, so adding them is as good as measuring again.
      around = [...around, ...enlarged.map((e) => e.box)];
    }
    const normal = edgeLabelFontSize(present);
    const larger = chosenFor ? legibleEdgeFontSize(chosenFor.viewport.zoom, present) : normal;
    labelFocusEdges(cy, { normal, larger }, around);
  };

  return {
    relabel,
    restAt(viewport) {
      const focus = cy.nodes('.focus');
      if (focus.empty()) return;
      resting = { viewport, focus: focus.first().id() };
      if (chosenFor?.focus === resting.focus && sameViewport(chosenFor.viewport, viewport)) return;
      relabel();
    },
  };
}
