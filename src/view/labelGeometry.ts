/**
 * The room the overall layouts keep for each node, without a canvas: a label box below the shape
 * at the kind's font size, and the box of shape and label together, relative to the node's
 * centre; the force layout and the hierarchy keep these boxes apart. (Where labels are really
 * drawn, and how large, is the label planner's choice: labelPlanner.ts.) And box overlap tests.
 */
import type { NodeKind } from '../model/schema';
import { nodeLabel } from './elements';
import { KIND_STYLE } from './kindStyle';
import { textWidth } from './labelFont';

/** An axis-aligned box in model pixels. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The overall layouts make room for labels this much larger than the kinds' font sizes. */
export const PRESENT_LABEL_SCALE = 1.35;

/**
 * Cytoscape's label bounds add to the text, on every side, the background padding (1 px in the
 * stylesheet) and a 2 px margin of error; text-margin-y (3 px) moves the box down by as much as
 * that adds on top, so the box starts right under the shape.
 */
const LABEL_PAD = 1 + 2;

/** The label's box relative to the node's centre, at `scale` times the kind's font size. */
export function labelExtent(kind: NodeKind, label: string, scale = 1): Box {
  const k = KIND_STYLE[kind];
  const fontSize = Math.round(k.fontSize * scale);
  const lines = nodeLabel(kind, label).split('\n');
  const textW = Math.max(...lines.map((l) => Math.ceil(textWidth(l, fontSize, k.labelBold))));
  const w = textW + 2 * LABEL_PAD;
  const top = k.size / 2;
  return { x1: -w / 2, y1: top, x2: w / 2, y2: top + lines.length * fontSize + 2 * LABEL_PAD };
}

/** Shape and label together, relative to the node's centre. */
export function nodeExtent(kind: NodeKind, label: string, scale = 1): Box {
  const half = KIND_STYLE[kind].size / 2;
  const l = labelExtent(kind, label, scale);
  return { x1: Math.min(-half, l.x1), y1: -half, x2: Math.max(half, l.x2), y2: l.y2 };
}

/** `box` moved to a node at `p`. */
export function placed(box: Box, p: { x: number; y: number }): Box {
  return { x1: box.x1 + p.x, y1: box.y1 + p.y, x2: box.x2 + p.x, y2: box.y2 + p.y };
}

/** True when the two boxes share an area wider and taller than `tolerance`. */
export function boxesOverlap(a: Box, b: Box, tolerance = 0): boolean {
  return (
    Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > tolerance &&
    Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > tolerance
  );
}

/** Every pair of ids whose boxes overlap (quadratic: fine for a few hundred boxes). */
export function overlappingPairs(
  boxes: readonly { id: string; box: Box }[],
  tolerance = 0,
): [string, string][] {
  const out: [string, string][] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1))
      if (boxesOverlap(a.box, b.box, tolerance)) out.push([a.id, b.id]);
  });
  return out;
}
