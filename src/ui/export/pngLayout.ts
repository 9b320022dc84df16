/**
 * The size and bands of an exported picture, as a pure function so that the size is predictable
 * and testable: the graph image keeps its pixels, a title band sits above it and a legend band
 * below, both `scale` times their size in CSS pixels.
 *
 *   width  = graph image width  (= graph area width × scale)
 *   height = graph image height + (TITLE_BAND + legend band) × scale
 *   legend band = LEGEND_PAD × 2 + rows × LEGEND_ROW, rows = ⌈kinds ÷ per row⌉,
 *   per row = ⌊(graph area width − 2 × LEGEND_PAD) ÷ LEGEND_ITEM⌋ (at least 1)
 */

/** Height of the title band, in CSS pixels. */
export const TITLE_BAND = 56;
/** One row of the legend, in CSS pixels. */
export const LEGEND_ROW = 26;
/** Padding above and below the legend rows, and at the sides. */
export const LEGEND_PAD = 12;
/** Width given to one legend entry (glyph and words). */
export const LEGEND_ITEM = 190;

export interface PictureLayout {
  /** Output size in device pixels. */
  width: number;
  height: number;
  scale: number;
  /** Bands in CSS pixels (multiply by scale for device pixels). */
  titleBand: number;
  legendBand: number;
  legendPerRow: number;
  legendRows: number;
}

/** Layout of the picture for a graph image of `graphWidth` × `graphHeight` device pixels. */
export function pictureLayout(
  graphWidth: number,
  graphHeight: number,
  scale: number,
  legendEntries: number,
): PictureLayout {
  const cssWidth = graphWidth / scale;
  const legendPerRow = Math.max(1, Math.floor((cssWidth - 2 * LEGEND_PAD) / LEGEND_ITEM));
  const legendRows = legendEntries > 0 ? Math.ceil(legendEntries / legendPerRow) : 0;
  const legendBand = legendRows > 0 ? 2 * LEGEND_PAD + legendRows * LEGEND_ROW : 0;
  return {
    width: graphWidth,
    height: graphHeight + Math.round((TITLE_BAND + legendBand) * scale),
    scale,
    titleBand: TITLE_BAND,
    legendBand,
    legendPerRow,
    legendRows,
  };
}
