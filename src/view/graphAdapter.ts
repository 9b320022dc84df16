/**
 * The one Cytoscape adapter: creates the `cy` instance for a graph, applies view-state changes as
 * class differences inside one batch, runs and caches the overall layouts, lays out a focused
 * node's frame (focusView.ts), plans every label in one place (labelView.ts) for the viewport
 * the view moves to, and offers the GraphHandle (pictures, viewport: createGraphHandle.ts).
 * Cytoscape events only call back; they never change state here.
 */
import cytoscape, { type Core, type LayoutOptions, type NodeSingular } from 'cytoscape';
import type { KnowledgeGraph } from '../model/graph';
import type { LayoutName } from '../state/viewState';
import { buildStylesheet } from './cyStyle';
import { buildElements, type Positions } from './elements';
import { canvasArea } from './canvasArea';
import { fcoseInWorker } from './fcoseInWorker';
import { createFocusView } from './focusView';
import { createOverviewView } from './overviewView';
import { createGraphHandle } from './createGraphHandle';
import type { Box } from './labelGeometry';
import { createLabelView } from './labelView';
import type { GraphHandle, Viewport } from './graphHandle';
import { ROLE_SIZES_PX } from './labelRoles';
import {
  ANIMATION_MS,
  builtInLayoutOptions,
  fitViewport,
  hierarchyPositions,
  layoutViewport,
} from './layouts';
import { precomputedFcose } from './precomputedLayout';
import { changedIds, computeViewClasses, type ViewInput } from './viewClasses';

export interface AdapterOptions {
  container: HTMLElement;
  graph: KnowledgeGraph;
  layout: LayoutName;
  present: boolean;
  /** A node was clicked or tapped. */
  onNodeTap(key: string): void;
  /** The first layout has been drawn. */
  onReady(): void;
  /** The pointer came onto a node or an edge (at container pixels), or left it (null). */
  onHover?(target: HoverTarget | null): void;
  /** Parts of the canvas covered by controls (container pixels): labels keep off them. */
  covered?(): Box[];
}

/** What the pointer is on, for the name shown beside it. */
export interface HoverTarget {
  group: 'node' | 'edge';
  id: string;
  /** The node's full name as drawn (a group row's words); empty for an edge. */
  name: string;
  x: number;
  y: number;
}

export interface GraphAdapter {
  /** Applies a view state; returns the number of focused, near or lit nodes. */
  apply(input: ViewInput): number;
  /** Runs a layout (animated), ending at `landing` when given, else fitted to the graph. */
  setLayout(name: LayoutName, landing?: Viewport | null): void;
  setPresent(present: boolean): void;
  /** Centres and zooms (animated) on the node and its lit neighbourhood. */
  focus(key: string): void;
  /** Moves (animated) to a given viewport instead of a focus close-up: a story step's own. */
  land(viewport: Viewport): void;
  zoomBy(factor: number): void;
  /** Moves the view by rendered pixels (animated). */
  panBy(dx: number, dy: number): void;
  fit(): void;
  resize(): void;
  readonly handle: GraphHandle;
  destroy(): void;
}

/** The view counts as resting after this long without a zoom or pan. */
const VIEW_REST_MS = 150;
/** The font size the focus frame's rows are made for, on screen (the neighbours' second size). */
const FRAME_ROW_PX = { normal: 12, present: 18 } as const;

function currentPositions(cy: Core): Positions {
  const out: Record<string, { x: number; y: number }> = {};
  cy.nodes().forEach((n) => {
    const p = n.position();
    out[n.id()] = { x: p.x, y: p.y };
  });
  return out;
}

/** The viewport that fits `positions` (node centres) into `area` of the canvas. */
function fitInto(positions: Positions, area: Box): Viewport {
  const v = fitViewport(positions, area.x2 - area.x1, area.y2 - area.y1);
  return { zoom: v.zoom, pan: { x: v.pan.x + area.x1, y: v.pan.y + area.y1 } };
}

