// Node labels in a real Chromium never pile on top of each other: in the first (fitted) view, at
// 100 % zoom where every label is drawn, around a focused crime area, and in presenter mode's
// larger type. Also checks that the label geometry the layouts plan with (labelGeometry.ts)
// holds every box Chromium really draws. A focused node's name covers no neighbour (in full where
// it fits, else the short label). Relation labels on the edges around a focused hub never cover
// each other nor a node label, yet some are drawn. The labels around a focused hub grow to a
// readable size (larger in presenter mode), still covering nothing, and are chosen again for a new
// zoom. Test hook: see drawnLabels.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { NodeKind } from '../../src/model/schema';
import { turnedBoxesOverlap, unturned } from '../../src/view/edgeLabels';
import { KIND_STYLE } from '../../src/view/kindStyle';
import {
  PRESENT_LABEL_SCALE,
  boxesOverlap,
  labelExtent,
  overlappingPairs,
  pairsWhere,
  placed,
} from '../../src/view/labelGeometry';
import { openApp, sessionPerTest, screenshot } from './browser';
import { edgeMidpoints, readLabels, type DrawnLabel } from './drawnLabels';
import { waitForStillGraph } from './stillGraph';

interface GraphFile {
  nodes: { key: string; attributes: { kind: NodeKind; label: string } }[];
  edges: { source: string; target: string }[];
}
const data = JSON.parse(readFileSync('data/graph.json', 'utf8')) as GraphFile;
const CYBERCRIME = 'area:cybercrime';
/** The hub with the most edges (over fifty). */
const DECLARATION_2014 = 'declaration:2014-joint-declaration';
const cybercrimeAndNeighbours = new Set([
  CYBERCRIME,
  ...data.edges.flatMap((e) =>
    e.source === CYBERCRIME ? [e.target] : e.target === CYBERCRIME ? [e.source] : [],
  ),
]);

