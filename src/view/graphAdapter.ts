/**
 * The one Cytoscape adapter: creates the `cy` instance for a graph, applies view-state changes as
 * class differences inside one batch, runs and caches layouts, animates the focus, and offers the
 * GraphHandle (pictures, viewport: createGraphHandle.ts). Cytoscape events only call back; they
 * never change state here.
 */
import cytoscape, { type Core, type LayoutOptions, type NodeSingular } from 'cytoscape';
import type { KnowledgeGraph } from '../model/graph';
import type { LayoutName } from '../state/viewState';
import { buildStylesheet } from './cyStyle';
import { buildElements, type Positions } from './elements';
import type { LayoutInput } from './fcoseLayout';
import { createFocusLabels } from './focusLabels';
import { createGraphHandle } from './createGraphHandle';
import type { GraphHandle, Viewport } from './graphHandle';
import {
  ANIMATION_MS,
  FIT_PADDING,
  MAX_CLOSE_UP_ZOOM,
  builtInLayoutOptions,
  fitViewport,
  hierarchyPositions,
  layoutViewport,
} from './layouts';
import { precomputedFcose } from './precomputedLayout';
import { settleStyles } from './settleStyles';
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
/** Room above and below a focused neighbourhood: clears the toolbar floating over the graph. */
const FOCUS_PADDING_Y = FIT_PADDING + 30;

function currentPositions(cy: Core): Positions {
  const out: Record<string, { x: number; y: number }> = {};
  cy.nodes().forEach((n) => {
    const p = n.position();
    out[n.id()] = { x: p.x, y: p.y };
  });
  return out;
}

/** fcose positions from a worker (used only when data/layout.json does not fit the graph). */
function fcoseInWorker(graph: KnowledgeGraph): Promise<Positions> {
  const input: LayoutInput = {
    nodes: graph.mapNodes((id, a) => ({ id, kind: a.kind, label: a.label })),
    edges: graph.mapEdges((id, _a, source, target) => ({ id, source, target })),
  };
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<Positions>) => {
      worker.terminate();
      resolve(e.data);
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(`layout worker: ${e.message}`));
    };
    worker.postMessage(input);
  });
}

/** Creates the adapter; the caller must call destroy() when the container goes away. */
export function createGraphAdapter(options: AdapterOptions): GraphAdapter {
  const { graph, container } = options;
  const cache = new Map<LayoutName, Positions>();
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
    ...fitViewport(initial, container.clientWidth, container.clientHeight),
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
  const handle = createGraphHandle(cy, { drawn: () => readySent, destroyed: () => destroyed });

  cy.on('tap', 'node', (e) => options.onNodeTap(e.target.id()));
  cy.on('mouseover', 'node, edge', (e) => e.target.addClass('hover'));
  cy.on('mouseout', 'node, edge', (e) => e.target.removeClass('hover'));
  // Which relations fit around the focus, and how large the labels around it can be drawn,
  // depend on where the nodes are and how big their labels are: choose again after new classes
  // or styles, and when nodes moved (a layout, a drag). See focusLabels.ts.
  const labels = createFocusLabels(cy, {
    present: () => present,
    padding: { x: FIT_PADDING, y: FOCUS_PADDING_Y },
  });
  const relabel = labels.relabel;
  // Once the view rests after a zoom or pan by hand, the labels around the focus fit it again.
  let restTimer: ReturnType<typeof setTimeout> | undefined;
  cy.on('viewport', () => {
    clearTimeout(restTimer);
    restTimer = setTimeout(() => {
      if (!destroyed && !cy.animated()) labels.restAt(handle.getViewport());
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

  const runPreset = (positions: Positions, animate: boolean, landing: Viewport | null) => {
    running?.stop();
    running = cy.layout({
      name: 'preset',
      // Cytoscape calls this with the node (its typings say the id).
      positions: (node: NodeSingular) => positions[node.id()] ?? node.position(),
      animate,
      animationDuration: ANIMATION_MS,
      ...layoutViewport(landing),
    } as LayoutOptions);
    running.run();
  };

  const setLayout = (name: LayoutName, animate = true, landing: Viewport | null = null): void => {
    if (destroyed || name === layoutName) return;
    layoutName = name;
    const cached = knownPositions(name);
    if (cached) return runPreset(cached, animate, landing);
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
    const layout = cy.layout(builtInLayoutOptions(name, animate, landing));
    layout.one('layoutstop', () => cache.set(name, currentPositions(cy)));
    running = layout;
    layout.run();
  };

  // The first picture: precomputed or cheap positions, so no layout runs before the first paint.
  // A built-in layout runs synchronously before it; a stale fcose waits for the worker.
  if (layoutName === null) setLayout(options.layout, false, null);
  if (!awaitingWorker) readyAfterDraw();

  /** Moves (animated) to `viewport`, with the labels around the focus chosen for it. */
  const land = (viewport: Viewport) => {
    labels.restAt(viewport);
    cy.stop(true, true);
    handle.setViewport(viewport, { animate: true });
  };

  return {
    apply(input) {
      const next = computeViewClasses(graph, input);
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
        relabel();
      }
      classes = next.classes;
      return next.litNodes;
    },
    setLayout: (name, landing = null) => setLayout(name, true, landing),
    setPresent(next) {
      if (next === present) return;
      present = next;
      cy.style(buildStylesheet({ present }));
      // Labels of the mode's sizes, grown as needed for the view as it is.
      relabel();
      labels.restAt(handle.getViewport());
    },
    focus(key) {
      const node = cy.getElementById(key);
      if (node.empty() || !node.visible()) return;
      const p = node.position();
      const near = cy.$('.near, .focus');
      settleStyles(near);
      const box = near.boundingBox({});
      const reachX = Math.max(p.x - box.x1, box.x2 - p.x, 60);
      const reachY = Math.max(p.y - box.y1, box.y2 - p.y, 60);
      const fitZoom = Math.min(
        (cy.width() / 2 - FIT_PADDING) / reachX,
        (cy.height() / 2 - FOCUS_PADDING_Y) / reachY,
      );
      const zoom = Math.min(MAX_CLOSE_UP_ZOOM, Math.max(0.5, fitZoom));
      // Centred on the node's shape.
      land({ zoom, pan: { x: cy.width() / 2 - zoom * p.x, y: cy.height() / 2 - zoom * p.y } });
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
    resize: () => cy.resize(),
    handle,
    destroy() {
      destroyed = true;
      clearTimeout(restTimer);
      running?.stop();
      cy.destroy();
    },
  };
}
