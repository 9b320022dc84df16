// The label planner: a label is drawn at one of its sizes or not at all (never under the floor),
// no two labels overlap, no label covers another node, labels stay inside the view, the focus is
// always named and the largest, and relation labels keep clear of everything and take turns.
import { describe, expect, it } from 'vitest';
import { turnedBoxesOverlap, unturned } from '../../src/view/edgeLabels';
import { textWidth } from '../../src/view/labelFont';
import { boxesOverlap, type Box } from '../../src/view/labelGeometry';
import {
  planLabels,
  turnedBounds,
  type PlanEdge,
  type PlanInput,
  type PlanNode,
} from '../../src/view/labelPlanner';
import { DEFAULT_SIDES, LABEL_FLOOR_PX, ROLE_SIZES_PX } from '../../src/view/labelRoles';
import { seededRandom } from '../../src/view/layouts';
import { paperMinPx } from '../../src/view/framedPicture';
import { sizesAtLeast } from '../../src/view/labelView';

const VIEW: Box = { x1: 0, y1: 0, x2: 1000, y2: 700 };

function node(id: string, x: number, y: number, extra: Partial<PlanNode> = {}): PlanNode {
  return {
    id,
    x,
    y,
    half: 8,
    texts: [`Node ${id} with a fairly long name`, `Node ${id}`],
    bold: false,
    sizes: ROLE_SIZES_PX.normal.backbone,
    sides: DEFAULT_SIDES,
    rank: 10,
    wrapEm: 11,
    ...extra,
  };
}

function input(nodes: PlanNode[], extra: Partial<PlanInput> = {}): PlanInput {
  return {
    nodes,
    obstacles: [],
    edges: [],
    view: VIEW,
    measure: textWidth,
    pad: 3,
    gap: 2,
    perKind: 3,
    ...extra,
  };
}

const shape = (n: PlanNode): Box => ({
  x1: n.x - n.half,
  y1: n.y - n.half,
  x2: n.x + n.half,
  y2: n.y + n.half,
});

/** A crowded scatter of nodes, the same every run. */
function scatter(count: number, seed = 7): PlanNode[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) =>
    node(`n${i}`, 20 + random() * 960, 20 + random() * 660, { rank: Math.floor(random() * 5) }),
  );
}

