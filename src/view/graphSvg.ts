/**
 * The graph as SVG, drawn by cytoscape-svg. That extension replays Cytoscape's canvas drawing on
 * canvas2svg's recording context with cached Path2D paths turned off. Every shape then begins
 * its own path except Cytoscape's round polygons (our actions' round-triangle): they add to the
 * path still open, so each triangle joined the node drawn before it (long filled bars across
 * the picture) and the lit or near triangles were lost, their fill and border landing on the
 * label drawn before them. While the SVG is drawn, a round polygon begins its own path too.
 * The extension loads on the first export: the first picture of the graph does not wait for it.
 */
import cytoscape, { type Core } from 'cytoscape';

export interface SvgOptions {
  full: boolean;
  bg: string;
}

/** A canvas context or a Path2D (which has no beginPath and needs none). */
interface PathTarget {
  beginPath?: () => void;
}

/** The one renderer method this module replaces for the duration of an export. */
export interface RoundPolygonRenderer {
  drawRoundPolygonPath(this: RoundPolygonRenderer, target: PathTarget, ...rest: unknown[]): void;
}

/** Runs `draw` with round polygons beginning their own path, then restores the renderer. */
export function withOwnRoundPolygonPaths<T>(renderer: RoundPolygonRenderer, draw: () => T): T {
  const original = renderer.drawRoundPolygonPath;
  renderer.drawRoundPolygonPath = function (target, ...rest) {
    target.beginPath?.();
    original.call(this, target, ...rest);
  };
  try {
    return draw();
  } finally {
    renderer.drawRoundPolygonPath = original;
  }
}

let registered: Promise<void> | null = null;

/** Loads cytoscape-svg and registers it with Cytoscape, once. */
function registerSvgExtension(): Promise<void> {
  registered ??= import('cytoscape-svg').then(({ default: svg }) => {
    cytoscape.use(svg);
  });
  return registered;
}

/** The current view (or the whole graph) as a standalone SVG document. */
export async function graphSvg(cy: Core, options: SvgOptions): Promise<string> {
  await registerSvgExtension();
  const withSvg = cy as Core & { renderer(): RoundPolygonRenderer; svg(o: SvgOptions): string };
  return withOwnRoundPolygonPaths(withSvg.renderer(), () => withSvg.svg(options));
}
