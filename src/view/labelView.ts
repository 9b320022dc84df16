/**
 * Feeds the label planner from Cytoscape and applies its plan: reads what the view shows (each
 * node's role from its classes, its position on screen at the viewport the view rests at or is
 * moving to), plans in screen pixels with the shipped font's metrics, and writes each label's
 * text, size and side as element styles (model pixels: the plan's size divided by the zoom).
 * Nothing else sets a label: the stylesheet draws none.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { NodeKind } from '../model/schema';
import type { Viewport } from './graphHandle';
import { KIND_STYLE } from './kindStyle';
import { textWidth } from './labelFont';
import type { Box } from './labelGeometry';
import {
  planLabels,
  type LabelPlan,
  type LabelSide,
  type PlanEdge,
  type PlanNode,
  type PlannedLabel,
} from './labelPlanner';
import {
  DEFAULT_SIDES,
  EDGE_LABEL_SIZES_PX,
  HUB_DEGREE,
  ROLE_SIZES_PX,
  WRAP_EM,
  labelRank,
  labelRole,
} from './labelRoles';
import { labelTexts } from './labelTexts';

/** Room kept around a shape for its border (up to 4 px wide, half of it outside), model px. */
const SHAPE_ROOM = 2;
/** Room between a shape and its label, on screen. */
const LABEL_GAP_PX = 2;
/**
 * Crime areas and hubs (HUB_DEGREE links or more) name the overview: where no label fits close,
 * it may stand this far off, px.
 */
const HUB_FARTHER_PX = [8, 16] as const;
/** At most this many relation labels of one relation and direction around a focus. */
const LABELS_PER_KIND = 3;

/** How the focus layout wants a node labelled (sides to try, line wrapping). */
export interface LabelHint {
  sides?: readonly LabelSide[];
  wrapEm?: number;
}

export interface LabelViewOptions {
  present(): boolean;
  /** The part of the canvas labels must stay in (clear of the toolbar and the legend). */
  area(): Box;
  /** Parts of the canvas covered by controls (screen px): labels keep off them. */
  covered(): Box[];
  hint(id: string): LabelHint | undefined;
}

export interface PlanOptions {
  /** No label smaller than this on screen (a picture for paper); sizes under it are dropped. */
  minPx?: number;
}

/** The role's sizes, none under `minPx` (only `minPx` itself where all were under it). */
export function sizesAtLeast(sizes: readonly number[], minPx = 0): readonly number[] {
  const kept = sizes.filter((px) => px >= minPx);
  return kept.length > 0 ? kept : [Math.ceil(minPx)];
}

export interface LabelView {
  /**
   * Plans and applies every label for `viewport` (the view's own when not given), with nodes
   * at `positions` (model px; their current positions when not given).
   */
  plan(
    viewport?: Viewport,
    positions?: ReadonlyMap<string, { x: number; y: number }>,
    options?: PlanOptions,
  ): LabelPlan;
}

const kindOf = (n: NodeSingular) => n.data('kind') as NodeKind;

/**
 * A node's label texts for the planner: with a short name ("2014 Joint Declaration"), the cuts of
 * its full name ("ASEAN-Japan Joint…") are tried only after the short name at every size.
 */
function textsOf(
  full: string,
  short: readonly string[],
  options: { focus: boolean; row: boolean },
): Pick<PlanNode, 'texts' | 'cuts'> {
  const texts = labelTexts(full, short, options);
  if (short.length === 0) return { texts };
  const isCut = (t: string) => t.endsWith('…') && !short.includes(t);
  return { texts: texts.filter((t) => !isCut(t)), cuts: texts.filter(isCut) };
}

