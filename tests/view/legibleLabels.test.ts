// The larger labels around a focus: which size each label gets, so that none covers another label,
// a lit shape or the edge of the view, and which sizes each mode asks for.
import { describe, expect, it } from 'vitest';
import type { Box } from '../../src/view/labelGeometry';
import {
  LEGIBLE_LABEL_PX,
  chooseLarger,
  legibleFontSizes,
  type LabelCandidate,
} from '../../src/view/legibleLabels';
import { KIND_STYLE } from '../../src/view/kindStyle';
import { PRESENT_LABEL_SCALE } from '../../src/view/labelGeometry';

const box = (x1: number, y1: number, x2: number, y2: number): Box => ({ x1, y1, x2, y2 });
const VIEW = box(0, 0, 1000, 1000);

/** A label at x..x+w, y..y+10, growing to twice (20) or one and a half (15) times its height. */
function candidate(id: string, x: number, y: number, w = 40): LabelCandidate {
  return {
    id,
    normal: box(x, y, x + w, y + 10),
    larger: [
      { fontSize: 20, box: box(x, y, x + 2 * w, y + 20) },
      { fontSize: 15, box: box(x, y, x + 1.5 * w, y + 15) },
    ],
  };
}

describe('chooseLarger', () => {
  it('gives a free label its largest size', () => {
    expect(chooseLarger([candidate('a', 100, 100)], [], VIEW).get('a')?.fontSize).toBe(20);
  });

  it('falls back to a smaller size, then to the normal label, where a larger one would cover something', () => {
    // 'b' sits 65 to the right of 'a': a's 80-wide label would reach it, the 60-wide one not.
    const chosen = chooseLarger([candidate('a', 100, 100), candidate('b', 165, 100)], [], VIEW);
    expect(chosen.get('a')?.fontSize).toBe(15);
    // An obstacle right under 'c' leaves it its normal size.
    const blocked = chooseLarger([candidate('c', 100, 300)], [box(100, 312, 120, 330)], VIEW);
    expect(blocked.size).toBe(0);
  });

  it('lets a label grow against its own shape, not against another node’s', () => {
    const own = box(100, 80, 120, 102); // a shape whose border reaches into the label below it
    const c = { ...candidate('a', 100, 100), shape: own };
    expect(chooseLarger([c], [own], VIEW).get('a')?.fontSize).toBe(20);
    expect(chooseLarger([candidate('a', 100, 100)], [own], VIEW).size).toBe(0);
  });

  it('keeps a label that would leave the view at its normal size', () => {
    expect(chooseLarger([candidate('edge', 950, 100)], [], VIEW).size).toBe(0);
  });

  it('never lets two chosen labels overlap when the normal ones do not', () => {
    const row = Array.from({ length: 12 }, (_, i) => candidate(`n${i}`, 100 + 45 * i, 500));
    const chosen = chooseLarger(row, [], VIEW);
    const boxes = row.map((c) => chosen.get(c.id)?.box ?? c.normal);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        if (!a || !b) continue;
        const overlap =
          Math.min(a.x2, b.x2) > Math.max(a.x1, b.x1) &&
          Math.min(a.y2, b.y2) > Math.max(a.y1, b.y1);
        expect(overlap, `${i} and ${j}`).toBe(false);
      }
    expect(chosen.size).toBeGreaterThan(0);
  });
});

describe('legibleFontSizes', () => {
  it('asks, far out, for the sizes that draw the label at the target pixel sizes, largest first', () => {
    const zoom = 0.5;
    for (const present of [false, true]) {
      const sizes = legibleFontSizes('action', zoom, present);
      const targets = present ? LEGIBLE_LABEL_PX.present : LEGIBLE_LABEL_PX.normal;
      expect(sizes).toEqual(targets.map((px) => Math.ceil(px / zoom)));
    }
  });

  it('asks for nothing where the mode’s own size is already large enough', () => {
    expect(legibleFontSizes('action', 1.6, true)).toEqual([]);
    expect(legibleFontSizes('action', 1.3, false)).toEqual([]);
    const drawn = Math.round(KIND_STYLE.area.fontSize * PRESENT_LABEL_SCALE);
    expect(legibleFontSizes('area', 0.5, true).every((s) => s > drawn)).toBe(true);
  });

  it('grows a label at most three and a half times its kind’s size', () => {
    expect(Math.max(...legibleFontSizes('action', 0.1, true))).toBe(
      Math.round(KIND_STYLE.action.fontSize * 3.5),
    );
  });
});
