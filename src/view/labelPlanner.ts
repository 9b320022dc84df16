/**
 * The label planner: which labels are drawn, at what size and on which side of their node, so
 * that every label drawn reads at its role's size on screen, none is drawn under the floor, and
 * none covers another label or a node. Plain data in, plain data out (no Cytoscape, no DOM):
 * positions and sizes in screen pixels, text widths from the shipped font's metrics (passed in).
 * Labels are placed one at a time, in rank order (the focus first, then what the view is about,
 * then the backbone, then detail): each takes the first size, text and side that fits, or is not
 * drawn (its node still names itself on hover and in the Details panel). The relation labels
 * around a focus come last, the rarest relation first. A uniform grid keeps the checks local.
 */
import { labelOrder, turnedBoxesOverlap, unturned, type TurnedBox } from './edgeLabels';
import type { Box } from './labelGeometry';
import { wrapLabel } from './elements';

/** Sides (and corners) of its node a label can sit on. */
export type LabelSide =
  | 'below'
  | 'right'
  | 'left'
  | 'above'
  | 'below-right'
  | 'below-left'
  | 'above-right'
  | 'above-left';

/** Measures one line of text: its width in px at `fontPx`, regular or bold. */
export type Measure = (text: string, fontPx: number, bold: boolean) => number;

export interface PlanNode {
  id: string;
  /** The node's centre on screen. */
  x: number;
  y: number;
  /** Half the shape's extent on screen, border included. */
  half: number;
  /** Label texts to try, preferred first (e.g. the full name, then a short one). */
  texts: readonly string[];
  /**
   * Texts tried only once no text of `texts` fits at any size or gap (names cut with "…": a
   * true short name at a smaller size says more than a cut one larger).
   */
  cuts?: readonly string[];
  bold: boolean;
  /** On-screen font sizes to try, largest first (none under the floor). */
  sizes: readonly number[];
  /** Sides to try, preferred first. */
  sides: readonly LabelSide[];
  /** Lower ranks are placed first. */
  rank: number;
  /** Wrap lines at this many ems of the font size; 0 keeps the text on one line. */
  wrapEm: number;
  /** Further gaps (px) to try between shape and label where none fits close (hubs). */
  farther?: readonly number[];
  /**
   * Placed even when nothing fits (at its smallest size, first text and side, inside the view
   * where it can be): the focused node is always named.
   */
  always?: boolean;
}

export interface PlanEdge {
  id: string;
  /** Where the edge leaves its source and meets its target, on screen. */
  source: { x: number; y: number };
  target: { x: number; y: number };
  text: string;
  /** Relation and direction as seen from the focus: labels of one kind take turns. */
  kind: string;
  /** On-screen font sizes to try, largest first. */
  sizes: readonly number[];
}

export interface PlanInput {
  nodes: readonly PlanNode[];
  /** Shapes drawn that carry no label (faded nodes): labels keep off them too. */
  obstacles: readonly Box[];
  edges: readonly PlanEdge[];
  /** The part of the screen labels must stay inside. */
  view: Box;
  measure: Measure;
  /** Room between a label's text and its box edge, on screen (background and bounds margin). */
  pad: number;
  /** Room between a shape and its label's box, on screen. */
  gap: number;
  /** At most this many relation labels of one kind. */
  perKind: number;
}

export interface PlannedLabel {
  id: string;
  /** The text drawn, lines joined by "\n". */
  text: string;
  fontPx: number;
  bold: boolean;
  side: LabelSide;
  /** The label's box on screen, padding included. */
  box: Box;
}

export interface PlannedEdgeLabel {
  id: string;
  fontPx: number;
  box: TurnedBox;
}

export interface LabelPlan {
  nodes: Map<string, PlannedLabel>;
  edges: Map<string, PlannedEdgeLabel>;
}

/** Grid cell size of the spatial index, in screen px. */
const CELL = 96;

/** Boxes filed by the grid cells they touch, for overlap checks near a box only. */
class BoxIndex {
  private readonly cells = new Map<string, { box: TurnedBox; owner: string }[]>();

