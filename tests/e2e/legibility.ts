/**
 * Reads what the graph draws, as a person sees it, for the real-browser label tests and the
 * benchmark's legibility report: every label drawn (node and relation labels) with its box and
 * its size on screen (font size × zoom), the labels that overlap each other or cover a node that
 * is not their own, labels that leave the canvas, and the focused node's neighbours that carry
 * no label and sit in no labelled group. The canvas cannot be queried, so this reaches the `cy`
 * instance the way Cytoscape registers it on its container (`container._cyreg.cy`); label boxes
 * are Cytoscape's own bounds (text, background and its 2 px margin of error).
 */
import type { Page } from 'playwright-core';

export interface ScreenBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface DrawnText {
  id: string;
  /** Node label or relation label. */
  group: 'node' | 'edge';
  text: string;
  /** The font size on screen, px. */
  px: number;
  /** Screen box; for a relation label, the box before it is turned along its edge. */
  box: ScreenBox;
  /** Turn of a relation label, radians (0 for node labels). */
  angle: number;
}

export interface Legibility {
  zoom: number;
  /** Visible nodes with any part on screen. */
  nodesOnScreen: number;
  /** Of those, how many carry a label. */
  labelledOnScreen: number;
  labels: DrawnText[];
  /** The smallest label on screen, px (Infinity when none). */
  smallestPx: number;
  /** Pairs of labels that overlap, by id. */
  overlaps: [string, string][];
  /** Labels that cover a node shape other than their own: [label, node]. */
  covering: [string, string][];
  /** Labels not wholly inside the canvas. */
  offCanvas: string[];
  /** Nodes around the focus (every hop shown) with no label, not in a labelled group. */
  unnamedNeighbours: string[];
  /** The focused node's label size, px (0 when none is focused or it has no label). */
  focusPx: number;
  /** The largest label size of any other node, px. */
  largestOtherPx: number;
}

