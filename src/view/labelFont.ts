/**
 * The one font every label is drawn in: Atkinson Hyperlegible (designed by the Braille Institute
 * for legibility at a distance), shipped with the app from @fontsource and loaded before the
 * first draw. Text widths come from the font itself: fontMetrics.json holds its advance widths
 * and kerning, read from the font files by `npm run font-metrics`, so the layout script, the
 * label planner and the browser agree on every machine, whatever fonts it has.
 */
import metrics from './fontMetrics.json';

/** Advance widths by character and kerning by pair of characters, in font units. */
export interface FaceMetrics {
  widths: Record<string, number>;
  kerning: Record<string, number>;
}

export interface FontMetrics {
  family: string;
  unitsPerEm: number;
  regular: FaceMetrics;
  bold: FaceMetrics;
}

const FONT: FontMetrics = metrics;

/** The font's family name, as its @font-face rules declare it. */
export const LABEL_FONT_FAMILY = FONT.family;
/** The CSS font stack of labels: the shipped font, then any sans-serif while it loads. */
export const LABEL_FONT_STACK = `"${LABEL_FONT_FAMILY}", sans-serif`;

/** Width of a character the font lacks (drawn by a fallback font): a full em, to be safe. */
const MISSING_EM = 1;

/** The width of one line of text in pixels at `fontSize`, regular or bold. */
export function textWidth(text: string, fontSize: number, bold: boolean): number {
  const face = bold ? FONT.bold : FONT.regular;
  let units = 0;
  let previous = '';
  for (const ch of text) {
    units += face.widths[ch] ?? MISSING_EM * FONT.unitsPerEm;
    if (previous) units += face.kerning[previous + ch] ?? 0;
    previous = ch;
  }
  return (units / FONT.unitsPerEm) * fontSize;
}

/** The CSS font shorthand of a label (for a canvas context). */
export function labelFont(fontSize: number, bold: boolean): string {
  return `${bold ? 'bold' : 'normal'} ${fontSize}px ${LABEL_FONT_STACK}`;
}

/**
 * Resolves once both faces of the label font are loaded (or at once without a FontFace API, as
 * in a DOM emulator). Cytoscape measures and caches every label on its first draw, so the graph
 * is created only after this.
 */
export async function loadLabelFont(): Promise<void> {
  const fonts = typeof document === 'undefined' ? undefined : document.fonts;
  if (!fonts || typeof fonts.load !== 'function') return;
  await Promise.all([fonts.load(labelFont(16, false)), fonts.load(labelFont(16, true))]);
}