  private keys(b: TurnedBox): string[] {
    const r = Math.hypot(b.halfWidth, b.halfHeight);
    const out: string[] = [];
    for (let i = Math.floor((b.x - r) / CELL); i <= Math.floor((b.x + r) / CELL); i++)
      for (let j = Math.floor((b.y - r) / CELL); j <= Math.floor((b.y + r) / CELL); j++)
        out.push(`${i},${j}`);
    return out;
  }

  add(box: TurnedBox, owner: string): void {
    for (const k of this.keys(box)) {
      const list = this.cells.get(k);
      if (list) list.push({ box, owner });
      else this.cells.set(k, [{ box, owner }]);
    }
  }

  /** True when `box` overlaps a box filed here that does not belong to `self`. */
  hits(box: TurnedBox, self: string): boolean {
    for (const k of this.keys(box)) {
      for (const o of this.cells.get(k) ?? []) {
        if (o.owner !== self && turnedBoxesOverlap(box, o.box)) return true;
      }
    }
    return false;
  }
}

const inside = (b: Box, view: Box) =>
  b.x1 >= view.x1 && b.x2 <= view.x2 && b.y1 >= view.y1 && b.y2 <= view.y2;

/** The box of a text block `w` × `h` on `side` of node `n`. */
export function sideBox(n: PlanNode, side: LabelSide, w: number, h: number, gap: number): Box {
  const off = n.half + gap;
  switch (side) {
    case 'below':
      return { x1: n.x - w / 2, x2: n.x + w / 2, y1: n.y + off, y2: n.y + off + h };
    case 'above':
      return { x1: n.x - w / 2, x2: n.x + w / 2, y1: n.y - off - h, y2: n.y - off };
    case 'right':
      return { x1: n.x + off, x2: n.x + off + w, y1: n.y - h / 2, y2: n.y + h / 2 };
    case 'left':
      return { x1: n.x - off - w, x2: n.x - off, y1: n.y - h / 2, y2: n.y + h / 2 };
    case 'below-right':
      return { x1: n.x + off, x2: n.x + off + w, y1: n.y + off, y2: n.y + off + h };
    case 'below-left':
      return { x1: n.x - off - w, x2: n.x - off, y1: n.y + off, y2: n.y + off + h };
    case 'above-right':
      return { x1: n.x + off, x2: n.x + off + w, y1: n.y - off - h, y2: n.y - off };
    case 'above-left':
      return { x1: n.x - off - w, x2: n.x - off, y1: n.y - off - h, y2: n.y - off };
  }
}

/**
 * Where no box of a wrapped label fits, the same text wrapped to this share of the measure is
 * tried too: a taller, narrower block that fits between close neighbours (a hub's).
 */
const NARROW_WRAP = 0.6;

/** The measures (ems) a node's label is wrapped at, preferred first (0: one line). */
const wrapsOf = (n: PlanNode) => (n.wrapEm > 0 ? [n.wrapEm, n.wrapEm * NARROW_WRAP] : [0]);

/** The text wrapped at `wrapEm` for `fontPx`, and the size of its box (padding included). */
function textBlock(
  text: string,
  fontPx: number,
  n: PlanNode,
  { measure, pad }: Pick<PlanInput, 'measure' | 'pad'>,
  wrapEm = n.wrapEm,
): { text: string; w: number; h: number } {
  const wrapped =
    wrapEm > 0 ? wrapLabel(text, (line) => measure(line, fontPx, n.bold) <= wrapEm * fontPx) : text;
  const lines = wrapped.split('\n');
  const w = Math.max(...lines.map((l) => Math.ceil(measure(l, fontPx, n.bold))));
  return { text: wrapped, w: w + 2 * pad, h: lines.length * fontPx + 2 * pad };
}