export function createLabelView(cy: Core, options: LabelViewOptions): LabelView {
  /** Edges whose relation is written now (to clear them without reading every edge's style). */
  let labelledEdges = new Set<string>();

  const plan: LabelView['plan'] = (viewport, positions, planOptions = {}) => {
    const { zoom, pan } = viewport ?? { zoom: cy.zoom(), pan: cy.pan() };
    const present = options.present();
    const mode = present ? 'present' : 'normal';
    const at = (n: NodeSingular) => positions?.get(n.id()) ?? n.position();
    const toScreen = (p: { x: number; y: number }) => ({
      x: p.x * zoom + pan.x,
      y: p.y * zoom + pan.y,
    });
    const nodes: PlanNode[] = [];
    /** Each labelled node's centre on screen and shape size (model px), for applying the plan. */
    const shapes = new Map<string, NodeShape>();
    const obstacles: Box[] = [];
    const visible = cy.nodes(':visible');
    visible.forEach((n) => {
      const kind = kindOf(n);
      const size = Number(n.data('size') ?? KIND_STYLE[kind].size);
      const half = (size / 2 + SHAPE_ROOM) * zoom + 1;
      const { x, y } = toScreen(at(n));
      const role = labelRole(
        {
          focus: n.hasClass('focus'),
          lit: n.hasClass('lit'),
          near: n.hasClass('near'),
          faded: n.hasClass('faded'),
        },
        kind,
        n.data('members') !== undefined,
      );
      if (!role) {
        obstacles.push({ x1: x - half, y1: y - half, x2: x + half, y2: y + half });
        return;
      }
      const hint = options.hint(n.id());
      // A group stands for its members' links; a node's own links are its degree.
      const degree = Number(n.data('degree') ?? n.degree(false));
      shapes.set(n.id(), { x, y, size });
      nodes.push({
        id: n.id(),
        x,
        y,
        half,
        ...textsOf(String(n.data('full')), (n.data('short') as string[] | undefined) ?? [], {
          focus: role === 'focus',
          row: hint?.wrapEm === 0,
        }),
        bold: role === 'focus' || KIND_STYLE[kind].labelBold,
        sizes: sizesAtLeast(ROLE_SIZES_PX[mode][role], planOptions.minPx),
        sides: hint?.sides ?? DEFAULT_SIDES,
        rank: labelRank(role, kind, degree),
        wrapEm: hint?.wrapEm ?? (role === 'focus' ? WRAP_EM.focus : WRAP_EM.other),
        always: role === 'focus',
        ...(role === 'backbone' && (kind === 'area' || degree >= HUB_DEGREE)
          ? { farther: HUB_FARTHER_PX }
          : {}),
      });
    });
    obstacles.push(...options.covered());
    const edges: PlanEdge[] = [];
    const focus = cy.nodes('.focus');
    cy.edges('.focus-edge:visible').forEach((e: EdgeSingular) => {
      const ends =
        (!positions && drawnEnds(e)) || approximateEnds(at(e.source()), at(e.target()), e, zoom);
      const outward = e.source().same(focus);
      edges.push({
        id: e.id(),
        source: toScreen(ends.source),
        target: toScreen(ends.target),
        text: String(e.data('relation')),
        kind: `${outward ? 'from' : 'to'} ${String(e.data('relation'))}`,
        sizes: sizesAtLeast(EDGE_LABEL_SIZES_PX[mode], planOptions.minPx),
      });
    });
    const planned = planLabels({
      nodes,
      obstacles,
      edges,
      view: options.area(),
      measure: textWidth,
      pad: labelPad(zoom),
      gap: LABEL_GAP_PX,
      perKind: LABELS_PER_KIND,
    });
    apply(cy, planned, zoom, visible, shapes, labelledEdges);
    labelledEdges = new Set(planned.edges.keys());
    return planned;
  };

  return { plan };
}

/** A labelled node's centre on screen and its shape's size in model px. */
interface NodeShape {
  x: number;
  y: number;
  size: number;
}

/**
 * Room between a label's text and its box edge on screen: Cytoscape's label bounds add the
 * background padding (1 px) and a 2 px margin of error, in model px; one more px covers rounding.
 */
const labelPad = (zoom: number) => 3 * zoom + 1;

