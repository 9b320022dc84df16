// The exported picture's size is a pure function of the graph image, the scale and the legend.
import { describe, expect, it } from 'vitest';
import {
  LEGEND_PAD,
  LEGEND_ROW,
  TITLE_BAND,
  pictureLayout,
} from '../../../src/ui/export/pngLayout';

describe('pictureLayout', () => {
  it('keeps the graph width and adds the title and legend bands, times the scale', () => {
    // 1000 CSS px wide: 5 legend entries per row, so 8 kinds take 2 rows.
    for (const scale of [1, 2, 4]) {
      const l = pictureLayout(1000 * scale, 700 * scale, scale, 8);
      expect(l.legendPerRow).toBe(5);
      expect(l.legendRows).toBe(2);
      expect(l.width).toBe(1000 * scale);
      expect(l.height).toBe((700 + TITLE_BAND + 2 * LEGEND_PAD + 2 * LEGEND_ROW) * scale);
    }
  });

  it('drops the legend band when no kind is shown and keeps one entry per row when narrow', () => {
    expect(pictureLayout(800, 600, 1, 0).height).toBe(600 + TITLE_BAND);
    const narrow = pictureLayout(100, 100, 1, 3);
    expect(narrow.legendPerRow).toBe(1);
    expect(narrow.legendRows).toBe(3);
  });
});
