/**
 * The one Cytoscape adapter: creates the `cy` instance for a graph, applies view-state changes as
 * class differences inside one batch, runs and caches the overall layouts, lays out a focused
 * node's frame (focusView.ts), plans every label in one place (labelView.ts) for the viewport
 * the view moves to, and offers the GraphHandle (pictures, viewport: createGraphHandle.ts).
 * Cytoscape events only call back; they never change state here.
 */
import cytoscape, { type Core, type LayoutOptions, type NodeSingular } from 'cytoscape';
import type { SceneLook } from '../model/scene';
import type { LayoutName } from '../model/vocabulary';
import { FADE_MS, buildStylesheet } from './cyStyle';
import { buildElements, positionsFit, type Positions } from './elements';
import { canvasArea } from './canvasArea';
import { fcoseInWorker } from './fcoseInWorker';
import { createFocusFrame } from './focusFrame';
import { createFocusView } from './focusView';
import { createOverviewView } from './overviewView';
import { listenToPointer, type HoverTarget } from './pointerEvents';
import type { AdapterOptions, GraphAdapter } from './adapterContract';
import { createGraphHandle } from './createGraphHandle';
import { createSceneShow } from './sceneShow';
import { createLabelView } from './labelView';
import type { Viewport } from './graphHandle';
import {
  ANIMATION_MS,
  builtInLayoutOptions,
  currentPositions,
  fitInto,
  hierarchyPositions,
  layoutViewport,
} from './layouts';
import { VIEWPORT_BOUNDS } from '../model/viewportBounds';
import { precomputedFcose } from './precomputedLayout';
import { changedIds, computeViewClasses } from './viewClasses';
import { markReached } from './reachedMark';

export type { AdapterOptions, GraphAdapter, HoverTarget };

/** The view counts as resting after this long without a zoom or pan. */
const VIEW_REST_MS = 150;

