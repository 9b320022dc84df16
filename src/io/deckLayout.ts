/**
 * Where things go on the slides of a story deck, in inches on PowerPoint's wide 16:9 layout
 * (13.333 × 7.5 in): a title band, the step's picture on the left, its caption and the legend
 * in a column on the right, a footer; and a picture placed inside its box keeping its aspect.
 */
import type { PixelSize } from './pngSize';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** PowerPoint's LAYOUT_WIDE. */
export const SLIDE = { w: 13.333, h: 7.5 } as const;
const MARGIN = 0.5;
const COLUMN_X = 9.1;
const COLUMN_W = SLIDE.w - MARGIN - COLUMN_X;

export const STEP_SLIDE = {
  title: { x: MARGIN, y: 0.3, w: SLIDE.w - 2 * MARGIN, h: 0.9 },
  picture: { x: MARGIN, y: 1.35, w: COLUMN_X - 0.3 - MARGIN, h: 5.55 },
  caption: { x: COLUMN_X, y: 1.35, w: COLUMN_W, h: 3.2 },
  /** The legend's first row; one row per kind shown, each LEGEND_ROW high. */
  legend: { x: COLUMN_X, y: 4.75, w: COLUMN_W, h: 2.15 },
  footer: { x: MARGIN, y: 7.0, w: SLIDE.w - 2 * MARGIN, h: 0.32 },
} as const satisfies Record<string, Box>;

export const TITLE_SLIDE = {
  title: { x: 0.9, y: 1.6, w: SLIDE.w - 1.8, h: 1.6 },
  description: { x: 0.9, y: 3.35, w: SLIDE.w - 1.8, h: 1.7 },
  about: { x: 0.9, y: 5.35, w: SLIDE.w - 1.8, h: 1.1 },
} as const satisfies Record<string, Box>;

/** Font sizes tried, largest first (points). */
export const SIZES = {
  title: [30, 28, 26, 24, 22, 20],
  caption: [20, 18, 16, 14, 12],
  deckTitle: [44, 40, 36, 32, 28, 24],
  description: [24, 22, 20, 18, 16, 14],
} as const;

/** One legend row and the size of its glyph, in inches; its words in points. */
export const LEGEND_ROW = 0.26;
export const LEGEND_GLYPH = 0.17;
export const LEGEND_PT = 12;

/**
 * The printed size of the step's picture box, in mm: the graph's labels are drawn to show at
 * 7 pt or more at that size, as for the handout.
 */
export const SLIDE_PICTURE_MM = {
  widthMm: STEP_SLIDE.picture.w * 25.4,
  heightMm: STEP_SLIDE.picture.h * 25.4,
} as const;

/** A picture of `size` as large as fits `box`, keeping its aspect, centred in it. */
export function contain(box: Box, size: PixelSize): Box {
  const scale = Math.min(box.w / size.width, box.h / size.height);
  const w = size.width * scale;
  const h = size.height * scale;
  return { x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h };
}
