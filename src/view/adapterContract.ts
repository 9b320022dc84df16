/**
 * What the Cytoscape adapter (graphAdapter.ts) takes and offers: the options it is created with
 * (container, graph, mode, callbacks for taps, hovers and readiness) and the calls that push view
 * state into it (show, once per scene).
 */
import type { KnowledgeGraph } from '../model/graph';
import type { ThemeName } from '../model/theme';
import type { LayoutName } from '../model/vocabulary';
import type { Scene } from '../model/scene';
import type { GraphHandle } from './graphHandle';
import type { Box } from './labelGeometry';
import type { HoverTarget } from './pointerEvents';

export interface AdapterOptions {
  container: HTMLElement;
  graph: KnowledgeGraph;
  layout: LayoutName;
  present: boolean;
  /** The theme of the first picture (later ones come with each scene); not given: light. */
  theme?: ThemeName;
  /** prefers-reduced-motion at the first picture: no fades (later ones come with each scene). */
  reducedMotion?: boolean;
  /**
   * Positions the dataset's file gives (an opened GEXF or bundle): they stand for the fcose
   * layout while they place every node; else data/layout.json or the worker's.
   */
  positions?: Readonly<Record<string, { x: number; y: number }>> | null;
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
  /**
   * Shows a scene (model/scene.ts): its look, layout and presenter sizes, and the camera's moves
   * for what changed since the last scene (camera.ts). The one way view state reaches the canvas.
   */
  show(scene: Scene): void;
  /** The person's own camera gestures (keys, toolbar buttons): zoom about the centre, pan, fit. */
  zoomBy(factor: number): void;
  /** Moves the view by rendered pixels (animated). */
  panBy(dx: number, dy: number): void;
  /** Fits everything visible. */
  fitAll(): void;
  /** Marks the neighbour the arrow keys reached (null: none): a ring, its links drawn strong. */
  reach(key: string | null): void;
  resize(): void;
  readonly handle: GraphHandle;
  destroy(): void;
}
