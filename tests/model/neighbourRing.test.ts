// The canvas's roving focus: the arrow keys visit the focused node's shown neighbours in order.
import { describe, expect, it } from 'vitest';
import { neighbourRing, ringAnnouncement, ringStep } from '../../src/model/neighbourRing';
import { realGraph } from '../fixtures/realGraph';

const graph = realGraph();
const all = { hidden: [], statedOnly: false };

describe('neighbourRing', () => {
  it('visits every neighbour of the node once', () => {
    const ring = neighbourRing(graph, 'area:cybercrime', all);
    expect(ring.map((s) => s.key).sort()).toEqual([...graph.neighbors('area:cybercrime')].sort());
    expect(ring[0]?.relation).toBeTruthy();
  });

  it('leaves out the kinds the legend hides and, when stated only, inferred links', () => {
    const ring = neighbourRing(graph, 'area:cybercrime', { hidden: ['action'], statedOnly: false });
    expect(ring.some((s) => s.kind === 'action')).toBe(false);
    const inferredEdge = graph.findEdge((_e, a) => a.inference !== undefined);
    expect(inferredEdge).toBeDefined();
    if (!inferredEdge) return;
    const [source, target] = graph.extremities(inferredEdge);
    const stated = neighbourRing(graph, source, { hidden: [], statedOnly: true }).map((s) => s.key);
    const onlyThroughInferred = graph
      .edges(source, target)
      .concat(graph.edges(target, source))
      .every((e) => graph.getEdgeAttribute(e, 'inference') !== undefined);
    if (onlyThroughInferred) expect(stated).not.toContain(target);
  });

  it('is empty for a node the graph lacks', () => {
    expect(neighbourRing(graph, 'area:nowhere', all)).toEqual([]);
  });

  it('steps with the arrows, wrapping round, and starts from either end', () => {
    expect(ringStep('ArrowRight', -1, 3)).toBe(0);
    expect(ringStep('ArrowDown', 2, 3)).toBe(0);
    expect(ringStep('ArrowLeft', -1, 3)).toBe(2);
    expect(ringStep('ArrowUp', 0, 3)).toBe(2);
    expect(ringStep('End', 0, 3)).toBe(2);
    expect(ringStep('Home', 2, 3)).toBe(0);
    expect(ringStep('x', 0, 3)).toBeNull();
    expect(ringStep('ArrowRight', -1, 0)).toBeNull();
  });

  it('announces the name, kind, relation and place', () => {
    const [first] = neighbourRing(graph, 'area:cybercrime', all);
    expect(first).toBeDefined();
    if (!first) return;
    const text = ringAnnouncement(first, 0, 5);
    expect(text).toContain(first.label);
    expect(text).toContain(first.relation);
    expect(text).toContain('1 of 5');
  });
});
