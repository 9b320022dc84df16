/**
 * Reads the node labels Cytoscape actually draws, for real-browser label tests. The canvas cannot
 * be queried, so this reaches the `cy` instance the way Cytoscape itself registers it on its
 * container (`container._cyreg.cy`) and asks the renderer the question it asks before drawing a
 * label (`eleTextBiggerThanMin`: font size × zoom, zoom rounded up to a power of two, against
 * min-zoomed-font-size). Faded nodes have an empty label and count as not drawn. Relation labels
 * on edges are read from what the renderer draws them with (`_private.rscratch`: centre, text
 * size, angle), widened by the 2 px margin of error Cytoscape adds to every label's bounds, as
 * the node label boxes are.
 */
import type { Page } from 'playwright-core';
import type { TurnedBox } from '../../src/view/edgeLabels';
import type { Box } from '../../src/view/labelGeometry';

export interface DrawnLabel {
  id: string;
  /** The label's box in model coordinates (Cytoscape's own bounds, background included). */
  box: Box;
  /** Its font size in model pixels (times the zoom: on screen). */
  fontSize: number;
}

export interface LabelReading {
  zoom: number;
  /** Labels drawn now. */
  drawn: DrawnLabel[];
  /** Every visible node's position and label box, drawn or not. */
  all: (DrawnLabel & { x: number; y: number })[];
  /** Relation labels drawn on edges now, with their font size in model pixels. */
  edges: { id: string; box: TurnedBox; fontSize: number }[];
  /** The shapes of the nodes drawn at full strength (not faded). */
  shapes: DrawnLabel[];
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
      hasClass(name: string): boolean;
    }
    interface Edge extends Node {
      _private: {
        rscratch: Partial<Record<'labelX' | 'labelY' | 'labelWidth' | 'labelHeight', number>> & {
          labelAngle?: number;
        };
      };
    }
    interface Cy {
      zoom(): number;
      zoom(o: { level: number; renderedPosition: { x: number; y: number } }): void;
      width(): number;
      height(): number;
      stop(clearQueue: boolean, jumpToEnd: boolean): void;
      nodes(selector: string): { forEach(f: (n: Node) => void): void };
      edges(selector: string): { forEach(f: (e: Edge) => void): void };
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
    const shapes: DrawnLabel[] = [];
    cy.nodes(':visible').forEach((n) => {
      if (!n.hasClass('faded')) {
        const s = n.boundingBox({ includeLabels: false, includeOverlays: false });
        shapes.push({ id: n.id(), box: { x1: s.x1, y1: s.y1, x2: s.x2, y2: s.y2 }, fontSize: 0 });
      }
      const b = n.boundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false });
      const box = { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
      const fontSize = parseFloat(n.pstyle('font-size').strValue);
      all.push({ id: n.id(), box, fontSize, ...n.position() });
      if (n.pstyle('label').strValue && renderer.eleTextBiggerThanMin(n))
        drawn.push({ id: n.id(), box, fontSize });
    });
    const edges: LabelReading['edges'] = [];
    cy.edges(':visible').forEach((e) => {
      if (!e.pstyle('label').strValue || !renderer.eleTextBiggerThanMin(e)) return;
      // Measuring the bounds brings the label's position, size and angle up to date.
      e.boundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false });
      const { labelX, labelY, labelWidth, labelHeight, labelAngle } = e._private.rscratch;
      if (labelX === undefined || labelY === undefined || !labelWidth || !labelHeight) return;
      const margin = 2;
      edges.push({
        id: e.id(),
        fontSize: parseFloat(e.pstyle('font-size').strValue),
        box: {
          x: labelX,
          y: labelY,
          halfWidth: labelWidth / 2 + margin,
          halfHeight: labelHeight / 2 + margin,
          angle: labelAngle ?? 0,
        },
      });
    });
    return { zoom: cy.zoom(), drawn, all, edges, shapes };
  }, zoom);
}

/** The midpoints of the edges matching `selector`, in page pixels, with each edge's length. */
export function edgeMidpoints(
  page: Page,
  selector: string,
): Promise<{ id: string; x: number; y: number; length: number }[]> {
  return page.evaluate((selector) => {
    interface Point {
      x: number;
      y: number;
    }
    interface Edge {
      id(): string;
      renderedMidpoint(): Point;
      sourceEndpoint(): Point;
      targetEndpoint(): Point;
    }
    const container = document.querySelector('[aria-label="Graph"]') as
      | (Element & { _cyreg?: { cy?: { edges(s: string): { map<T>(f: (e: Edge) => T): T[] } } } })
      | null;
    const cy = container?._cyreg?.cy;
    if (!container || !cy) throw new Error('edgeMidpoints: no Cytoscape instance');
    const at = container.getBoundingClientRect();
    return cy.edges(selector).map((e) => {
      const mid = e.renderedMidpoint();
      const [s, t] = [e.sourceEndpoint(), e.targetEndpoint()];
      return {
        id: e.id(),
        x: at.left + mid.x,
        y: at.top + mid.y,
        length: Math.hypot(t.x - s.x, t.y - s.y),
      };
    });
  }, selector);
}
