// Label geometry: label and node boxes, overlap detection, and the promise the
// layouts keep with them: on the real graph, no two node-and-label boxes overlap in the stored
// force layout (data/layout.json) or the hierarchy, at normal or presenter label size.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LABEL_WIDTH, nodeLabel } from '../../src/view/elements';
import { KIND_STYLE } from '../../src/view/kindStyle';
import {
  PRESENT_LABEL_SCALE,
  boxesOverlap,
  labelExtent,
  nodeExtent,
  overlappingPairs,
  placed,
  type Box,
} from '../../src/view/labelGeometry';
import { textWidth } from '../../src/view/labelFont';
import { hierarchyPositions } from '../../src/view/layouts';
import type { Positions } from '../../src/view/elements';
import { realGraph } from '../fixtures/realGraph';

describe('nodeLabel', () => {
  it('wraps every line of the real labels within LABEL_WIDTH (single long words aside)', () => {
    realGraph().forEachNode((_key, { kind, label }) => {
      const { fontSize, labelBold } = KIND_STYLE[kind];
      for (const line of nodeLabel(kind, label).split('\n')) {
        if (line.includes(' '))
          expect(textWidth(line, fontSize, labelBold)).toBeLessThanOrEqual(LABEL_WIDTH);
      }
    });
  });
});

describe('label and node boxes', () => {
  it('put the label under the shape, centred, sized by its lines', () => {
    const half = KIND_STYLE.area.size / 2;
    const one = labelExtent('area', 'Cybercrime');
    const two = labelExtent('area', 'Trafficking in Persons');
    expect(one.y1).toBe(half);
    expect(one.x1).toBeCloseTo(-one.x2);
    expect(two.y2 - two.y1).toBeCloseTo(one.y2 - one.y1 + KIND_STYLE.area.fontSize);
    const big = labelExtent('area', 'Cybercrime', PRESENT_LABEL_SCALE);
    expect(big.x2).toBeGreaterThan(one.x2);
  });

  it('cover both the shape and the label', () => {
    const node = nodeExtent('action', 'x');
    const half = KIND_STYLE.action.size / 2;
    expect(node).toMatchObject({ x1: -half, y1: -half, x2: half });
    expect(node.y2).toBe(labelExtent('action', 'x').y2);
  });
});

describe('overlappingPairs', () => {
  const box = (x1: number, y1: number, x2: number, y2: number): Box => ({ x1, y1, x2, y2 });

  it('finds boxes sharing an area, not boxes that only touch', () => {
    expect(boxesOverlap(box(0, 0, 10, 10), box(5, 5, 15, 15))).toBe(true);
    expect(boxesOverlap(box(0, 0, 10, 10), box(10, 0, 20, 10))).toBe(false);
    expect(boxesOverlap(box(0, 0, 10, 10), box(0, 20, 10, 30))).toBe(false);
    const pairs = overlappingPairs([
      { id: 'a', box: box(0, 0, 10, 10) },
      { id: 'b', box: box(8, 8, 20, 20) },
      { id: 'c', box: box(50, 50, 60, 60) },
    ]);
    expect(pairs).toEqual([['a', 'b']]);
  });
});

/** Overlapping node-and-label boxes of the real graph at the given positions. */
function overlapsOf(positions: Positions, scale: number): [string, string][] {
  const boxes = realGraph().mapNodes((key, { kind, label }) => {
    const p = positions[key];
    if (!p) throw new Error(`no position for ${key}`);
    return { id: key, box: placed(nodeExtent(kind, label, scale), p) };
  });
  return overlappingPairs(boxes);
}

describe('layouts keep labels apart on the real graph', () => {
  const stored = (JSON.parse(readFileSync('data/layout.json', 'utf8')) as { positions: Positions })
    .positions;

  it.each([1, PRESENT_LABEL_SCALE])(
    'data/layout.json: no two boxes overlap at label scale %s (else: npm run layout)',
    (scale) => {
      expect(overlapsOf(stored, scale)).toEqual([]);
    },
  );

  it.each([1, PRESENT_LABEL_SCALE])(
    'hierarchy: no two boxes overlap at label scale %s',
    (scale) => {
      expect(overlapsOf(hierarchyPositions(realGraph()), scale)).toEqual([]);
    },
  );

  it('the check finds overlaps when nodes are crowded', () => {
    const crowded = Object.fromEntries(
      realGraph().mapNodes((key, _a) => [key, { x: 0, y: 0 }] as const),
    );
    expect(overlapsOf(crowded, 1).length).toBeGreaterThan(0);
  });
});
