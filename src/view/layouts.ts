/**
 * The four layouts. fcose (the default) is computed ahead of time (scripts/computeLayout.ts →
 * data/layout.json, or a Web Worker when that file is stale) with seeded randomness, so the same
 * graph always gives the same picture. The hierarchy is a pure layered placement by kind; the
 * concentric and grid layouts are Cytoscape's built-ins ordered by kind.
 */
import type { LayoutOptions, NodeCollection, NodeSingular } from 'cytoscape';
import type { KnowledgeGraph } from '../model/graph';
import { NODE_KINDS, type NodeKind } from '../model/vocabulary';
import type { Positions } from './elements';
import type { Viewport } from './graphHandle';
import { KIND_STYLE } from './kindStyle';
import { PRESENT_LABEL_SCALE, nodeExtent, type Box } from './labelGeometry';

/** Space left around the graph when it is fitted to the view, in screen pixels. */
export const FIT_PADDING = 50;
/** How long layout switches and viewport moves animate, in ms. */
export const ANIMATION_MS = 450;
/** Focusing or fitting a few nodes zooms in no further than this: labels stay a readable size. */
export const MAX_CLOSE_UP_ZOOM = 1.6;

/** Seed of the fcose layout's random numbers: change it to get another (stable) picture. */
export const FCOSE_SEED = 20141113;

/**
 * fcose options shared by the build-time script and the worker. Its nodes are whole
 * node-and-label boxes and it measures edges between box borders, so a short ideal edge and a
 * mild repulsion keep the picture compact; the overlap removal after it does the rest.
 */
export const FCOSE_OPTIONS = {
  name: 'fcose',
  quality: 'proof',
  randomize: true,
  animate: false,
  fit: false,
  nodeDimensionsIncludeLabels: false,
  packComponents: false,
  nodeSeparation: 140,
  idealEdgeLength: 80,
  nodeRepulsion: 2000,
  edgeElasticity: 0.4,
  gravity: 0.15,
  gravityRange: 3.8,
  numIter: 2500,
  tile: true,
  tilingPaddingVertical: 40,
  tilingPaddingHorizontal: 40,
} as const;

/** A small deterministic PRNG (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Runs `fn` with Math.random replaced by a seeded generator: fcose draws its initial spectral
 * placement from Math.random and offers no seed option. `fn` must be synchronous.
 */
export function withSeededRandom<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}

/** Rows of the hierarchy: declarations → areas → actions → forums, then the rest. */
const HIERARCHY_RANK: Record<NodeKind, number> = {
  declaration: 0,
  area: 1,
  action: 2,
  forum: 3,
  event: 4,
  project: 4,
  organization: 5,
  country: 5,
};
const COLUMN_GAP = 160;
const SUB_ROW_GAP = 70;
const ROW_GAP = 150;
const MAX_PER_ROW = 10;
/** Free space between one node's label and the next node or label, in model pixels. */
const LABEL_CLEARANCE = 8;

/**
 * Layered positions by kind. Within a row nodes are ordered by the mean position of their
 * neighbours in rows above (fewer crossings), long rows wrap into staggered sub-rows.
 */
export function hierarchyPositions(graph: KnowledgeGraph): Positions {
  const rows = new Map<number, string[]>();
  graph.forEachNode((key, attrs) => {
    const r = HIERARCHY_RANK[attrs.kind];
    const row = rows.get(r) ?? [];
    row.push(key);
    rows.set(r, row);
  });
  // Columns as wide as the widest label in presenter mode, so neighbours' labels never touch.
  const columnGap = Math.max(
    COLUMN_GAP,
    ...graph.mapNodes((_key, { kind, label }) => {
      const e = nodeExtent(kind, label, PRESENT_LABEL_SCALE);
      return e.x2 - e.x1 + LABEL_CLEARANCE;
    }),
  );
  const out: Record<string, { x: number; y: number }> = {};
  let y = 0;
  for (const r of [...rows.keys()].sort((a, b) => a - b)) {
    const row = rows.get(r) ?? [];
    const score = new Map<string, number>();
    for (const key of row) {
      const xs = graph.neighbors(key).flatMap((n) => (out[n] ? [out[n].x] : []));
      score.set(key, xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : Infinity);
    }
    row.sort(
      (a, b) =>
        (score.get(a) ?? 0) - (score.get(b) ?? 0) ||
        graph.getNodeAttribute(a, 'label').localeCompare(graph.getNodeAttribute(b, 'label')),
    );
    const perRow = Math.min(MAX_PER_ROW, row.length);
    // Staggered sub-rows sit far enough apart that a label clears the shapes below it.
    const subRowGap = Math.max(
      SUB_ROW_GAP,
      ...row.map((key) => {
        const { kind, label } = graph.getNodeAttributes(key);
        return (
          nodeExtent(kind, label, PRESENT_LABEL_SCALE).y2 +
          KIND_STYLE[kind].size / 2 +
          LABEL_CLEARANCE
        );
      }),
    );
    row.forEach((key, i) => {
      const sub = Math.floor(i / perRow);
      const col = i % perRow;
      const stagger = sub % 2 === 1 ? columnGap / 2 : 0;
      out[key] = { x: (col - (perRow - 1) / 2) * columnGap + stagger, y: y + sub * subRowGap };
    });
    y += (Math.ceil(row.length / perRow) - 1) * subRowGap + ROW_GAP;
  }
  return out;
}

