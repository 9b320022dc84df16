/**
 * The graph canvas: mounts the Cytoscape adapter (loaded as its own chunk so the shell paints
 * first), pushes view-state changes into it, and turns its events into `update` calls. Around
 * the canvas: the legend (also the kind filter) and the toolbar (layout, hops, zoom).
 */
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { KnowledgeGraph } from '../../model/graph';
import type { Highlight } from '../../model/highlight';
import type { ViewState } from '../../state/viewState';
import type { UpdateView } from '../panelProps';
import type * as AdapterModule from '../../view/graphAdapter';
import type { GraphAdapter, HoverTarget } from '../../view/graphAdapter';
import type { GraphHandle, Viewport } from '../../view/graphHandle';
import { loadLabelFont } from '../../view/labelFont';
import { GraphLegend } from './GraphLegend';
import { GraphToolbar } from './GraphToolbar';
import { GraphTooltip } from './GraphTooltip';
import { FaultMessage } from '../ErrorBoundary';
import './graph.css';

export interface GraphViewProps {
  graph: KnowledgeGraph;
  state: ViewState;
  /** What panels want lit (coverage paths, a matrix cell, a path, a cited passage, a story step). */
  highlight: Highlight;
  /** Nodes allowed by the per-document filter (state.only); null shows all. */
  onlyNodes: ReadonlySet<string> | null;
  /** Document comparison colouring: node key → which of the two documents states it. */
  compare: ReadonlyMap<string, 'first' | 'second' | 'both'> | null;
  /**
   * Where the view comes to rest instead of the focus close-up or the layout's fit: the captured
   * viewport of the story step shown (see stepLanding), else null.
   */
  landing: Viewport | null;
  update: UpdateView;
  onHandle: (handle: GraphHandle | null) => void;
}

// Cytoscape and the adapter come as their own chunk, so they never delay the shell's first paint.
// Its download starts as soon as this module is evaluated, alongside the shell's first render,
// rather than after the mount effect.
let adapterModule: Promise<typeof AdapterModule> | null = null;
const loadAdapter = () =>
  (adapterModule ??= import('../../view/graphAdapter').catch((e: unknown) => {
    adapterModule = null; // a later mount (a reload of the graph) tries again
    throw e;
  }));
void loadAdapter();

/**
 * Resolves once the browser has painted what React just committed (a frame, then a task), so
 * the shell is on screen before Cytoscape's start-up holds the main thread.
 */
const afterNextPaint = () =>
  new Promise<void>((resolve) => {
    if (typeof requestAnimationFrame !== 'function') return resolve();
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });

/** The controls floating over the canvas (toolbar, legend), in the canvas's pixels. */
function coveredAreas(
  container: HTMLElement,
): { x1: number; y1: number; x2: number; y2: number }[] {
  const at = container.getBoundingClientRect();
  const view = container.parentElement;
  if (!view) return [];
  return [...view.querySelectorAll('.graph-toolbar, .graph-legend')].map((el) => {
    const r = el.getBoundingClientRect();
    return {
      x1: r.left - at.left,
      y1: r.top - at.top,
      x2: r.right - at.left,
      y2: r.bottom - at.top,
    };
  });
}

const ZOOM_STEP = 1.25;
const PAN_STEP = 80;

