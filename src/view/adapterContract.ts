/**
 * What the Cytoscape adapter (graphAdapter.ts) takes and offers: the options it is created with
 * (container, graph, mode, callbacks for taps, hovers and readiness) and the calls that push view
 * state into it.
 */
import type { KnowledgeGraph } from '../model/graph';
import type { LayoutName } from '../model/vocabulary';
import type { GraphHandle, Viewport } from './graphHandle';
import type { Box } from './labelGeometry';
import type { HoverTarget } from './pointerEvents';
import type { ViewInput } from './viewClasses';

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

export interface GraphAdapter {
  /** Applies a view state; returns the number of focused, near or lit nodes. */
  apply(input: ViewInput): number;
  /** Runs a layout (animated), ending at `landing` when given, else fitted to the graph. */
  setLayout(name: LayoutName, landing?: Viewport | null): void;
  setPresent(present: boolean): void;
  /** Shows the focused node's frame (focusFrame.ts), moving there (animated) unless on show. */
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
