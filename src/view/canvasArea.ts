/**
 * The part of the canvas a picture may use: the whole canvas less a margin, and less the bands
 * that the controls floating over it cover (the toolbar along the top, the legend down the left,
 * a caption along the bottom): each covered rectangle takes the band between it and one edge,
 * the edge whose band costs the least room.
 */
import type { Box } from './labelGeometry';

/** Margin kept free along every edge of the canvas, px. */
const EDGE_MARGIN = 8;

export function canvasArea(width: number, height: number, covered: readonly Box[]): Box {
  const area = {
    x1: EDGE_MARGIN,
    y1: EDGE_MARGIN,
    x2: width - EDGE_MARGIN,
    y2: height - EDGE_MARGIN,
  };
  for (const r of covered) {
    if (r.x2 <= 0 || r.y2 <= 0 || r.x1 >= width || r.y1 >= height) continue;
    const lost = {
      top: width * r.y2,
      bottom: width * (height - r.y1),
      left: height * r.x2,
      right: height * (width - r.x1),
    };
    const nearest = (Object.keys(lost) as (keyof typeof lost)[]).reduce((a, b) =>
      lost[a] <= lost[b] ? a : b,
    );
    if (nearest === 'top') area.y1 = Math.max(area.y1, r.y2 + EDGE_MARGIN);
    else if (nearest === 'bottom') area.y2 = Math.min(area.y2, r.y1 - EDGE_MARGIN);
    else if (nearest === 'left') area.x1 = Math.max(area.x1, r.x2 + EDGE_MARGIN);
    else area.x2 = Math.min(area.x2, r.x1 - EDGE_MARGIN);
  }
  return area;
}