describe('planLabels', () => {
  it('draws each label at one of its sizes, never under the floor, or not at all', () => {
    const nodes = scatter(150);
    const plan = planLabels(input(nodes));
    expect(plan.nodes.size).toBeGreaterThan(20);
    expect(plan.nodes.size).toBeLessThan(nodes.length);
    for (const label of plan.nodes.values()) {
      expect(ROLE_SIZES_PX.normal.backbone).toContain(label.fontPx);
      expect(label.fontPx).toBeGreaterThanOrEqual(LABEL_FLOOR_PX.normal);
    }
  });

  it('lets no two labels overlap, no label cover another node, and none leave the view', () => {
    const nodes = scatter(150);
    const plan = planLabels(input(nodes));
    const labels = [...plan.nodes.values()];
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        expect(boxesOverlap(at(labels, i).box, at(labels, j).box)).toBe(false);
      }
    }
    for (const l of labels) {
      const covered = nodes.filter((n) => n.id !== l.id && boxesOverlap(l.box, shape(n)));
      expect(covered.map((n) => n.id)).toEqual([]);
      expect(l.box.x1 >= VIEW.x1 && l.box.x2 <= VIEW.x2).toBe(true);
      expect(l.box.y1 >= VIEW.y1 && l.box.y2 <= VIEW.y2).toBe(true);
    }
  });

  it('keeps labels off obstacles (faded shapes, controls over the canvas)', () => {
    const lone = node('a', 500, 300, { sides: ['below'] });
    const blocked = planLabels(
      input([lone], { obstacles: [{ x1: 300, y1: 312, x2: 700, y2: 340 }] }),
    );
    expect(blocked.nodes.has('a')).toBe(false);
    expect(planLabels(input([lone])).nodes.has('a')).toBe(true);
  });

  it('places labels in rank order: a crowded spot goes to the lower rank', () => {
    const hub = node('hub', 500, 300, { rank: 0, sides: ['below'] });
    const detail = node('detail', 500, 345, { rank: 5, sides: ['above'] });
    const plan = planLabels(input([detail, hub]));
    expect(plan.nodes.has('hub')).toBe(true);
    expect(plan.nodes.has('detail')).toBe(false);
  });

  it('tries the other sides where the first leaves the view', () => {
    const edge = node('edge', 990, 300, { sides: ['right', 'left'] });
    const plan = planLabels(input([edge]));
    expect(plan.nodes.get('edge')?.side).toBe('left');
  });

  it('wraps long names at the measure, and falls back to a shorter text where the full one does not fit', () => {
    const wide = node('w', 500, 300, {
      texts: ['A very long name that needs more than one line to be written out', 'Short'],
    });
    const plan = planLabels(input([wide]));
    expect(plan.nodes.get('w')?.text.split('\n').length).toBeGreaterThan(1);
    const tight = planLabels(
      input([wide], { view: { x1: 470, y1: 0, x2: 530, y2: 700 } }),
    ).nodes.get('w');
    expect(tight?.text).toBe('Short');
  });

  it('tries a short name at every size before a name cut with "…"', () => {
    const d14 = node('d14', 500, 300, {
      texts: ['2014 Joint Declaration'],
      cuts: ['ASEAN-Japan…'],
      sizes: [14, 10],
      wrapEm: 0,
    });
    // Too narrow for the short name at 14 px, wide enough for it at 10 px and for the cut at 14.
    const view = { x1: 440, y1: 0, x2: 560, y2: 700 };
    const placed = planLabels(input([d14], { view })).nodes.get('d14');
    expect([placed?.text, placed?.fontPx]).toEqual(['2014 Joint Declaration', 10]);
    const tooNarrow = planLabels(input([d14], { view: { ...view, x1: 460, x2: 540 } }));
    expect(tooNarrow.nodes.get('d14')?.text).toBe('ASEAN-Japan…');
  });

  it('wraps a name narrower where its one line finds no room between close neighbours', () => {
    // A hub hemmed in on every side; below, two neighbours leave a gap narrower than the line.
    const hub = node('hub', 500, 300, { texts: ['2014 Joint Declaration'], sizes: [10] });
    const around = [
      [480, 300],
      [520, 300],
      [500, 280],
      [470, 282],
      [530, 282],
      [460, 318],
      [540, 318],
    ].map(([x = 0, y = 0], i) => node(`n${i}`, x, y, { rank: 20 }));
    const placed = planLabels(input([hub, ...around], { pad: 2 })).nodes.get('hub');
    expect(placed?.text).toBe('2014 Joint\nDeclaration');
    expect(placed?.fontPx).toBe(10);
    for (const n of around) expect(boxesOverlap(placed?.box ?? shape(hub), shape(n))).toBe(false);
  });

  it('always names the focus, and it is the largest label', () => {
    const nodes = scatter(150);
    const focus = node('focus', 500, 350, {
      rank: -1,
      sizes: ROLE_SIZES_PX.normal.focus,
      always: true,
      bold: true,
      wrapEm: 12,
    });
    const plan = planLabels(input([...nodes, focus]));
    const own = plan.nodes.get('focus');
    expect(own).toBeDefined();
    const others = [...plan.nodes.values()].filter((l) => l.id !== 'focus');
    expect(Math.max(...others.map((l) => l.fontPx))).toBeLessThan(own?.fontPx ?? 0);
  });

  it('writes relations clear of nodes and labels, at most perKind of one kind', () => {
    const hub = node('hub', 500, 350, { rank: 0, sizes: ROLE_SIZES_PX.normal.focus, always: true });
    const spokes = Array.from({ length: 12 }, (_, i) => {
      const a = (i / 12) * 2 * Math.PI;
      return node(`s${i}`, 500 + 260 * Math.cos(a), 350 + 260 * Math.sin(a));
    });
    const edges: PlanEdge[] = spokes.map((s) => ({
      id: `e-${s.id}`,
      source: { x: 500, y: 350 },
      target: { x: s.x, y: s.y },
      text: 'sets out',
      kind: 'from sets out',
      sizes: [11, 10],
    }));
    const plan = planLabels(input([hub, ...spokes], { edges, perKind: 3 }));
    expect(plan.edges.size).toBe(3);
    const boxes = [
      ...[...plan.nodes.values()].map((l) => unturned(l.box)),
      ...[hub, ...spokes].map((n) => unturned(shape(n))),
    ];
    for (const e of plan.edges.values()) {
      expect(boxes.some((b) => turnedBoxesOverlap(e.box, b))).toBe(false);
      const b = turnedBounds(e.box);
      expect(b.x1 >= VIEW.x1 && b.x2 <= VIEW.x2 && b.y1 >= VIEW.y1 && b.y2 <= VIEW.y2).toBe(true);
    }
  });
});

/** The i-th item, which the loop bounds promise is there. */
function at<T>(xs: readonly T[], i: number): T {
  const x = xs[i];
  if (x === undefined) throw new Error(`no item ${i}`);
  return x;
}

describe('pictures for paper', () => {
  it('asks for labels that print at 7 pt on the printed size, and drops sizes under it', () => {
    // 1000 px printed 150 mm wide: 0.15 mm a pixel, 7 pt = 2.47 mm = 16.5 px.
    expect(paperMinPx({ x1: 0, y1: 0, x2: 1000, y2: 500 }, { widthMm: 150, heightMm: 140 })).toBe(
      17,
    );
    // Taller than wide: the height limits the print.
    expect(paperMinPx({ x1: 0, y1: 0, x2: 400, y2: 800 }, { widthMm: 150, heightMm: 140 })).toBe(
      15,
    );
    expect(sizesAtLeast([14, 13, 12, 11, 10], 12)).toEqual([14, 13, 12]);
    expect(sizesAtLeast([14, 13, 12, 11, 10], 16.5)).toEqual([17]);
    expect(sizesAtLeast([14, 13])).toEqual([14, 13]);
  });
});