/** Rings of the concentric layout, inside out. */
const CONCENTRIC_ORDER: readonly NodeKind[] = [
  'area',
  'declaration',
  'forum',
  'action',
  'project',
  'organization',
  'event',
  'country',
];

function kindOf(node: NodeSingular): NodeKind {
  return node.data('kind') as NodeKind;
}

/**
 * Where a layout leaves the view: fitted to the graph, or at `landing` (a story step's captured
 * viewport), reached in the same animation as the nodes' moves.
 */
export function layoutViewport(landing: Viewport | null = null): {
  fit: boolean;
  padding?: number;
  zoom?: number;
  pan?: Viewport['pan'];
} {
  return landing
    ? { fit: false, zoom: landing.zoom, pan: { ...landing.pan } }
    : { fit: true, padding: FIT_PADDING };
}

/** Options of Cytoscape's built-in layouts (animated switching). */
export function builtInLayoutOptions(
  name: 'concentric' | 'grid',
  animate = true,
  landing: Viewport | null = null,
): LayoutOptions {
  const common = {
    animate,
    animationDuration: ANIMATION_MS,
    ...layoutViewport(landing),
    // Cells and rings sized by the drawn labels, so labels do not run into each other.
    nodeDimensionsIncludeLabels: true,
  };
  if (name === 'concentric') {
    return {
      ...common,
      name: 'concentric',
      concentric: (n: NodeSingular) =>
        CONCENTRIC_ORDER.length - CONCENTRIC_ORDER.indexOf(kindOf(n)),
      levelWidth: () => 1,
      minNodeSpacing: 60,
      avoidOverlap: true,
      sort: (a: NodeSingular, b: NodeSingular) =>
        String(a.data('label')).localeCompare(String(b.data('label'))),
    } as LayoutOptions;
  }
  return {
    ...common,
    name: 'grid',
    avoidOverlap: true,
    avoidOverlapPadding: 16,
    sort: (a: NodeSingular, b: NodeSingular) =>
      NODE_KINDS.indexOf(kindOf(a)) - NODE_KINDS.indexOf(kindOf(b)) ||
      String(a.data('label')).localeCompare(String(b.data('label'))),
  } as LayoutOptions;
}

/** Fitting zooms in no further than this unless told otherwise. */
const MAX_FIT_ZOOM = 1.5;

/**
 * Zoom and pan that fit `positions` (node centres, plus a margin for shapes and labels), zooming
 * in no further than `maxZoom`.
 */
export function fitViewport(
  positions: Positions,
  width: number,
  height: number,
  { maxZoom = MAX_FIT_ZOOM }: { maxZoom?: number } = {},
): { zoom: number; pan: { x: number; y: number } } {
  const ps = Object.values(positions);
  if (ps.length === 0 || width <= 0 || height <= 0) return { zoom: 1, pan: { x: 0, y: 0 } };
  const margin = 40;
  const x1 = Math.min(...ps.map((p) => p.x)) - margin;
  const x2 = Math.max(...ps.map((p) => p.x)) + margin;
  const y1 = Math.min(...ps.map((p) => p.y)) - margin;
  const y2 = Math.max(...ps.map((p) => p.y)) + margin;
  const zoom = Math.min(
    maxZoom,
    (width - 2 * FIT_PADDING) / (x2 - x1),
    (height - 2 * FIT_PADDING) / (y2 - y1),
  );
  return {
    zoom,
    pan: { x: width / 2 - ((x1 + x2) / 2) * zoom, y: height / 2 - ((y1 + y2) / 2) * zoom },
  };
}

/** The viewport that fits `positions` (node centres) into `area` of the canvas. */
export function fitInto(
  positions: Positions,
  area: Box,
  options: { maxZoom?: number } = {},
): Viewport {
  const v = fitViewport(positions, area.x2 - area.x1, area.y2 - area.y1, options);
  return { zoom: v.zoom, pan: { x: v.pan.x + area.x1, y: v.pan.y + area.y1 } };
}

/** The nodes' positions now, by id (to keep what a built-in layout computed, to fit them). */
export function currentPositions(nodes: NodeCollection): Positions {
  const out: Record<string, { x: number; y: number }> = {};
  nodes.forEach((n) => {
    const p = n.position();
    out[n.id()] = { x: p.x, y: p.y };
  });
  return out;
}