/** Creates the adapter; the caller must call destroy() when the container goes away. */
export function createGraphAdapter(options: AdapterOptions): GraphAdapter {
  const { graph, container } = options;
  const cache = new Map<LayoutName, Positions>();
  /** The free part of the canvas (less the controls over it). */
  const freeArea = () =>
    canvasArea(container.clientWidth, container.clientHeight, options.covered?.() ?? []);
  const fcose = precomputedFcose(graph);
  if (fcose) cache.set('fcose', fcose);
  /** Positions known without running a Cytoscape layout (the hierarchy is computed when asked). */
  const knownPositions = (name: LayoutName): Positions | undefined => {
    if (name === 'hierarchy' && !cache.has(name)) cache.set(name, hierarchyPositions(graph));
    return cache.get(name);
  };

  const initial = knownPositions(options.layout) ?? knownPositions('hierarchy') ?? {};
  const cy = cytoscape({
    container,
    elements: buildElements(graph, initial),
    style: buildStylesheet({ present: options.present }),
    // The first viewport comes from the positions alone: fitting would measure every element
    // (styles and labels) before the first frame, which the first draw does again anyway.
    layout: { name: 'preset', fit: false },
    ...fitInto(initial, freeArea()),
    minZoom: 0.1,
    maxZoom: 4,
    boxSelectionEnabled: false,
    autoungrabify: false,
    selectionType: 'single',
  });
  let classes: ReadonlyMap<string, string> = new Map();
  let layoutName: LayoutName | null = cache.has(options.layout) ? options.layout : null;
  let running: ReturnType<Core['layout']> | null = null;
  let destroyed = false;
  let present = options.present;
  let readySent = false;

  const frame = createFocusView(cy);
  const overview = createOverviewView(cy, graph);
  /** The overview's groups are on show (nothing focused, lit or compared). */
  let overviewShown = true;
  cy.on('tap', 'node', (e) => {
    const id: string = e.target.id();
    // A group node goes away when it opens: so does its name beside the pointer.
    if (overview.isGroup(id) || frame.isGroup(id)) options.onHover?.(null);
    if (overview.isGroup(id)) {
      overview.open(id);
      return relabel();
    }
    if (!frame.isGroup(id)) return options.onNodeTap(id);
    // A group row opens (or closes) in place.
    frame.toggle(id);
    shownFrame = null;
    showFocus(true);
  });
  cy.on('mouseover', 'node, edge', (e) => {
    e.target.addClass('hover');
    const p = e.target.isNode() ? e.target.renderedPosition() : e.target.renderedMidpoint();
    options.onHover?.({
      group: e.target.isNode() ? 'node' : 'edge',
      id: e.target.id(),
      name: String(e.target.data('title') ?? e.target.data('full') ?? ''),
      ...p,
    });
  });
  cy.on('mouseout', 'node, edge', (e) => {
    e.target.removeClass('hover');
    options.onHover?.(null);
  });
  // Every label comes from one plan (labelView.ts → labelPlanner.ts), made for the viewport the
  // view rests at or moves to: again after new classes, a layout, a drag, a zoom or pan by hand.
  const labels = createLabelView(cy, {
    present: () => present,
    area: () => ({ x1: 4, y1: 4, x2: cy.width() - 4, y2: cy.height() - 4 }),
    covered: () => options.covered?.() ?? [],
    hint: (id) => frame.hint(id),
  });
  const handle = createGraphHandle(cy, {
    drawn: () => readySent,
    destroyed: () => destroyed,
    labels,
  });
  /** The viewport the view is moving to (an animation), else null: labels are planned for it. */
  let heading: Viewport | null = null;
  const relabel = () => {
    labels.plan(heading ?? undefined);
  };
  let restTimer: ReturnType<typeof setTimeout> | undefined;
  cy.on('viewport', () => {
    clearTimeout(restTimer);
    restTimer = setTimeout(() => {
      if (destroyed || cy.animated()) return;
      heading = null;
      labels.plan();
    }, VIEW_REST_MS);
  });
  cy.on('layoutstop', relabel);
  cy.on('dragfree', 'node', relabel);

  let awaitingWorker = false;
  const ready = () => {
    if (readySent || destroyed) return;
    readySent = true;
    options.onReady();
  };
  /** Reports ready once the current positions are drawn (or after a second at the latest). */
  const readyAfterDraw = () => {
    cy.one('render', ready);
    setTimeout(ready, 1000);
  };

  /** Moves the nodes to `positions`, the view to `landing` or to fit them; labels planned for the end. */
  const runPreset = (positions: Positions, animate: boolean, landing: Viewport | null) => {
    running?.stop();
    const shown: Record<string, { x: number; y: number }> = {};
    cy.nodes(':visible').forEach((n) => {
      shown[n.id()] = positions[n.id()] ?? n.position();
    });
    const end = landing ?? fitArea(shown);
    heading = end;
    labels.plan(end, new Map(Object.entries(shown)));
    running = cy.layout({
      name: 'preset',
      // Cytoscape calls this with the node (its typings say the id).
      positions: (node: NodeSingular) => positions[node.id()] ?? node.position(),
      animate,
      animationDuration: ANIMATION_MS,
      ...layoutViewport(end),
    } as LayoutOptions);
    running.run();
  };

  const setLayout = (name: LayoutName, animate = true, landing: Viewport | null = null): void => {
    if (destroyed || name === layoutName) return;
    layoutName = name;
    const cached = knownPositions(name);
    if (cached) {
      overview.sync(overviewShown && !frame.focused(), cached);
      if (!frame.focused()) return runPreset(cached, animate, landing);
      // The focus keeps its frame; the rest moves out of it from its new places.
      shownFrame = null;
      return showFocus(animate);
    }
    if (name === 'fcose') {
      // Only when data/layout.json is stale: the graph stays busy until these positions are drawn.
      awaitingWorker = !readySent;
      fcoseInWorker(graph)
        .then((positions) => {
          cache.set('fcose', positions);
          if (!destroyed && layoutName === 'fcose') runPreset(positions, readySent, landing);
        })
        .catch((e: unknown) => console.error(e))
        .finally(readyAfterDraw);
      return;
    }
    if (name === 'hierarchy') return; // always known (above); this narrows the type
    running?.stop();
    overview.sync(false, undefined);
    const layout = cy.layout(builtInLayoutOptions(name, animate, landing));
    layout.one('layoutstop', () => {
      cache.set(name, currentPositions(cy));
      overview.sync(overviewShown && !frame.focused(), cache.get(name));
      if (frame.focused()) {
        shownFrame = null;
        showFocus(true);
      }
    });
    running = layout;
    layout.run();
  };

  // The first picture: precomputed or cheap positions, so no layout runs before the first paint.
  // A built-in layout runs synchronously before it; a stale fcose waits for the worker.
  if (layoutName === null) setLayout(options.layout, false, null);
  overview.sync(true, layoutName ? cache.get(layoutName) : undefined);
  labels.plan();
  if (!awaitingWorker) readyAfterDraw();

  /**
   * Moves (animated) to `viewport`, with the labels planned for it. A focus keeps its frame and
   * the camera goes to `viewport` (a story step captured in it).
   */
  const land = (viewport: Viewport) => {
    const focus = cy.nodes('.focus').first();
    if (focus.nonempty()) {
      landing = { focus: focus.id(), viewport };
      shownFrame = null;
      return showFocus(true);
    }
    cy.stop(true, true);
    heading = viewport;
    labels.plan(viewport);
    handle.setViewport(viewport, { animate: true });
  };

  /** Where a node stands in the overall layout (its place outside any focus frame). */
  const overall = (id: string) => (layoutName ? cache.get(layoutName)?.[id] : undefined);
  /** The canvas less the controls over it. */
  const area = () => canvasArea(cy.width(), cy.height(), options.covered?.() ?? []);
  /** The viewport that fits `positions` (node centres) into the free part of the canvas. */
  const fitArea = (positions: Positions): Viewport => fitInto(positions, area());
  /** What the frame on show was laid out for (focus, classes, mode, canvas), to lay out once. */
  let shownFrame: string | null = null;
  let classesVersion = 0;
  /** Where a story step wants the camera over the frame of its focus. */
  let landing: { focus: string; viewport: Viewport } | null = null;
  let hops: 1 | 2 = 1;
  /** Lays out the focused node's frame and moves there, unless it is on show already. */
  const showFocus = (animate: boolean) => {
    const focus = cy.nodes('.focus').first();
    if (focus.empty() || !focus.visible()) return;
    const key = `${focus.id()}|${classesVersion}|${present}|${cy.width()}x${cy.height()}`;
    if (key === shownFrame) return;
    shownFrame = key;
    const mode = present ? 'present' : 'normal';
    const laid = frame.layout(focus.id(), area(), {
      rowPx: FRAME_ROW_PX[mode],
      focusPx: ROLE_SIZES_PX[mode].focus[0] ?? 20,
      twoHops: hops === 2,
      overall,
    });
    const camera = landing?.focus === focus.id() ? landing.viewport : laid?.viewport;
    if (laid && camera) runPreset(Object.fromEntries(laid.positions), animate && readySent, camera);
  };
  /** Leaves the focus frame: the overall layout again, fitted. */
  const clearFocus = () => {
    landing = null;
    if (!frame.focused()) return;
    frame.clear();
    shownFrame = null;
    const positions = layoutName ? cache.get(layoutName) : undefined;
    if (positions) runPreset(positions, readySent, null);
  };

  return {
    apply(input) {
      const next = computeViewClasses(graph, input);
      hops = input.hops;
      const ids = changedIds(classes, next.classes);
      if (ids.length > 0) {
        cy.batch(() => {
          for (const id of ids) {
            const ele = cy.getElementById(id);
            const base = ele.isNode() ? `k-${String(ele.data('kind'))}` : '';
            const hover = ele.hasClass('hover') ? ' hover' : '';
            ele.classes(`${base} ${next.classes.get(id) ?? ''}${hover}`);
          }
        });
        classesVersion++;
        overviewShown = next.litNodes === 0 && input.compare === null;
        if (cy.nodes('.focus').nonempty()) {
          overview.sync(false, undefined);
          showFocus(true);
        } else {
          overview.sync(overviewShown, layoutName ? cache.get(layoutName) : undefined);
          clearFocus();
          relabel();
        }
      }
      classes = next.classes;
      return next.litNodes;
    },
    setLayout: (name, landing = null) => setLayout(name, true, landing),
    setPresent(next) {
      if (next === present) return;
      present = next;
      cy.style(buildStylesheet({ present }));
      if (frame.focused()) showFocus(true);
      else relabel();
    },
    focus(key) {
      if (cy.getElementById(key).hasClass('focus')) showFocus(true);
    },
    land,
    zoomBy(factor) {
      const zoom = cy.zoom() * factor;
      cy.animate({
        zoom: { level: zoom, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } },
        duration: 200,
      });
    },
    panBy(dx, dy) {
      cy.animate({ panBy: { x: dx, y: dy }, duration: 150 });
    },
    fit: () => handle.fit(undefined, { animate: true }),
    resize() {
      cy.resize();
      if (frame.focused()) showFocus(true);
      else relabel();
    },
    handle,
    destroy() {
      destroyed = true;
      clearTimeout(restTimer);
      running?.stop();
      cy.destroy();
    },
  };
}