export function GraphView({
  graph,
  state,
  highlight,
  onlyNodes,
  compare,
  landing,
  update,
  onHandle,
}: GraphViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [hovered, setHovered] = useState<HoverTarget | null>(null);
  const [failure, setFailure] = useState<Error | null>(null);
  const [adapter, setAdapter] = useState<GraphAdapter | null>(null);
  const [readyAdapter, setReadyAdapter] = useState<GraphAdapter | null>(null);
  // Callbacks and the state at mount time, read by the adapter's events without re-creating it.
  const latest = useRef({ update, onHandle, state, landing });
  useEffect(() => {
    latest.current = { update, onHandle, state, landing };
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let created: GraphAdapter | null = null;
    let cancelled = false;
    // Cytoscape measures every label on its first draw: the label font is loaded before it.
    void Promise.all([loadAdapter(), afterNextPaint(), loadLabelFont()]).then(
      ([{ createGraphAdapter }]) => {
        if (cancelled) return;
        performance.mark('graph:adapter-loaded');
        try {
          const a = createGraphAdapter({
            container,
            graph,
            layout: latest.current.state.layout,
            present: latest.current.state.present,
            onNodeTap: (key) => latest.current.update({ node: key }),
            onHover: setHovered,
            covered: () => coveredAreas(container),
            onReady: () => {
              performance.mark('graph:ready');
              // Committed at once, inside the frame that draws the graph: aria-busy and the
              // controls change with the first picture, not one task later.
              flushSync(() => setReadyAdapter(a));
            },
          });
          performance.mark('graph:cy-created');
          created = a;
          setAdapter(a);
          latest.current.onHandle(a.handle);
        } catch (e) {
          // No canvas (e.g. a DOM emulator in component tests): the graph stays busy and empty.
          console.warn('GraphView: the graph could not be drawn', e);
        }
      },
      // The graph's own code did not arrive (a stale deploy, a dropped connection): say so in
      // its place instead of staying busy for ever.
      (e: unknown) => {
        if (!cancelled) setFailure(e instanceof Error ? e : new Error(String(e)));
      },
    );
    return () => {
      cancelled = true;
      if (created) {
        const gone = created;
        latest.current.onHandle(null);
        setAdapter((current) => (current === gone ? null : current));
        gone.destroy();
      }
    };
  }, [graph]);

  const { node, hops, hidden, layout, present, stated } = state;

  useEffect(() => {
    if (!adapter) return;
    const lit = adapter.apply({
      node,
      hops,
      hidden,
      highlight,
      onlyNodes,
      compare,
      statedOnly: stated,
    });
    // Test hook (documented in tests/e2e/graph.e2e.test.ts): how many nodes are lit.
    containerRef.current?.setAttribute('data-lit-nodes', String(lit));
  }, [adapter, node, hops, hidden, highlight, onlyNodes, compare, stated]);

  const ready = adapter !== null && readyAdapter === adapter;
  useEffect(() => {
    if (!ready || !adapter) return;
    if (landing) adapter.land(landing);
    else if (node) adapter.focus(node);
  }, [ready, adapter, node, hops, landing]);

  // A layout change ends where a step lands, in the same animation as the nodes' moves.
  useEffect(() => adapter?.setLayout(layout, latest.current.landing), [adapter, layout]);
  useEffect(() => adapter?.setPresent(present), [adapter, present]);

  useEffect(() => {
    const container = containerRef.current;
    if (!adapter || !container) return;
    const observer = new ResizeObserver(() => adapter.resize());
    observer.observe(container);
    return () => observer.disconnect();
  }, [adapter]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (!adapter || e.target !== e.currentTarget || e.ctrlKey || e.metaKey || e.altKey) return;
    const actions: Record<string, () => void> = {
      '+': () => adapter.zoomBy(ZOOM_STEP),
      '=': () => adapter.zoomBy(ZOOM_STEP),
      '-': () => adapter.zoomBy(1 / ZOOM_STEP),
      '0': () => adapter.fit(),
      f: () => adapter.fit(),
      ArrowLeft: () => adapter.panBy(PAN_STEP, 0),
      ArrowRight: () => adapter.panBy(-PAN_STEP, 0),
      ArrowUp: () => adapter.panBy(0, PAN_STEP),
      ArrowDown: () => adapter.panBy(0, -PAN_STEP),
      Escape: () => update({ node: null }),
    };
    const action = actions[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  };

  return (
    <div className={present ? 'graph-view graph-view--present' : 'graph-view'}>
      <div
        ref={containerRef}
        role="application"
        aria-label="Graph"
        aria-roledescription="network graph"
        aria-describedby="graph-keys"
        aria-busy={ready || failure ? 'false' : 'true'}
        tabIndex={0}
        className="graph-canvas"
        onKeyDown={onKeyDown}
      />
      <p id="graph-keys" className="visually-hidden">
        Click a node to focus it. Keys: plus and minus zoom, arrow keys move the view, 0 or F fits
        the graph, Escape clears the focus. The focused node&apos;s neighbours are listed in the
        Details panel.
      </p>
      <GraphToolbar
        state={state}
        update={update}
        onZoomIn={() => adapter?.zoomBy(ZOOM_STEP)}
        onZoomOut={() => adapter?.zoomBy(1 / ZOOM_STEP)}
        onFit={() => adapter?.fit()}
      />
      <GraphLegend
        graph={graph}
        hidden={hidden}
        statedOnly={stated}
        update={update}
        compare={compare !== null}
      />
      {hovered && <GraphTooltip graph={graph} target={hovered} />}
      {failure && <FaultMessage what="The graph" error={failure} />}
    </div>
  );
}
