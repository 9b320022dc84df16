// The focus layout with the label planner on the real graph, without a browser: for the densest
// hub and four other nodes, at one and two hops, on the canvas a 1440×900 and a 1280×720 window
// leave (toolbar and legend taken off), every neighbour is named or sits in a named group, the
// focus is the largest label, no label is under the floor and none overlaps another.
import { splitColumn } from '../../src/view/focusRows';
import { describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../src/model/graph';
import { relationLabel } from '../../src/model/relationPhrases';
import { focusLayout, type FocusMember } from '../../src/view/focusLayout';
import { KIND_STYLE } from '../../src/view/kindStyle';
import { textWidth } from '../../src/view/labelFont';
import { boxesOverlap } from '../../src/view/labelGeometry';
import { planLabels, type PlanNode } from '../../src/view/labelPlanner';
import { LABEL_FLOOR_PX, ROLE_SIZES_PX, WRAP_EM } from '../../src/view/labelRoles';
import { realGraph } from '../fixtures/realGraph';

/** The graph canvas that each window leaves, less toolbar and legend (as canvasArea gives). */
const CANVASES = {
  '1440×900': { width: 1020 - 16, height: 850 - 60 - 70 },
  '1280×720': { width: 860 - 16, height: 670 - 60 - 70 },
} as const;

const NODES = [
  'declaration:2014-joint-declaration',
  'area:cybercrime',
  'organization:jaif',
  'declaration:recaap',
  'forum:ajct-dialogue',
];

/** The focus's neighbours hop by hop, as the adapter reads them from the view classes. */
function members(graph: KnowledgeGraph, focus: string, hops: 1 | 2): FocusMember[] {
  const out: FocusMember[] = [];
  const seen = new Set([focus]);
  const hop1: string[] = [];
  const add = (id: string, hop: 1 | 2, edge: string, from: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    const a = graph.getNodeAttributes(id);
    out.push({
      id,
      hop,
      kind: a.kind,
      label: a.label,
      size: KIND_STYLE[a.kind].size,
      relation: relationLabel(graph.getEdgeAttribute(edge, 'relation')),
      outward: graph.source(edge) === from,
      ...(hop === 2 ? { parent: from } : {}),
    });
    if (hop === 1) hop1.push(id);
  };
  graph.forEachEdge(focus, (edge, _a, s, t) => add(s === focus ? t : s, 1, edge, focus));
  if (hops === 2)
    for (const p of hop1)
      graph.forEachEdge(p, (edge, _a, s, t) => add(s === p ? t : s, 2, edge, p));
  return out;
}

describe('focusLayout with the label planner', () => {
  const graph = realGraph();
  const cases = NODES.flatMap((key) =>
    (Object.keys(CANVASES) as (keyof typeof CANVASES)[]).flatMap((size) =>
      ([1, 2] as const).map((hops) => [key, size, hops] as const),
    ),
  );

  it.each(cases)(
    '%s on %s at %i hop(s): every neighbour named, nothing overlaps',
    (key, size, hops) => {
      const canvas = CANVASES[size];
      const ms = members(graph, key, hops);
      const a = graph.getNodeAttributes(key);
      const focusPx = ROLE_SIZES_PX.normal.focus[0] ?? 20;
      const layout = focusLayout({
        focus: { id: key, x: 0, y: 0, size: KIND_STYLE[a.kind].size, label: a.label },
        members: ms,
        rest: [],
        width: canvas.width,
        height: canvas.height - 3 * focusPx,
        rowPx: 12,
        focusPx,
        measure: textWidth,
        twoHops: hops === 2,
        expanded: new Set(),
        plural: (kind) => KIND_STYLE[kind].legend.toLowerCase(),
      });
      const { zoom } = layout;
      const cx = canvas.width / 2 + layout.shiftX;
      const cy = canvas.height / 2 - focusPx;
      const screen = (id: string) => {
        const p = layout.positions.get(id) ?? { x: 0, y: 0 };
        return { x: cx + p.x * zoom, y: cy + p.y * zoom };
      };
      const grouped = new Set(layout.groups.flatMap((g) => g.members));
      const rows: PlanNode[] = [
        ...ms
          .filter((m) => !grouped.has(m.id))
          .map((m) => ({ id: m.id, label: m.label, size: m.size })),
        ...layout.groups.map((g) => ({
          id: g.id,
          label: g.label,
          size: KIND_STYLE[g.kind].size * 1.3,
        })),
      ].map((r) => ({
        id: r.id,
        ...screen(r.id),
        half: (r.size / 2 + 2) * zoom + 1,
        texts: [r.label, r.label.slice(0, 16), r.label.slice(0, 12)],
        bold: false,
        sizes: ROLE_SIZES_PX.normal.near,
        sides: layout.hints.get(r.id)?.sides ?? ['below'],
        rank: 2,
        wrapEm: 0,
      }));
      const focus: PlanNode = {
        id: key,
        ...screen(key),
        half: (KIND_STYLE[a.kind].size / 2 + 2) * zoom + 1,
        texts: [a.label, a.label.slice(0, 24)],
        bold: true,
        sizes: ROLE_SIZES_PX.normal.focus,
        sides: ['below', 'above'],
        rank: 0,
        wrapEm: WRAP_EM.focus,
        always: true,
      };
      const plan = planLabels({
        nodes: [focus, ...rows],
        obstacles: [],
        edges: [],
        view: { x1: 0, y1: 0, x2: canvas.width, y2: canvas.height },
        measure: textWidth,
        pad: 3 * zoom + 1,
        gap: 2,
        perKind: 3,
      });
      // Every neighbour: its own label, or a labelled group that holds it.
      const named = (id: string) =>
        plan.nodes.has(id) ||
        layout.groups.some((g) => g.members.includes(id) && plan.nodes.has(g.id));
      expect(ms.filter((m) => !named(m.id)).map((m) => m.id)).toEqual([]);
      const labels = [...plan.nodes.values()];
      expect(Math.min(...labels.map((l) => l.fontPx))).toBeGreaterThanOrEqual(
        LABEL_FLOOR_PX.normal,
      );
      const focusPxDrawn = plan.nodes.get(key)?.fontPx ?? 0;
      expect(Math.max(...labels.filter((l) => l.id !== key).map((l) => l.fontPx))).toBeLessThan(
        focusPxDrawn,
      );
      for (let i = 0; i < labels.length; i++)
        for (let j = i + 1; j < labels.length; j++)
          expect(boxesOverlap(at(labels, i).box, at(labels, j).box)).toBe(false);
    },
  );

  it('groups the hub’s 26 actions on the smaller canvas, and opens the group when asked', () => {
    const key = 'declaration:2014-joint-declaration';
    const a = graph.getNodeAttributes(key);
    const base = {
      focus: { id: key, x: 0, y: 0, size: KIND_STYLE[a.kind].size, label: a.label },
      members: members(graph, key, 1),
      rest: [],
      width: CANVASES['1280×720'].width,
      height: CANVASES['1280×720'].height - 60,
      rowPx: 12,
      focusPx: 20,
      measure: textWidth,
      twoHops: false,
      plural: (kind: keyof typeof KIND_STYLE) => KIND_STYLE[kind].legend.toLowerCase(),
    };
    const closed = focusLayout({ ...base, expanded: new Set() });
    const actions = closed.groups.find((g) => g.kind === 'action');
    expect(actions?.label).toBe('26 actions');
    const open = focusLayout({ ...base, expanded: new Set([actions?.id ?? '']) });
    expect(open.groups.some((g) => g.id === actions?.id)).toBe(false);
    expect(open.groups.length).toBeGreaterThan(0);
  });

  it('moves the rest out of the frame, each along its own direction from the focus', () => {
    const key = 'area:cybercrime';
    const a = graph.getNodeAttributes(key);
    const layout = focusLayout({
      focus: { id: key, x: 100, y: 100, size: 40, label: a.label },
      members: members(graph, key, 1),
      rest: [{ id: 'far', x: 100, y: 130 }],
      width: 900,
      height: 600,
      rowPx: 12,
      focusPx: 20,
      measure: textWidth,
      twoHops: false,
      expanded: new Set(),
      plural: (kind) => KIND_STYLE[kind].legend.toLowerCase(),
    });
    const far = layout.positions.get('far');
    expect(far?.x).toBeCloseTo(100);
    expect((far?.y ?? 0) - 100).toBeGreaterThan(Math.hypot(900, 600) / layout.zoom);
  });
});

/** The i-th item, which the loop bounds promise is there. */
function at<T>(xs: readonly T[], i: number): T {
  const x = xs[i];
  if (x === undefined) throw new Error(`no item ${i}`);
  return x;
}

describe('splitColumn', () => {
  const height = (keys: readonly string[]) => keys.length * 100;
  it('keeps what fits in the inner column and moves the rest, in order, to the outer one', () => {
    expect(splitColumn(['a', 'b', 'c', 'd'], height, 250)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(splitColumn(['a', 'b'], height, 250)).toEqual([['a', 'b'], []]);
  });
  it('keeps at least one group inside, even one too tall for any column', () => {
    expect(splitColumn(['a', 'b'], height, 50)).toEqual([['a'], ['b']]);
  });
});
