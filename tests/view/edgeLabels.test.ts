// Relation labels around a focused node: turned-box geometry, the order labels are tried in,
// and the choice, which never lets two labels or a label and a node overlap.
import { describe, expect, it } from 'vitest';
import {
  chooseEdgeLabelSizes,
  chooseEdgeLabels,
  edgeLabelBox,
  edgeLabelFontSize,
  labelOrder,
  turnedBoxesOverlap,
  unturned,
  type EdgeLabelCandidate,
  type TurnedBox,
} from '../../src/view/edgeLabels';
import { boxesOverlap, pairsWhere, type Box } from '../../src/view/labelGeometry';

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

describe('edgeLabelBox', () => {
  const mid = { x: 50, y: 50 };

  it('lies along the edge, whichever way it points', () => {
    const down = edgeLabelBox('sets out', 11, mid, { x: 0, y: 0 }, { x: 100, y: 100 });
    const up = edgeLabelBox('sets out', 11, mid, { x: 100, y: 100 }, { x: 0, y: 0 });
    expect(down.angle).toBeCloseTo(Math.PI / 4);
    const across = turned(50, 50, 200, 2, -45);
    expect(turnedBoxesOverlap(down, across)).toBe(turnedBoxesOverlap(up, across));
    expect(turnedBoxesOverlap(down, turned(70, 30, 40, 2, 45))).toBe(false);
  });

  it('grows with the text and the font size', () => {
    const ends = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
    ] as const;
    const short = edgeLabelBox('under', 11, mid, ...ends);
    const long = edgeLabelBox('is member of', 11, mid, ...ends);
    const present = edgeLabelBox('under', edgeLabelFontSize(true), mid, ...ends);
    expect(long.halfWidth).toBeGreaterThan(short.halfWidth);
    expect(present.halfWidth).toBeGreaterThan(short.halfWidth);
    expect(present.halfHeight).toBeGreaterThan(short.halfHeight);
  });
});

/** A candidate on an edge of `length` from the origin at `degrees`, its label at the midpoint. */
function spoke(id: string, kind: string, degrees: number, length = 200): EdgeLabelCandidate {
  const a = (degrees * Math.PI) / 180;
  const end = { x: length * Math.cos(a), y: length * Math.sin(a) };
  const mid = { x: end.x / 2, y: end.y / 2 };
  return { id, kind, box: edgeLabelBox(kind, 11, mid, { x: 0, y: 0 }, end), length };
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

describe('chooseEdgeLabels', () => {
  it('leaves out a label that would cover a node or a label already placed', () => {
    const ids = chooseEdgeLabels(
      [spoke('a', 'welcomes', 0), spoke('b', 'welcomes', 1), spoke('c', 'recalls', 90)],
      [unturned(box(-5, 90, 5, 110))], // a node where c's label would go
    );
    expect(ids).toHaveLength(1);
    expect(['a', 'b']).toContain(ids[0]);
  });

  it('takes at most `perKind` labels of one kind', () => {
    const many = Array.from({ length: 12 }, (_, i) => spoke(`s${i}`, 'sets out', i * 30));
    expect(chooseEdgeLabels(many, [], 3)).toHaveLength(3);
    expect(chooseEdgeLabels(many, []).length).toBeGreaterThan(3);
  });

  it('around a crowded hub, labels some edges and no two chosen labels overlap', () => {
    const kinds = ['sets out', 'addresses', 'reinforces', 'involves', 'welcomes', 'recalls'];
    const candidates = Array.from({ length: 55 }, (_, i) =>
      spoke(`e${i}`, kinds[i % kinds.length] ?? 'sets out', (i * 360) / 55, 150 + (i % 4) * 40),
    );
    const hub = unturned(box(-17, -17, 17, 17));
    const ids = new Set(chooseEdgeLabels(candidates, [hub]));
    const chosen = candidates.filter((c) => ids.has(c.id));
    expect(chosen.length).toBeGreaterThanOrEqual(kinds.length);
    expect(chosen.length).toBeLessThan(candidates.length);
    expect(pairsWhere(chosen, turnedBoxesOverlap)).toEqual([]);
    expect(chosen.filter((c) => turnedBoxesOverlap(c.box, hub))).toEqual([]);
    // Every kind is named at least once.
    expect(new Set(chosen.map((c) => c.kind))).toEqual(new Set(kinds));
  });
});

describe('chooseEdgeLabelSizes', () => {
  /** A spoke with a readable box twice the size to try first. */
  const grown = (id: string, kind: string, degrees: number, length = 200) => {
    const c = spoke(id, kind, degrees, length);
    const a = (degrees * Math.PI) / 180;
    const end = { x: length * Math.cos(a), y: length * Math.sin(a) };
    return {
      ...c,
      larger: edgeLabelBox(kind, 22, { x: end.x / 2, y: end.y / 2 }, { x: 0, y: 0 }, end),
    };
  };

  it('writes a label at its larger size where that covers nothing', () => {
    expect(chooseEdgeLabelSizes([grown('a', 'welcomes', 0)], [])).toEqual(
      new Map([['a', 'larger']]),
    );
  });

  it('falls back to the normal size where only that fits, and leaves out one where neither does', () => {
    // A node just past the normal label's end: the larger one reaches it, the normal one not.
    const c = grown('a', 'welcomes', 0);
    const beyond = unturned(
      box(c.box.x + c.box.halfWidth + 2, -4, c.box.x + c.box.halfWidth + 12, 4),
    );
    expect(chooseEdgeLabelSizes([c], [beyond]).get('a')).toBe('normal');
    const onTop = unturned(box(c.box.x - 3, -3, c.box.x + 3, 3));
    expect(chooseEdgeLabelSizes([c], [onTop]).size).toBe(0);
  });

  it('keeps the chosen labels, large or normal, clear of each other', () => {
    const kinds = ['sets out', 'addresses', 'reinforces'];
    const candidates = Array.from({ length: 30 }, (_, i) =>
      grown(`e${i}`, kinds[i % 3] ?? 'sets out', i * 12, 160 + (i % 3) * 40),
    );
    const chosen = chooseEdgeLabelSizes(candidates, []);
    const boxes = candidates.flatMap((c) => {
      const size = chosen.get(c.id);
      if (!size) return [];
      return [{ id: c.id, box: size === 'larger' ? c.larger : c.box }];
    });
    expect(pairsWhere(boxes, turnedBoxesOverlap)).toEqual([]);
    expect([...chosen.values()]).toContain('larger');
  });
});
