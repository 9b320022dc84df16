/**
 * The graph canvas: mounts the Cytoscape adapter (loaded as its own chunk so the shell paints
 * first), shows it each new scene (state/scene.ts) in one call, and turns its events into named
 * actions. Around the canvas: the legend (also the kind filter), the toolbar (layout, hops,
 * zoom) and the keys (GraphKeys: shown on screen, with the roving focus's neighbour). With a node
 * focused, the arrow keys move a roving focus between its neighbours (model/neighbourRing.ts)
 * and Enter focuses the one reached; Shift+arrows, or arrows with no focus, move the view.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { KnowledgeGraph } from '../../model/graph';
import type { NodePositions } from '../../model/datasetBundle';
import type { Scene } from '../../model/scene';
import type { ViewState } from '../../state/viewState';
import type { Act } from '../panelProps';
import type * as AdapterModule from '../../view/graphAdapter';
import type { GraphAdapter, HoverTarget } from '../../view/graphAdapter';
import type { GraphHandle } from '../../view/graphHandle';
import type { TimeStrip } from '../time/useTimeStrip';
import { loadLabelFont } from '../../view/labelFont';
import { GraphLegend } from './GraphLegend';
import { GraphToolbar } from './GraphToolbar';
import { GraphTooltip } from './GraphTooltip';
import { GraphKeys } from './GraphKeys';
import { SKIP_TARGETS } from '../SkipLinks';
import { neighbourRing, ringStep } from '../../model/neighbourRing';
import { FaultMessage } from '../ErrorBoundary';
import './graph.css';
import { clearFocus, focusNode } from '../../state/actions';

export interface GraphViewProps {
  graph: KnowledgeGraph;
  state: ViewState;
  /** What the graph shows: look, layout, presenter sizes, camera (derived in useScene). */
  scene: Scene;
  act: Act;
  onHandle: (handle: GraphHandle | null) => void;
  /** The time strip's toggle in the toolbar (ui/time/useTimeStrip.ts); none: no toggle. */
  timeStrip?: Pick<TimeStrip, 'shown' | 'toggle'>;
  /** Node positions the dataset's file gives, if any (see AdapterOptions.positions). */
  positions?: NodePositions | null;
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
  // The folded time strip lies over the canvas's foot too (ui/time/time.css).
  const strip = view.parentElement?.querySelector('.time-strip--bar');
  const over = [...view.querySelectorAll('.graph-toolbar, .graph-legend, .graph-keys')];
  return [...over, ...(strip ? [strip] : [])].map((el) => {
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
  scene,
  act,
  onHandle,
  timeStrip,
  positions,
}: GraphViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [hovered, setHovered] = useState<HoverTarget | null>(null);
  const [failure, setFailure] = useState<Error | null>(null);
  const [adapter, setAdapter] = useState<GraphAdapter | null>(null);
  const [readyAdapter, setReadyAdapter] = useState<GraphAdapter | null>(null);
  // Callbacks and the state at mount time, read by the adapter's events without re-creating it.
  const latest = useRef({ act, onHandle, state, scene });
  useEffect(() => {
    latest.current = { act, onHandle, state, scene };
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
            positions,
            layout: latest.current.state.layout,
            present: latest.current.state.present,
            theme: latest.current.scene.theme,
            reducedMotion: latest.current.scene.reducedMotion,
            onNodeTap: (key) => latest.current.act(focusNode(key)),
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
  }, [graph, positions]);

  const { hidden, present, stated } = state;

  // The roving focus: which of the focused node's neighbours the arrow keys have reached (an
  // index into the ring, for that node only; -1 before the first arrow).
  const ring = useMemo(
    () => (state.node ? neighbourRing(graph, state.node, { hidden, statedOnly: stated }) : []),
    [graph, state.node, hidden, stated],
  );
  const [roving, setRoving] = useState<{ node: string | null; index: number }>({
    node: null,
    index: -1,
  });
  const rovingIndex = roving.node === state.node && roving.index < ring.length ? roving.index : -1;
  const reached = ring[rovingIndex] ?? null;
  const reachedKey = reached?.key ?? null;
  // The canvas marks the neighbour reached, so the arrows' place is seen as well as heard.
  useEffect(() => {
    adapter?.reach(reachedKey);
  }, [adapter, reachedKey]);

  // One call per scene, before the browser paints it. A layout effect, so that a change made
  // inside flushSync (the handout walking through a story) is on the canvas when it returns.
  useLayoutEffect(() => {
    if (!adapter) return;
    adapter.show(scene);
    // User Timing, as for the start-up marks: `npm run bench` times a focus up to here.
    performance.mark('graph:shown');
  }, [adapter, scene]);

  const ready = adapter !== null && readyAdapter === adapter;

  useEffect(() => {
    const container = containerRef.current;
    if (!adapter || !container) return;
    const observer = new ResizeObserver(() => adapter.resize());
    observer.observe(container);
    return () => observer.disconnect();
  }, [adapter]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.target !== e.currentTarget || e.ctrlKey || e.metaKey || e.altKey) return;
    // With a node focused, the arrows (and Home/End) walk its neighbours and Enter focuses the
    // one reached; Shift+arrows still move the view. In presenter mode the arrows step the story.
    const roves = state.node !== null && !present && !e.shiftKey;
    const step = roves ? ringStep(e.key, rovingIndex, ring.length) : null;
    if (step !== null) {
      e.preventDefault();
      setRoving({ node: state.node, index: step });
      return;
    }
    if (e.key === 'Enter' && reached) {
      e.preventDefault();
      act(focusNode(reached.key));
      return;
    }
    if (e.key === 'Escape') {
      e.preventDefault();
      act(clearFocus);
      return;
    }
    if (!adapter) return;
    const actions: Record<string, () => void> = {
      '+': () => adapter.zoomBy(ZOOM_STEP),
      '=': () => adapter.zoomBy(ZOOM_STEP),
      '-': () => adapter.zoomBy(1 / ZOOM_STEP),
      '0': () => adapter.fitAll(),
      f: () => adapter.fitAll(),
      ArrowLeft: () => adapter.panBy(PAN_STEP, 0),
      ArrowRight: () => adapter.panBy(-PAN_STEP, 0),
      ArrowUp: () => adapter.panBy(0, PAN_STEP),
      ArrowDown: () => adapter.panBy(0, -PAN_STEP),
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
        id={SKIP_TARGETS.graph}
        role="application"
        aria-label="Graph"
        aria-roledescription="network graph"
        aria-describedby="graph-keys"
        aria-busy={ready || failure ? 'false' : 'true'}
        tabIndex={0}
        className="graph-canvas"
        onKeyDown={onKeyDown}
      />
      <GraphKeys
        id="graph-keys"
        focused={state.node !== null && !present && ring.length > 0}
        reached={reached}
        index={rovingIndex}
        count={ring.length}
      />
      <GraphToolbar
        state={state}
        act={act}
        onZoomIn={() => adapter?.zoomBy(ZOOM_STEP)}
        onZoomOut={() => adapter?.zoomBy(1 / ZOOM_STEP)}
        onFit={() => adapter?.fitAll()}
        timeStrip={timeStrip}
      />
      <GraphLegend
        graph={graph}
        hidden={hidden}
        statedOnly={stated}
        act={act}
        compare={scene.look.compare !== null}
      />
      {hovered && <GraphTooltip graph={graph} target={hovered} />}
      {failure && <FaultMessage what="The graph" error={failure} />}
    </div>
  );
}