/** Reads the legibility of the graph as drawn now (call once the graph is still). */
export function readLegibility(page: Page): Promise<Legibility> {
  return page.evaluate(() => {
    interface BB {
      x1: number;
      y1: number;
      x2: number;
      y2: number;
    }
    interface Ele {
      id(): string;
      pstyle(name: string): { strValue: string; pfValue: number };
      boundingBox(o: object): BB;
      hasClass(c: string): boolean;
      data(f: string): unknown;
      isNode(): boolean;
      _private: {
        rscratch: Partial<Record<'labelX' | 'labelY' | 'labelWidth' | 'labelHeight', number>> & {
          labelAngle?: number;
        };
      };
    }
    interface Edge extends Ele {
      source(): Ele;
      target(): Ele;
    }
    interface Cy {
      zoom(): number;
      pan(): { x: number; y: number };
      width(): number;
      height(): number;
      nodes(sel?: string): { forEach(f: (n: Ele) => void): void };
      edges(sel?: string): { forEach(f: (e: Edge) => void): void };
    }
    const container = document.querySelector('[aria-label="Graph"]') as
      (Element & { _cyreg?: { cy?: Cy } }) | null;
    const cy = container?._cyreg?.cy;
    if (!cy) throw new Error('readLegibility: no Cytoscape instance on the graph container');
    const zoom = cy.zoom();
    const pan = cy.pan();
    const toScreen = (b: BB): BB => ({
      x1: b.x1 * zoom + pan.x,
      y1: b.y1 * zoom + pan.y,
      x2: b.x2 * zoom + pan.x,
      y2: b.y2 * zoom + pan.y,
    });
    const w = cy.width();
    const h = cy.height();
    const onScreen = (b: BB) => b.x2 > 0 && b.y2 > 0 && b.x1 < w && b.y1 < h;
    const labels: {
      id: string;
      group: 'node' | 'edge';
      text: string;
      px: number;
      box: BB;
      angle: number;
    }[] = [];
    const shapes: { id: string; box: BB }[] = [];
    let nodesOnScreen = 0;
    let labelledOnScreen = 0;
    const labelled = new Set<string>();
    cy.nodes(':visible').forEach((n) => {
      const shape = toScreen(n.boundingBox({ includeLabels: false, includeOverlays: false }));
      shapes.push({ id: n.id(), box: shape });
      const text = n.pstyle('label').strValue;
      const on = onScreen(shape);
      if (on) nodesOnScreen++;
      if (!text) return;
      labelled.add(n.id());
      if (on) labelledOnScreen++;
      const b = n.boundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false });
      labels.push({
        id: n.id(),
        group: 'node',
        text,
        px: n.pstyle('font-size').pfValue * zoom,
        box: toScreen(b),
        angle: 0,
      });
    });
    cy.edges(':visible').forEach((e) => {
      const text = e.pstyle('label').strValue;
      if (!text) return;
      e.boundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false });
      const { labelX, labelY, labelWidth, labelHeight, labelAngle } = e._private.rscratch;
      if (labelX === undefined || labelY === undefined || !labelWidth || !labelHeight) return;
      const cx = labelX * zoom + pan.x;
      const cy2 = labelY * zoom + pan.y;
      const hw = (labelWidth / 2 + 2) * zoom;
      const hh = (labelHeight / 2 + 2) * zoom;
      labels.push({
        id: e.id(),
        group: 'edge',
        text,
        px: e.pstyle('font-size').pfValue * zoom,
        box: { x1: cx - hw, y1: cy2 - hh, x2: cx + hw, y2: cy2 + hh },
        angle: labelAngle ?? 0,
      });
    });

    // Separating axis test for boxes turned about their centres.
    const turned = (l: { box: BB; angle: number }) => ({
      x: (l.box.x1 + l.box.x2) / 2,
      y: (l.box.y1 + l.box.y2) / 2,
      hw: (l.box.x2 - l.box.x1) / 2,
      hh: (l.box.y2 - l.box.y1) / 2,
      a: l.angle,
    });
    type T = ReturnType<typeof turned>;
    const reach = (b: T, nx: number, ny: number) => {
      const c = Math.cos(b.a);
      const s = Math.sin(b.a);
      return b.hw * Math.abs(c * nx + s * ny) + b.hh * Math.abs(c * ny - s * nx);
    };
    const overlap = (a: T, b: T) => {
      for (const ang of [a.a, a.a + Math.PI / 2, b.a, b.a + Math.PI / 2]) {
        const nx = Math.cos(ang);
        const ny = Math.sin(ang);
        const gap = Math.abs((b.x - a.x) * nx + (b.y - a.y) * ny);
        // Half a pixel of tolerance: boxes that touch do not overlap.
        if (gap >= reach(a, nx, ny) + reach(b, nx, ny) - 0.5) return false;
      }
      return true;
    };
    const overlaps: [string, string][] = [];
    const tl = labels.map(turned);
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        const a = tl[i];
        const b = tl[j];
        const la = labels[i];
        const lb = labels[j];
        if (a && b && la && lb && overlap(a, b)) overlaps.push([la.id, lb.id]);
      }
    }
    const covering: [string, string][] = [];
    labels.forEach((l, i) => {
      const t = tl[i];
      if (!t) return;
      for (const s of shapes) {
        if (s.id === l.id) continue;
        if (overlap(t, turned({ box: s.box, angle: 0 }))) covering.push([l.id, s.id]);
      }
    });
    const offCanvas = labels
      .filter((l) => {
        const t = turned(l);
        const rx = reach(t, 1, 0);
        const ry = reach(t, 0, 1);
        return t.x - rx < -0.5 || t.y - ry < -0.5 || t.x + rx > w + 0.5 || t.y + ry > h + 0.5;
      })
      .map((l) => l.id);

    // The focus's neighbourhood (every hop shown): named, or in a group node that is named.
    const unnamed: string[] = [];
    let focusPx = 0;
    const inNamedGroup = new Set<string>();
    cy.nodes(':visible').forEach((n) => {
      const members = n.data('members');
      if (Array.isArray(members) && labelled.has(n.id()))
        for (const m of members) inNamedGroup.add(String(m));
    });
    cy.nodes('.focus').forEach((f) => {
      focusPx = labels.find((l) => l.id === f.id())?.px ?? 0;
    });
    // A kind hidden by the legend (class hidden) is not shown at all.
    cy.nodes('.near').forEach((n) => {
      if (n.hasClass('hidden') || n.data('members') !== undefined) return;
      if (!labelled.has(n.id()) && !inNamedGroup.has(n.id())) unnamed.push(n.id());
    });
    const focused = new Set<string>();
    cy.nodes('.focus').forEach((f) => focused.add(f.id()));
    const others = labels.filter((l) => l.group === 'node' && !focused.has(l.id));
    return {
      zoom,
      nodesOnScreen,
      labelledOnScreen,
      labels,
      smallestPx: Math.min(Infinity, ...labels.map((l) => l.px)),
      overlaps,
      covering,
      offCanvas,
      unnamedNeighbours: unnamed,
      focusPx,
      largestOtherPx: Math.max(0, ...others.map((l) => l.px)),
    };
  });
}
