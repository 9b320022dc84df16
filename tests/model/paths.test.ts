// Shortest paths between any two nodes on the real data, and their explanation in words.
import { describe, expect, it } from 'vitest';
import { pathsBetween } from '../../src/model/queries';
import { queryErrorCode } from '../helpers/queryErrorCode';
import { realGraph } from '../fixtures/realGraph';

const g = realGraph();

describe('pathsBetween on the real data', () => {
  it('links cybercrime to the G8 24/7 Network through action 8.1(ii), in words', () => {
    const r = pathsBetween(g, 'area:cybercrime', 'forum:g8-24-7-network');
    expect(r.length).toBe(2);
    expect(r.paths[0]?.nodes).toEqual([
      'area:cybercrime',
      'action:8.1-ii',
      'forum:g8-24-7-network',
    ]);
    expect(r.paths[0]?.sentence).toBe(
      'Cybercrime has the line of action 8.1(ii), which is pursued through G8 24/7 Network.',
    );
    expect(r.paths[0]?.steps.map((s) => [s.relation, s.forward])).toEqual([
      ['under', false],
      ['through', true],
    ]);
  });

  it('returns every shortest path, all of the same length, with the edges between', () => {
    const r = pathsBetween(g, 'area:cybercrime', 'organization:jaif');
    expect(r.total).toBeGreaterThan(1);
    for (const p of r.paths) {
      expect(p.nodes).toHaveLength((r.length ?? 0) + 1);
      p.edges.forEach((e, i) =>
        expect(g.extremities(e).sort()).toEqual([p.nodes[i], p.nodes[i + 1]].sort()),
      );
    }
  });

  it('is the same length both ways round', () => {
    const a = pathsBetween(g, 'area:sea-piracy', 'project:ajct-12-dialogue');
    const b = pathsBetween(g, 'project:ajct-12-dialogue', 'area:sea-piracy');
    expect(a.length).toBe(b.length);
    expect(a.total).toBe(b.total);
  });

  it('throws unknown_node for a key that is not in the graph', () => {
    expect(queryErrorCode(() => pathsBetween(g, 'area:cybercrime', 'forum:atlantis'))).toBe(
      'unknown_node',
    );
  });
});
