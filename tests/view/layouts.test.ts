// Layouts: the hierarchy puts declarations above areas above actions above forums, and both it
// and the fcose computation give the same picture every time.
import { describe, expect, it } from 'vitest';
import { computeFcosePositions, layoutBox } from '../../src/view/fcoseLayout';
import {
  fitViewport,
  hierarchyPositions,
  seededRandom,
  withSeededRandom,
} from '../../src/view/layouts';
import { viewGraph } from './viewFixture';

const at = (p: Record<string, { x: number; y: number }>, k: string) => {
  const v = p[k];
  if (!v) throw new Error(`no position for ${k}`);
  return v;
};

describe('hierarchyPositions', () => {
  it('layers declarations → areas → actions → forums, top to bottom', () => {
    const p = hierarchyPositions(viewGraph());
    const y = (k: string) => at(p, k).y;
    expect(y('declaration:d')).toBeLessThan(y('area:cybercrime'));
    expect(y('area:cybercrime')).toBeLessThan(y('action:8-i'));
    expect(y('action:8-i')).toBeLessThan(y('forum:ajcc'));
    expect(Object.keys(p)).toHaveLength(viewGraph().order);
  });

  it('is the same from run to run', () => {
    expect(hierarchyPositions(viewGraph())).toEqual(hierarchyPositions(viewGraph()));
  });
});

describe('fcose positions', () => {
  const g = viewGraph();
  const input = {
    nodes: g.mapNodes((id, a) => ({ id, kind: a.kind, label: a.label })),
    edges: g.mapEdges((id, _a, source, target) => ({ id, source, target })),
  };

  it('are deterministic for the same graph and keep connected nodes apart', () => {
    const a = computeFcosePositions(input);
    const b = computeFcosePositions(input);
    expect(a).toEqual(b);
    const p = at(a, 'area:cybercrime');
    const q = at(a, 'action:8-i');
    expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThan(40);
  });

  it('leave room for long labels, below the node', () => {
    const long = layoutBox({ kind: 'declaration', label: 'A very long declaration title indeed' });
    const short = layoutBox({ kind: 'declaration', label: 'Short' });
    expect(long.w).toBeGreaterThan(short.w);
    expect(long.h).toBeGreaterThan(short.h);
    // The box's centre lies below the node, where the label hangs.
    expect(short.offsetY).toBeGreaterThan(0);
  });
});

describe('seeded randomness', () => {
  it('repeats for a seed and restores Math.random', () => {
    const original = Math.random;
    const draw = () => withSeededRandom(7, () => [Math.random(), Math.random()]);
    expect(draw()).toEqual(draw());
    expect(Math.random).toBe(original);
    expect(seededRandom(1)()).not.toBe(seededRandom(2)());
  });
});

describe('fitViewport', () => {
  it('centres the positions and fits them inside the padded view', () => {
    const { zoom, pan } = fitViewport({ a: { x: -100, y: 0 }, b: { x: 300, y: 200 } }, 1000, 600);
    const screen = (p: { x: number; y: number }) => ({
      x: p.x * zoom + pan.x,
      y: p.y * zoom + pan.y,
    });
    const a = screen({ x: -100, y: 0 });
    const b = screen({ x: 300, y: 200 });
    expect((a.x + b.x) / 2).toBeCloseTo(500);
    expect((a.y + b.y) / 2).toBeCloseTo(300);
    expect(a.x).toBeGreaterThanOrEqual(50);
    expect(b.y).toBeLessThanOrEqual(550);
  });

  it('falls back to the identity for no positions or no room', () => {
    expect(fitViewport({}, 800, 600)).toEqual({ zoom: 1, pan: { x: 0, y: 0 } });
    expect(fitViewport({ a: { x: 1, y: 1 } }, 0, 0)).toEqual({ zoom: 1, pan: { x: 0, y: 0 } });
  });
});
