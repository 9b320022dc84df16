// Relation labels around a focused node: turned-box geometry and the order labels are tried in.
import { describe, expect, it } from 'vitest';
import {
  labelOrder,
  turnedBoxesOverlap,
  unturned,
  type EdgeLabelCandidate,
  type TurnedBox,
} from '../../src/view/edgeLabels';
import { boxesOverlap, type Box } from '../../src/view/labelGeometry';

const box = (x1: number, y1: number, x2: number, y2: number): Box => ({ x1, y1, x2, y2 });
const turned = (x: number, y: number, w: number, h: number, degrees: number): TurnedBox => ({
  x,
  y,
  halfWidth: w / 2,
  halfHeight: h / 2,
  angle: (degrees * Math.PI) / 180,
});

describe('turnedBoxesOverlap', () => {
  it('agrees with the axis-aligned test on unturned boxes', () => {
    const cases: [Box, Box][] = [
      [box(0, 0, 10, 10), box(5, 5, 15, 15)],
      [box(0, 0, 10, 10), box(10, 0, 20, 10)],
      [box(0, 0, 10, 10), box(0, 20, 10, 30)],
      [box(0, 0, 30, 30), box(10, 10, 12, 12)],
    ];
    for (const [a, b] of cases)
      expect(turnedBoxesOverlap(unturned(a), unturned(b))).toBe(boxesOverlap(a, b));
  });

  it('keeps apart parallel diagonal labels whose upright bounds would overlap', () => {
    const a = turned(0, 0, 60, 10, 45);
    const b = turned(10, -10, 60, 10, 45); // 14 px away across the labels' direction
    expect(turnedBoxesOverlap(a, b)).toBe(false);
    expect(turnedBoxesOverlap(a, turned(5, -5, 60, 10, 45))).toBe(true);
  });

  it('finds labels crossing in an X, and a turned label reaching into a box', () => {
    expect(turnedBoxesOverlap(turned(0, 0, 60, 10, 30), turned(0, 0, 60, 10, -30))).toBe(true);
    const corner = unturned(box(20, 20, 40, 40));
    expect(turnedBoxesOverlap(turned(0, 0, 60, 10, 45), corner)).toBe(true);
    expect(turnedBoxesOverlap(turned(0, 0, 60, 10, -45), corner)).toBe(false);
    // The same answer either way round (only the turned box's own axes separate these two).
    expect(turnedBoxesOverlap(corner, turned(0, 0, 60, 10, -45))).toBe(false);
  });
});

/** A candidate on a spoke of the given length. */
function spoke(id: string, kind: string, _degrees: number, length = 200): EdgeLabelCandidate {
  return { id, kind, length };
}

describe('labelOrder', () => {
  it('names every kind once, rarest first, before naming any twice; longer edges first', () => {
    const order = labelOrder([
      spoke('s1', 'sets out', 0, 100),
      spoke('s2', 'sets out', 10, 300),
      spoke('s3', 'sets out', 20, 200),
      spoke('a1', 'addresses', 30),
      spoke('a2', 'addresses', 40),
      spoke('r1', 'recalls', 50),
    ]).map((c) => c.id);
    expect(order).toEqual(['r1', 'a1', 's2', 'a2', 's3', 's1']);
  });
});
