/**
 * Pictures framed for their medium: what the view is about (the focus and its neighbourhood,
 * what is lit, else everything shown) with a margin, not the whole canvas with its empty
 * parts; for paper, the labels planned again at a size that prints at PAPER_MIN_PT or more.
 * The view is drawn as it stands, then cropped; the labels go back to the screen's plan after.
 */
import type { Core } from 'cytoscape';
import type { Box } from './labelGeometry';
import type { LabelView } from './labelView';

/** The paper a picture is printed on: its printed width and height at most, in mm. */
export interface Paper {
  widthMm: number;
  heightMm: number;
}

/** The smallest label on paper, in points. */
export const PAPER_MIN_PT = 7;
/** Room kept around the framed part, in screen px. */
const FRAME_MARGIN = 16;
const MM_PER_PT = 25.4 / 72;

/** The part of the canvas (screen px) the picture shows: the subject's bounds and a margin. */
export function frameBox(cy: Core): Box {
  const subject = cy.nodes('.focus, .near, .lit').filter((n) => n.visible());
  const eles = subject.nonempty() ? subject : cy.nodes(':visible');
  const b = eles.renderedBoundingBox({ includeLabels: true, includeOverlays: false });
  return {
    x1: Math.max(0, Math.floor(b.x1 - FRAME_MARGIN)),
    y1: Math.max(0, Math.floor(b.y1 - FRAME_MARGIN)),
    x2: Math.min(cy.width(), Math.ceil(b.x2 + FRAME_MARGIN)),
    y2: Math.min(cy.height(), Math.ceil(b.y2 + FRAME_MARGIN)),
  };
}

/** The label size (screen px) that prints at PAPER_MIN_PT when `box` is printed on `paper`. */
export function paperMinPx(box: Box, paper: Paper): number {
  const mmPerPx = Math.min(paper.widthMm / (box.x2 - box.x1), paper.heightMm / (box.y2 - box.y1));
  return Math.ceil((PAPER_MIN_PT * MM_PER_PT) / mmPerPx);
}

/**
 * Runs `draw` with the labels planned for the picture (for `paper` when given) and hands it the
 * frame to crop to; the labels are planned for the screen again afterwards.
 */
export async function withFrame<T>(
  cy: Core,
  labels: LabelView,
  paper: Paper | undefined,
  draw: (frame: Box) => Promise<T>,
): Promise<T> {
  if (paper) {
    // The frame without the labels first: their size for paper depends on how large it prints.
    const rough = frameBox(cy);
    labels.plan(undefined, undefined, { minPx: paperMinPx(rough, paper) });
  }
  try {
    return await draw(frameBox(cy));
  } finally {
    if (paper) labels.plan();
  }
}

/** `png` cropped to `frame` (screen px; the image is `scale` times that). */
export async function cropPng(png: Blob, frame: Box, scale: number): Promise<Blob> {
  const image = await createImageBitmap(png);
  const w = Math.round((frame.x2 - frame.x1) * scale);
  const h = Math.round((frame.y2 - frame.y1) * scale);
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('cropPng: no 2D canvas');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, w, h);
  ctx.drawImage(
    image,
    Math.round(frame.x1 * scale),
    Math.round(frame.y1 * scale),
    w,
    h,
    0,
    0,
    w,
    h,
  );
  image.close();
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('cropPng: no PNG'))), 'image/png'),
  );
}

/** The SVG document cropped to `frame` (its viewBox and size). */
export function cropSvg(svg: string, frame: Box): string {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.localName !== 'svg') return svg;
  const w = frame.x2 - frame.x1;
  const h = frame.y2 - frame.y1;
  root.setAttribute('viewBox', `${frame.x1} ${frame.y1} ${w} ${h}`);
  root.setAttribute('width', String(w));
  root.setAttribute('height', String(h));
  return new XMLSerializer().serializeToString(doc);
}