/** Plans every label of one view (see the module comment). */
export function planLabels(input: PlanInput): LabelPlan {
  const index = new BoxIndex();
  for (const n of input.nodes) {
    index.add(
      unturned({ x1: n.x - n.half, y1: n.y - n.half, x2: n.x + n.half, y2: n.y + n.half }),
      n.id,
    );
  }
  input.obstacles.forEach((b, i) => index.add(unturned(b), `obstacle:${i}`));

  const nodes = new Map<string, PlannedLabel>();
  const ordered = [...input.nodes].sort((a, b) => a.rank - b.rank || a.id.localeCompare(b.id));
  for (const n of ordered) {
    const placed = placeNode(n, input, index);
    if (!placed) continue;
    nodes.set(n.id, placed);
    index.add(unturned(placed.box), `label:${n.id}`);
  }

  const edges = new Map<string, PlannedEdgeLabel>();
  const count = new Map<string, number>();
  const candidates = input.edges.map((e) => ({
    id: e.id,
    kind: e.kind,
    box: unturned({ x1: 0, y1: 0, x2: 0, y2: 0 }),
    length: Math.hypot(e.target.x - e.source.x, e.target.y - e.source.y),
  }));
  const byId = new Map(input.edges.map((e) => [e.id, e]));
  for (const c of labelOrder(candidates)) {
    const e = byId.get(c.id);
    const n = count.get(c.kind) ?? 0;
    if (!e || n >= input.perKind) continue;
    for (const fontPx of e.sizes) {
      const box = edgeBox(e, fontPx, input);
      const bounds = turnedBounds(box);
      if (!inside(bounds, input.view) || index.hits(box, '')) continue;
      edges.set(e.id, { id: e.id, fontPx, box });
      index.add(box, `edge:${e.id}`);
      count.set(c.kind, n + 1);
      break;
    }
  }
  return { nodes, edges };
}

function placeNode(n: PlanNode, input: PlanInput, index: BoxIndex): PlannedLabel | null {
  const found = fit(n, n.texts, input, index) ?? (n.cuts ? fit(n, n.cuts, input, index) : null);
  if (found || !n.always) return found;
  const fontPx = n.sizes[n.sizes.length - 1] ?? 0;
  const text = n.texts[n.texts.length - 1] ?? '';
  const block = textBlock(text, fontPx, n, input);
  const side = n.sides.find((s) => inside(sideBox(n, s, block.w, block.h, input.gap), input.view));
  const chosen = side ?? n.sides[0] ?? 'below';
  return {
    id: n.id,
    text: block.text,
    fontPx,
    bold: n.bold,
    side: chosen,
    box: sideBox(n, chosen, block.w, block.h, input.gap),
  };
}

/** The first of `texts` that fits near `n` (gap, then size, then text, wrap and side), or null. */
function fit(
  n: PlanNode,
  texts: readonly string[],
  input: PlanInput,
  index: BoxIndex,
): PlannedLabel | null {
  for (const gap of [input.gap, ...(n.farther ?? [])]) {
    for (const fontPx of n.sizes) {
      for (const text of texts) {
        const blocks = new Map<string, { text: string; w: number; h: number }>();
        for (const wrapEm of wrapsOf(n)) {
          const block = textBlock(text, fontPx, n, input, wrapEm);
          blocks.set(block.text, block);
        }
        for (const block of blocks.values()) {
          for (const side of n.sides) {
            const box = sideBox(n, side, block.w, block.h, gap);
            if (!inside(box, input.view) || index.hits(unturned(box), n.id)) continue;
            return { id: n.id, text: block.text, fontPx, bold: n.bold, side, box };
          }
        }
      }
    }
  }
  return null;
}

/** The box of a relation label at its edge's midpoint, turned along the edge. */
function edgeBox(e: PlanEdge, fontPx: number, { measure, pad }: PlanInput): TurnedBox {
  return {
    x: (e.source.x + e.target.x) / 2,
    y: (e.source.y + e.target.y) / 2,
    halfWidth: Math.ceil(measure(e.text, fontPx, false)) / 2 + pad,
    halfHeight: fontPx / 2 + pad,
    angle: Math.atan2(e.target.y - e.source.y, e.target.x - e.source.x),
  };
}

/** The axis-aligned bounds of a turned box. */
export function turnedBounds(b: TurnedBox): Box {
  const c = Math.abs(Math.cos(b.angle));
  const s = Math.abs(Math.sin(b.angle));
  const hw = b.halfWidth * c + b.halfHeight * s;
  const hh = b.halfWidth * s + b.halfHeight * c;
  return { x1: b.x - hw, y1: b.y - hh, x2: b.x + hw, y2: b.y + hh };
}