type Ends = { source: { x: number; y: number }; target: { x: number; y: number } };

/**
 * Where Cytoscape draws the edge's ends, once it has drawn the edge (an edge not drawn yet, as
 * one just added or shown, has none: undefined, which its typings do not say).
 */
function drawnEnds(e: EdgeSingular): Ends | null {
  const source = e.sourceEndpoint() as { x: number; y: number } | undefined;
  const target = e.targetEndpoint() as { x: number; y: number } | undefined;
  const finite = (p: { x: number; y: number } | undefined): p is { x: number; y: number } =>
    p !== undefined && Number.isFinite(p.x) && Number.isFinite(p.y);
  return finite(source) && finite(target) ? { source, target } : null;
}

/** Where a straight edge between two shapes starts and ends (shapes taken as circles). */
function approximateEnds(
  s: { x: number; y: number },
  t: { x: number; y: number },
  e: EdgeSingular,
  zoom: number,
): Ends {
  const d = Math.hypot(t.x - s.x, t.y - s.y) || 1;
  const rs = e.source().width() / 2;
  const rt = e.target().width() / 2 + 4 / zoom;
  const ux = (t.x - s.x) / d;
  const uy = (t.y - s.y) / d;
  return {
    source: { x: s.x + ux * rs, y: s.y + uy * rs },
    target: { x: t.x - ux * rt, y: t.y - uy * rt },
  };
}

/**
 * The Cytoscape label style that draws `label` where the plan put it: which side of the shape
 * Cytoscape anchors the text to, and the margin that moves the text to the planned box (text
 * inside the box's padding). Cytoscape anchors a label at the shape's edge (halign, valign) and
 * shifts it by the margins, in model px.
 */
function labelStyle(
  label: PlannedLabel,
  node: NodeShape,
  zoom: number,
  pad: number,
): Record<string, string | number> {
  const { box, side } = label;
  const half = node.size / 2;
  const [vertical, horizontal] = side.includes('-')
    ? (side.split('-') as ['below' | 'above', 'left' | 'right'])
    : side === 'left' || side === 'right'
      ? (['middle', side] as const)
      : ([side, 'center'] as const);
  const valign = vertical === 'below' ? 'bottom' : vertical === 'above' ? 'top' : 'center';
  // From the shape's edge to the text's near edge (inside the box's padding), in model px.
  const margin = (after: boolean, before: boolean, near: number, far: number, centre: number) =>
    after ? (near + pad - centre) / zoom - half : before ? (far - pad - centre) / zoom + half : 0;
  const marginY = margin(valign === 'bottom', valign === 'top', box.y1, box.y2, node.y);
  const marginX = margin(horizontal === 'right', horizontal === 'left', box.x1, box.x2, node.x);
  return {
    label: label.text,
    'font-size': label.fontPx / zoom,
    'text-valign': valign,
    'text-halign': horizontal,
    'text-margin-x': marginX,
    'text-margin-y': marginY,
  };
}

/** Writes the plan into element styles, in one batch. */
function apply(
  cy: Core,
  plan: LabelPlan,
  zoom: number,
  visible: ReturnType<Core['nodes']>,
  shapes: ReadonlyMap<string, NodeShape>,
  labelledBefore: ReadonlySet<string>,
): void {
  const pad = labelPad(zoom);
  cy.batch(() => {
    visible.forEach((n) => {
      const label = plan.nodes.get(n.id());
      const shape = shapes.get(n.id());
      if (!label || !shape) {
        n.style('label', '');
        return;
      }
      n.style({
        ...labelStyle(label, shape, zoom, pad),
        'font-weight': label.bold ? 'bold' : 'normal',
      });
    });
    for (const id of labelledBefore) {
      if (!plan.edges.has(id)) cy.getElementById(id).removeStyle('label font-size');
    }
    for (const [id, label] of plan.edges) {
      const e = cy.getElementById(id);
      e.style({ label: String(e.data('relation')), 'font-size': label.fontPx / zoom });
    }
  });
}
