/**
 * The labels around a focus, chosen again whenever what they depend on changes (classes, styles,
 * positions, the resting viewport): the focused node's full or short name (focusLabel.ts), in
 * presenter mode the neighbours' labels grown to a size a projector shows (legibleLabels.ts),
 * then the relation labels where they fit (focusEdgeLabels.ts), in that order, each avoiding
 * what the one before placed.
 */
import type { Core } from 'cytoscape';
import { edgeLabelFontSize } from './edgeLabels';
import { labelFocusEdges } from './focusEdgeLabels';
import { boxesAroundFocus, fitFocusLabel } from './focusLabel';
import type { Viewport } from './graphHandle';
import type { Box } from './labelGeometry';
import { clearLargerLabels, enlargeLitLabels } from './legibleLabels';
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
  /** The view is about to rest at `viewport` (a focus, a story step): choose for it. */
  restAt(viewport: Viewport): void;
}

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
  let enlarged: string[] = [];
  let resting: Viewport | null = null;

  const relabel = () => {
    clearLargerLabels(cy, enlarged);
    enlarged = [];
    let around = boxesAroundFocus(cy);
    fitFocusLabel(cy, around);
    const focus = cy.nodes('.focus');
    const present = options.present();
    if (present && resting && focus.nonempty()) {
      settleStyles(focus);
      const focusLabel = focus.boundingBox({
        includeNodes: false,
        includeLabels: true,
        includeOverlays: false,
      });
      const view = modelView(cy, resting, options.padding);
      enlarged = enlargeLitLabels(cy, resting.zoom, view, focusLabel);
      if (enlarged.length > 0) around = boxesAroundFocus(cy);
    }
    labelFocusEdges(cy, edgeLabelFontSize(present), around);
  };

  return {
    relabel,
    restAt(viewport) {
      resting = viewport;
      if (options.present()) relabel();
    },
  };
}
