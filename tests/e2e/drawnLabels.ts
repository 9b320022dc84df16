/**
 * Reads the node labels Cytoscape actually draws, for real-browser label tests. The canvas cannot
 * be queried, so this reaches the `cy` instance the way Cytoscape itself registers it on its
 * container (`container._cyreg.cy`) and asks the renderer the question it asks before drawing a
 * label (`eleTextBiggerThanMin`: font size × zoom, zoom rounded up to a power of two, against
 * min-zoomed-font-size). Faded nodes have an empty label and count as not drawn.
 */
import type { Page } from 'playwright-core';
import type { Box } from '../../src/view/labelGeometry';

export interface DrawnLabel {
  id: string;
  /** The label's box in model coordinates (Cytoscape's own bounds, background included). */
  box: Box;
}

export interface LabelReading {
  zoom: number;
  /** Labels drawn now. */
  drawn: DrawnLabel[];
  /** Every visible node's position and label box, drawn or not. */
  all: (DrawnLabel & { x: number; y: number })[];
}

/** The labels drawn in the graph, after setting the zoom (about the view's centre) when given. */
export function readLabels(page: Page, zoom?: number): Promise<LabelReading> {
  return page.evaluate((zoom) => {
    interface BoundingBox {
      x1: number;
      y1: number;
      x2: number;
      y2: number;
    }
    interface Node {
      id(): string;
      position(): { x: number; y: number };
      pstyle(name: string): { strValue: string };
      boundingBox(o: object): BoundingBox;
    }
    interface Cy {
      zoom(): number;
      zoom(o: { level: number; renderedPosition: { x: number; y: number } }): void;
      width(): number;
      height(): number;
      stop(clearQueue: boolean, jumpToEnd: boolean): void;
      nodes(selector: string): { forEach(f: (n: Node) => void): void };
      renderer(): { eleTextBiggerThanMin(n: Node): boolean };
    }
    const container = document.querySelector('[aria-label="Graph"]') as
      (Element & { _cyreg?: { cy?: Cy } }) | null;
    const cy = container?._cyreg?.cy;
    if (!cy) throw new Error('readLabels: no Cytoscape instance on the graph container');
    if (zoom !== undefined) {
      cy.stop(true, true);
      cy.zoom({ level: zoom, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    }
    const renderer = cy.renderer();
    const drawn: DrawnLabel[] = [];
    const all: LabelReading['all'] = [];
    cy.nodes(':visible').forEach((n) => {
      const b = n.boundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false });
      const box = { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
      all.push({ id: n.id(), box, ...n.position() });
      if (n.pstyle('label').strValue && renderer.eleTextBiggerThanMin(n))
        drawn.push({ id: n.id(), box });
    });
    return { zoom: cy.zoom(), drawn, all };
  }, zoom);
}