/** Creates the adapter; the caller must call destroy() when the container goes away. */
export function createGraphAdapter(options: AdapterOptions): GraphAdapter {
  const { graph, container } = options;
  const cache = new Map<LayoutName, Positions>();
  /** The free part of the canvas (less the controls over it). */
  const freeArea = () =>
    canvasArea(container.clientWidth, container.clientHeight, options.covered?.() ?? []);
  const given = options.positions;
  const fcose = given && positionsFit(graph, given) ? given : precomputedFcose(graph);
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
    style: buildStylesheet({
      present: options.present,
      theme: options.theme,
      motion: !options.reducedMotion,
    }),
    // The first viewport comes from the positions alone: fitting would measure every element
    // (styles and labels) before the first frame, which the first draw does again anyway.
    layout: { name: 'preset', fit: false },
    ...fitInto(initial, freeArea()),
    minZoom: VIEWPORT_BOUNDS.minZoom,
    maxZoom: VIEWPORT_BOUNDS.maxZoom,
    boxSelectionEnabled: false,
    autoungrabify: false,
    selectionType: 'single',
  });
  let classes: ReadonlyMap<string, string> = new Map();
  let layoutName: LayoutName | null = cache.has(options.layout) ? options.layout : null;
  let running: ReturnType<Core['layout']> | null = null;
  let destroyed = false;
  let present = options.present;
  let theme = options.theme ?? 'light';
  /** prefers-reduced-motion: every move is instant. */
  let still = options.reducedMotion ?? false;
  let readySent = false;

  const frame = createFocusView(cy);
  const overview = createOverviewView(cy, graph);
  /** The overview's groups are on show (nothing focused, lit or compared). */
  let overviewShown = true;
  listenToPointer(cy, {
    tap(id) {
      // A group node goes away when it opens: so does its name beside the pointer.
      if (overview.isGroup(id) || frame.isGroup(id)) options.onHover?.(null);
      if (overview.isGroup(id)) {
        overview.open(id);
        return relabel();
      }
      if (!frame.isGroup(id)) return options.onNodeTap(id);
      // A group row opens (or closes) in place.
      frame.toggle(id);
      focusFrame.classesChanged();
      showFocus(true);
    },
    hover: (target) => options.onHover?.(target),
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
    still: () => still,
    theme: () => theme,
    drawIn: (shown) =>
      cy.style(buildStylesheet({ present, theme: shown ?? theme, motion: !still })),
    fadingUntil: () => fadingUntil,
    area: () => area(),
  });
  let hops: 1 | 2 = 1;
  /** The positions of the overall layout on show (outside any focus frame). */
  const overallPositions = () => (layoutName ? cache.get(layoutName) : undefined);
  /** The canvas less the controls over it. */
  const area = () => canvasArea(cy.width(), cy.height(), options.covered?.() ?? []);
  /** The viewport that fits `positions` (node centres) into the free part of the canvas. */
  const fitArea = (positions: Positions): Viewport => fitInto(positions, area());
  const focusFrame = createFocusFrame(cy, {
    view: frame,
    area,
    present: () => present,
    hops: () => hops,
    overall: (id) => overallPositions()?.[id],
    move: (positions, animate, camera) => runPreset(positions, animate && readySent, camera),
  });
  const showFocus = focusFrame.show;
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
  /** What else happens once the first picture is drawn (the camera goes where the scene asks). */
  const onReadyHooks: (() => void)[] = [];
  const ready = () => {
    if (readySent || destroyed) return;
    readySent = true;
    onReadyHooks.forEach((hook) => hook());
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
      animate: animate && !still,
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
      focusFrame.classesChanged();
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
    const layout = cy.layout(builtInLayoutOptions(name, animate && !still, landing));
    layout.one('layoutstop', () => {
      cache.set(name, currentPositions(cy.nodes()));
      overview.sync(overviewShown && !frame.focused(), cache.get(name));
      if (frame.focused()) {
        focusFrame.classesChanged();
        showFocus(true);
      }
    });
    running = layout;
    layout.run();
  };

  // The first picture: precomputed or cheap positions, so no layout runs before the first paint.
  // A built-in layout runs synchronously before it; a stale fcose waits for the worker.
  if (layoutName === null) setLayout(options.layout, false, null);
  overview.sync(true, overallPositions());
  labels.plan();
  if (!awaitingWorker) readyAfterDraw();

  /**
   * Moves (animated) to `viewport`, with the labels planned for it. A focus keeps its frame and
   * the camera goes to `viewport` (a story step captured in it).
   */
  const land = (viewport: Viewport) => {
    if (!focusFrame.landAt(viewport)) moveTo(viewport);
  };
  /** Moves (animated) to `viewport`, with the labels planned for where it ends. */
  const moveTo = (viewport: Viewport) => {
    cy.stop(true, true);
    heading = viewport;
    labels.plan(viewport);
    handle.setViewport(viewport, { animate: true });
  };
  /** Fits the given nodes (or every visible one) into the free canvas. */
  const fit = (keys?: readonly string[]) => {
    const viewport = handle.fitting(keys);
    if (viewport) moveTo(viewport);
  };
  /** Leaves the focus frame: the overall layout again, fitted. */
  const clearFocus = () => {
    const positions = overallPositions();
    if (focusFrame.leave() && positions) runPreset(positions, readySent, null);
  };

  /** The neighbour the arrow keys reached (marked on the canvas), or null. */
  let reached: string | null = null;
  /** When the last change of classes has faded in (performance.now() time). */
  let fadingUntil = 0;
  const applyLook = (input: SceneLook): void => {
    const next = computeViewClasses(graph, input);
    hops = input.hops;
    const ids = changedIds(classes, next.classes);
    if (ids.length > 0) {
      // With motion the new classes fade in (cyStyle's FADE_MS): not still until they have.
      fadingUntil = still ? 0 : performance.now() + FADE_MS;
      cy.batch(() => {
        for (const id of ids) {
          const ele = cy.getElementById(id);
          const base = ele.isNode() ? `k-${String(ele.data('kind'))}` : '';
          const hover = ele.hasClass('hover') ? ' hover' : '';
          ele.classes(`${base} ${next.classes.get(id) ?? ''}${hover}`);
        }
      });
      focusFrame.classesChanged();
      overviewShown = next.litNodes === 0 && input.compare === null;
      if (cy.nodes('.focus').nonempty()) {
        overview.sync(false, undefined);
        showFocus(true);
      } else {
        overview.sync(overviewShown, overallPositions());
        clearFocus();
        relabel();
      }
    }
    classes = next.classes;
    markReached(cy, reached);
  };

  const scenes = createSceneShow({
    apply: applyLook,
    setLayout: (name, landing) => setLayout(name, true, landing),
    setPresent(next) {
      if (next === present) return;
      present = next;
      cy.style(buildStylesheet({ present, theme, motion: !still }));
      if (frame.focused()) showFocus(true);
      else relabel();
    },
    setDisplay(nextTheme, reducedMotion) {
      if (nextTheme === theme && reducedMotion === still) return;
      still = reducedMotion;
      theme = nextTheme;
      cy.style(buildStylesheet({ present, theme, motion: !still }));
    },
    focus(key) {
      if (cy.getElementById(key).hasClass('focus')) showFocus(true);
    },
    land,
    fit,
    whenStill: () => handle.whenStill(),
  });
  onReadyHooks.push(() => scenes.ready());

  return {
    show: (scene) => scenes.show(scene),
    zoomBy(factor) {
      const zoom = {
        level: cy.zoom() * factor,
        renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
      };
      if (still) cy.zoom(zoom);
      else cy.animate({ zoom, duration: 200 });
    },
    panBy(dx, dy) {
      if (still) cy.panBy({ x: dx, y: dy });
      else cy.animate({ panBy: { x: dx, y: dy }, duration: 150 });
    },
    fitAll: () => fit(),
    reach(key) {
      reached = key;
      markReached(cy, key);
    },
    resize() {
      cy.resize();
      if (frame.focused()) showFocus(true);
      else relabel();
    },
    handle: {
      png: handle.png,
      svg: handle.svg,
      getViewport: handle.getViewport,
      theme: handle.theme,
      setViewport: (viewport) => handle.setViewport(viewport, { animate: false }),
      whenSettled: () => scenes.whenSettled(),
    },
    destroy() {
      destroyed = true;
      clearTimeout(restTimer);
      running?.stop();
      cy.destroy();
    },
  };
}