describe('graph labels', () => {
  const s = sessionPerTest();

  it('do not overlap in the first view, nor at 100 % where every label is drawn', async () => {
    await openApp(s);
    const first = await readLabels(s.page);
    // The crime areas are labelled even in the overview.
    expect(first.drawn.length).toBeGreaterThanOrEqual(8);
    expect(overlappingPairs(first.drawn)).toEqual([]);

    const full = await readLabels(s.page, 1);
    expect(full.drawn).toHaveLength(data.nodes.length);
    expect(overlappingPairs(full.drawn)).toEqual([]);
    await screenshot(s.page, 'labels-zoom-100');
  });

  it('do not overlap around the focused Cybercrime area', async () => {
    await openApp(s, `?node=${CYBERCRIME}`);
    await waitForStillGraph(s.page);
    const { drawn } = await readLabels(s.page);
    // The focus and its neighbours are labelled; the faded rest is not.
    expect(new Set(drawn.map((d) => d.id))).toEqual(cybercrimeAndNeighbours);
    expect(overlappingPairs(drawn)).toEqual([]);
  });

  it.each([
    ['declaration:recaap', '', 'short'],
    ['declaration:2004-joint-declaration', '', 'full'],
    [DECLARATION_2014, '', 'short'],
    [DECLARATION_2014, '&present=1', 'short'],
    [CYBERCRIME, '&present=1', 'full'],
  ])('of focused %s%s cover no neighbour: the %s name', async (node, mode, name) => {
    await openApp(s, `?node=${node}${mode}`);
    await waitForStillGraph(s.page);
    const { drawn, shapes } = await readLabels(s.page);
    const own = drawn.find((d) => d.id === node);
    if (!own) throw new Error(`the focused ${node} has no drawn label`);
    expect(overlappingPairs(drawn)).toEqual([]);
    const covered = shapes.filter((n) => n.id !== node && boxesOverlap(own.box, n.box));
    expect(covered.map((n) => n.id)).toEqual([]);
    // The full name where it fits; the short one (which the layout made room for) elsewhere.
    const shown = await s.page.evaluate((key) => {
      interface Cy {
        $id(id: string): { pstyle(p: string): { strValue: string }; data(f: string): string };
      }
      const c = document.querySelector('[aria-label="Graph"]') as
        (Element & { _cyreg?: { cy?: Cy } }) | null;
      const n = c?._cyreg?.cy?.$id(key);
      return n ? (n.pstyle('label').strValue === n.data('full') ? 'full' : 'short') : null;
    }, node);
    expect(shown).toBe(name);
    await screenshot(s.page, `labels-focus-${node.replace(/\W+/g, '-')}${mode ? '-present' : ''}`);
  });

  it('do not overlap in presenter mode, focused or at 100 %', async () => {
    await openApp(s, `?present=1&node=${CYBERCRIME}`);
    await waitForStillGraph(s.page);
    const focused = await readLabels(s.page);
    expect(focused.drawn.length).toBe(cybercrimeAndNeighbours.size);
    expect(overlappingPairs(focused.drawn)).toEqual([]);
    await screenshot(s.page, 'labels-present-cybercrime');

    await openApp(s, '?present=1');
    const full = await readLabels(s.page, 1);
    expect(full.drawn).toHaveLength(data.nodes.length);
    expect(overlappingPairs(full.drawn)).toEqual([]);
  });

  it.each([
    [CYBERCRIME, '', 0.6],
    [CYBERCRIME, '&present=1', 0.6],
    [DECLARATION_2014, '', 0.3],
    [DECLARATION_2014, '&present=1', 0.3],
  ])('around focused %s%s grow to be read, covering nothing', async (node, mode, share) => {
    await openApp(s, `?node=${node}${mode}`);
    const { zoom } = await waitForStillGraph(s.page);
    const { drawn, shapes, edges } = await readLabels(s.page);
    const around = drawn.filter((d) => d.id !== node);
    // Relations are written at a readable size (10 px on screen, 12 in presenter mode) where that
    // fits, and at the stylesheet's elsewhere.
    const readableEdges = edges.filter((e) => e.fontSize * zoom >= (mode ? 12 : 10));
    expect(readableEdges.length).toBeGreaterThan(0);
    // At this zoom the stylesheet's sizes alone draw most labels around a hub under 10 px.
    const readable = around.filter((d) => d.fontSize * zoom >= 10);
    expect(readable.length).toBeGreaterThanOrEqual(Math.ceil(share * around.length));
    expect(overlappingPairs(drawn)).toEqual([]);
    const covering = drawn.flatMap((d) =>
      shapes.filter((n) => n.id !== d.id && boxesOverlap(d.box, n.box)).map((n) => [d.id, n.id]),
    );
    expect(covering).toEqual([]);
    // Every label drawn larger is wholly on screen.
    const view = await s.page.evaluate(() => {
      interface Cy {
        extent(): { x1: number; y1: number; x2: number; y2: number };
      }
      const c = document.querySelector('[aria-label="Graph"]') as
        (Element & { _cyreg?: { cy?: Cy } }) | null;
      const cy = c?._cyreg?.cy;
      if (!cy) throw new Error('no Cytoscape instance');
      return cy.extent();
    });
    const off = readable.filter(
      ({ box }) => box.x1 < view.x1 || box.y1 < view.y1 || box.x2 > view.x2 || box.y2 > view.y2,
    );
    expect(off.map((d) => d.id)).toEqual([]);
    await screenshot(s.page, `labels-grown-${node.replace(/\W+/g, '-')}${mode ? '-present' : ''}`);
  });

  it('grown around a focus are chosen again once the view rests after a zoom', async () => {
    await openApp(s, `?node=${DECLARATION_2014}`);
    await waitForStillGraph(s.page);
    const kindOf = new Map(data.nodes.map((n) => [n.key, n.attributes.kind]));
    const grown = (labels: DrawnLabel[]) =>
      labels.filter(({ id, fontSize }) => {
        const kind = kindOf.get(id);
        return kind !== undefined && fontSize > KIND_STYLE[kind].fontSize;
      });
    expect(grown((await readLabels(s.page)).drawn).length).toBeGreaterThan(0);
    const zoomIn = s.page.getByRole('button', { name: 'Zoom in' });
    await zoomIn.click();
    await waitForStillGraph(s.page);
    await zoomIn.click();
    // Once resting, no grown label is drawn larger than the largest size asked for (12 px, give
    // or take the rounding up of the font size); before, they kept their size and grew with the zoom.
    await expect
      .poll(async () => {
        const { zoom } = await waitForStillGraph(s.page);
        const { drawn } = await readLabels(s.page);
        return grown(drawn)
          .filter((d) => d.fontSize * zoom > 12 + zoom)
          .map((d) => d.id);
      })
      .toEqual([]);
  });

  it.each([
    [DECLARATION_2014, ''],
    [DECLARATION_2014, '&present=1'],
    [CYBERCRIME, ''],
    [CYBERCRIME, '&present=1'],
  ])('on the edges of focused %s%s cover no other label', async (node, mode) => {
    await openApp(s, `?node=${node}${mode}`);
    await waitForStillGraph(s.page);
    const { drawn, edges } = await readLabels(s.page);
    // Some relations are written (the rest show on hover and in the Details panel).
    expect(edges.length).toBeGreaterThanOrEqual(3);
    const edgeIds = new Set(edges.map((e) => e.id));
    const boxes = [...edges, ...drawn.map(({ id, box }) => ({ id, box: unturned(box) }))];
    const covering = pairsWhere(boxes, turnedBoxesOverlap).filter(
      ([a, b]) => edgeIds.has(a) || edgeIds.has(b),
    );
    expect(covering).toEqual([]);
    await screenshot(s.page, `labels-edges-${node.replace(/\W+/g, '-')}${mode ? '-present' : ''}`);
  });

  it('on an unlabelled edge of the focus still show when it is hovered', async () => {
    await openApp(s, `?node=${CYBERCRIME}`);
    await waitForStillGraph(s.page);
    const labelled = new Set((await readLabels(s.page)).edges.map((e) => e.id));
    const unlabelled = (await edgeMidpoints(s.page, '.focus-edge')).filter(
      (e) => !labelled.has(e.id),
    );
    // The one furthest out: nothing else lies under its midpoint.
    const target = unlabelled.sort((a, b) => b.length - a.length)[0];
    if (!target) throw new Error('every edge of the focus is labelled');
    await s.page.mouse.move(target.x, target.y);
    await expect
      .poll(async () => (await readLabels(s.page)).edges.map((e) => e.id))
      .toContain(target.id);
  });

  it('do not overlap in the hierarchy at 100 %', async () => {
    await openApp(s, '?layout=hierarchy');
    await waitForStillGraph(s.page);
    const full = await readLabels(s.page, 1);
    expect(full.drawn).toHaveLength(data.nodes.length);
    expect(overlappingPairs(full.drawn)).toEqual([]);
  });

  it('fit inside the boxes the layouts plan with, at normal and presenter size', async () => {
    const byKey = new Map(data.nodes.map((n) => [n.key, n.attributes]));
    for (const [query, scale] of [
      ['', 1],
      ['?present=1', PRESENT_LABEL_SCALE],
    ] as const) {
      await openApp(s, query);
      const { all } = await readLabels(s.page, 1);
      expect(all).toHaveLength(data.nodes.length);
      const outside = all.filter(({ id, box, x, y }) => {
        const attrs = byKey.get(id);
        if (!attrs) return true;
        const planned = placed(labelExtent(attrs.kind, attrs.label, scale), { x, y });
        const slack = 0.5;
        return (
          box.x1 < planned.x1 - slack ||
          box.x2 > planned.x2 + slack ||
          box.y1 < planned.y1 - slack ||
          box.y2 > planned.y2 + slack
        );
      });
      expect(outside.map((o) => o.id)).toEqual([]);
    }
  });
});
