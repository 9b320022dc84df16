/**
 * The labels around a focus large enough to read. Focusing a hub zooms out to show all its
 * neighbours, and their labels then render at 5–8 px. Each lit neighbour's label is drawn at the
 * largest of LEGIBLE_LABEL_PX (on screen, at the view's resting zoom; larger for a projector in
 * presenter mode) that covers nothing: no other label, no lit shape, nothing off the view. Where
 * none fits it keeps the size the layout made room for. Boxes are in model pixels, so the choice
 * stays overlap-free at any zoom (and is made again when the view comes to rest elsewhere).
 */
import type { Core, NodeSingular } from 'cytoscape';
import type { NodeKind } from '../model/schema';
import { NODE_KINDS } from '../model/vocabulary';
import { edgeLabelFontSize } from './edgeLabels';
import { KIND_STYLE } from './kindStyle';
import {
  boxesOverlap,
  labelExtent,
  labelScale,
  nodeFontSize,
  placed,
  type Box,
} from './labelGeometry';

/** On-screen label sizes tried around a focus, largest first, on a screen and a projector. */
export const LEGIBLE_LABEL_PX = { normal: [12, 10], present: [14, 12, 10] } as const;
/** A label grows to at most this many times its kind's font size. */
const MAX_GROWTH = 3.5;

export interface LabelCandidate {
  id: string;
  /** The node's own shape, which its label lies against but must not be kept from. */
  shape?: Box;
  /** The label box at its normal size. */
  normal: Box;
  /** Larger sizes to try, largest first. */
  larger: readonly LabelSize[];
}

/** A font size (model px) and the label box at it. */
export interface LabelSize {
  fontSize: number;
  box: Box;
}

const inside = (b: Box, view: Box) =>
  b.x1 >= view.x1 && b.x2 <= view.x2 && b.y1 >= view.y1 && b.y2 <= view.y2;

/**
 * The larger size each candidate (taken in the order given) gets, by id. A size is taken
 * only when its box lies inside `view` and overlaps no obstacle (but the candidate's own shape),
 * no label already chosen and no normal label still to choose; a candidate with no such size
 * keeps its normal box. So if the normal labels do not overlap each other, no two chosen labels
 * do.
 */
export function chooseLarger(
  candidates: readonly LabelCandidate[],
  obstacles: readonly Box[],
  view: Box,
): Map<string, LabelSize> {
  const taken: Box[] = [...obstacles];
  const chosen = new Map<string, LabelSize>();
  candidates.forEach((c, i) => {
    const blocking = [...taken, ...candidates.slice(i + 1).map((o) => o.normal)].filter(
      (b) => b !== c.shape,
    );
    const fits = c.larger.find(
      ({ box }) => inside(box, view) && !blocking.some((b) => boxesOverlap(box, b)),
    );
    if (fits) chosen.set(c.id, fits);
    taken.push(fits ? fits.box : c.normal);
  });
  return chosen;
}

/** On-screen size of the relation labels written around a focus, on a screen and a projector. */
export const LEGIBLE_EDGE_LABEL_PX = { normal: 10, present: 12 } as const;

/**
 * Font size (model px) of the relation labels around a focus at `zoom`: the stylesheet's, or
 * larger where that draws them under LEGIBLE_EDGE_LABEL_PX (at most MAX_GROWTH times as large).
 */
export function legibleEdgeFontSize(zoom: number, present: boolean): number {
  const drawn = edgeLabelFontSize(present);
  const wanted = Math.ceil(LEGIBLE_EDGE_LABEL_PX[present ? 'present' : 'normal'] / zoom);
  return Math.min(Math.max(drawn, wanted), Math.round(drawn * MAX_GROWTH));
}

/**
 * Font sizes (model px, largest first) that draw `kind`'s label at LEGIBLE_LABEL_PX at `zoom`:
 * only those larger than the mode's own size, and at most MAX_GROWTH times the kind's.
 */
export function legibleFontSizes(kind: NodeKind, zoom: number, present: boolean): number[] {
  const base = KIND_STYLE[kind].fontSize;
  const drawn = nodeFontSize(kind, present);
  const targets = present ? LEGIBLE_LABEL_PX.present : LEGIBLE_LABEL_PX.normal;
  const sizes = targets
    .map((px) => Math.min(Math.ceil(px / zoom), Math.round(base * MAX_GROWTH)))
    .filter((size) => size > drawn);
  return [...new Set(sizes)];
}

const kindOf = (n: NodeSingular) => n.data('kind') as NodeKind;

/** Room kept around a shape for its border (up to 4 px wide, half of it outside the shape). */
const SHAPE_MARGIN = 2;

/** The node's shape, border included, as a box in model pixels. */
function shapeBox(n: NodeSingular): Box {
  const p = n.position();
  const half = KIND_STYLE[kindOf(n)].size / 2 + SHAPE_MARGIN;
  return { x1: p.x - half, y1: p.y - half, x2: p.x + half, y2: p.y + half };
}

/** Gives the nodes enlarged before (by id) their stylesheet's label size again. */
export function clearLargerLabels(cy: Core, ids: readonly string[]): void {
  if (ids.length === 0) return;
  cy.batch(() => {
    for (const id of ids) cy.getElementById(id).removeStyle('font-size');
  });
}

/**
 * Enlarges the lit neighbours' labels for a view resting at `zoom` over `view` (model pixels).
 * `focusLabel` is the focused node's label box; the lit shapes are obstacles too. Hub kinds
 * (NODE_KINDS order) choose first. Returns the labels enlarged and their new boxes (each holds
 * the label's old box: a label grows down and to both sides from under its shape).
 */
export function enlargeLitLabels(
  cy: Core,
  { zoom, view, present }: { zoom: number; view: Box; present: boolean },
  focusLabel: Box,
): { id: string; box: Box }[] {
  const lit: NodeSingular[] = [];
  cy.nodes('.near:visible, .lit:visible').forEach((n) => {
    if (!n.hasClass('focus')) lit.push(n);
  });
  lit.sort(
    (a, b) =>
      NODE_KINDS.indexOf(kindOf(a)) - NODE_KINDS.indexOf(kindOf(b)) || a.id().localeCompare(b.id()),
  );
  const shapes = new Map<string, Box>();
  cy.nodes('.focus, .near:visible, .lit:visible').forEach((n) => {
    shapes.set(n.id(), shapeBox(n));
  });
  const candidates: LabelCandidate[] = [];
  const obstacles: Box[] = [...shapes.values(), focusLabel];
  lit.forEach((n) => {
    const kind = kindOf(n);
    const full = String(n.data('full'));
    const at = (scale: number) => placed(labelExtent(kind, full, scale), n.position());
    const normal = at(labelScale(present));
    const sizes = legibleFontSizes(kind, zoom, present);
    if (sizes.length === 0) return void obstacles.push(normal);
    const larger = sizes.map((fontSize) => ({
      fontSize,
      box: at(fontSize / KIND_STYLE[kind].fontSize),
    }));
    candidates.push({ id: n.id(), shape: shapes.get(n.id()), normal, larger });
  });
  const chosen = chooseLarger(candidates, obstacles, view);
  cy.batch(() => {
    for (const [id, { fontSize }] of chosen) cy.getElementById(id).style('font-size', fontSize);
  });
  return [...chosen].map(([id, { box }]) => ({ id, box }));
}
