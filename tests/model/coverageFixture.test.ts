// Coverage and path semantics on a small hand-made graph (the real data has its own tests).
import { describe, expect, it } from 'vitest';
import {
  areasCoveredBy,
  coverageBetween,
  coverageMatrix,
  forumsCovering,
  pathsBetween,
} from '../../src/model/queries';
import { queryErrorCode } from '../helpers/queryErrorCode';
import { answerGraph } from '../fixtures/answerGraph';

const g = answerGraph();

describe('forumsCovering (fixture)', () => {
  it('finds a direct link first and counts the corroborating path', () => {
    const [first, ...rest] = forumsCovering(g, 'area:direct');
    expect(first?.node).toBe('forum:f1');
    expect(first?.how).toBe('direct');
    expect(first?.paths.map((p) => p.how)).toEqual(['direct', 'action']);
    expect(first?.strength).toBe(4);
    expect(first?.paths[0]?.edges).toEqual(['forum:f1->covers->area:direct']);
    expect(rest).toEqual([]);
  });

  it('reaches a forum only through an action', () => {
    const result = forumsCovering(g, 'area:via-action');
    expect(result.map((c) => [c.node, c.how, c.strength])).toEqual([['forum:f2', 'action', 2]]);
    expect(result[0]?.paths[0]?.nodes).toEqual(['area:via-action', 'action:a2', 'forum:f2']);
  });

  it('reaches a forum only through a project and its meeting', () => {
    const result = forumsCovering(g, 'area:via-project');
    expect(result.map((c) => c.node)).toEqual(['forum:f3']);
    expect(result[0]?.paths[0]?.nodes).toEqual([
      'area:via-project',
      'project:p1',
      'event:e1',
      'forum:f3',
    ]);
  });

  it('reaches a forum through a declaration, the weakest link', () => {
    const result = forumsCovering(g, 'area:via-declaration');
    expect(result.map((c) => [c.node, c.how, c.strength])).toEqual([
      ['forum:f1', 'declaration', 1],
    ]);
  });

  it('returns nothing for an area no forum covers', () => {
    expect(forumsCovering(g, 'area:none')).toEqual([]);
  });

  it('throws typed errors for unknown keys and wrong kinds', () => {
    expect(queryErrorCode(() => forumsCovering(g, 'area:nowhere'))).toBe('unknown_node');
    expect(queryErrorCode(() => forumsCovering(g, 'forum:f1'))).toBe('wrong_kind');
    expect(queryErrorCode(() => areasCoveredBy(g, 'area:direct'))).toBe('wrong_kind');
    expect(queryErrorCode(() => pathsBetween(g, 'forum:f1', 'nope'))).toBe('unknown_node');
  });
});

describe('areasCoveredBy and the matrix (fixture)', () => {
  it('lists the areas of a forum, most direct first', () => {
    expect(areasCoveredBy(g, 'forum:f1').map((c) => [c.area, c.how])).toEqual([
      ['area:direct', 'direct'],
      ['area:via-declaration', 'declaration'],
    ]);
  });

  it('finds an organization through the project it funds', () => {
    expect(coverageBetween(g, 'area:via-project', 'organization:o1')?.how).toBe('project');
    expect(coverageBetween(g, 'area:direct', 'organization:o1')).toBeNull();
  });

  it('builds areas × forums with empty cells left out', () => {
    const m = coverageMatrix(g, 'area', 'forum');
    expect(m.rows).toHaveLength(5);
    expect(m.columns).toEqual(['forum:f1', 'forum:f2', 'forum:f3']);
    expect(Object.keys(m.cells['area:none'] ?? {})).toEqual([]);
    expect(m.cells['area:direct']?.['forum:f1']?.paths).toHaveLength(2);
  });
});

describe('pathsBetween (fixture)', () => {
  it('walks edges in either direction and explains the path', () => {
    const r = pathsBetween(g, 'area:via-action', 'forum:f2');
    expect(r.length).toBe(2);
    expect(r.paths[0]?.sentence).toBe(
      'Action Area has the line of action Action 2, which is pursued through Forum Two.',
    );
    expect(r.paths[0]?.steps.map((s) => s.forward)).toEqual([false, true]);
  });

  it('lists every shortest path', () => {
    const r = pathsBetween(g, 'area:direct', 'declaration:d');
    expect(r.length).toBe(2);
    expect(r.total).toBe(2);
    expect(r.paths.map((p) => p.nodes[1]).sort()).toEqual(['action:a1', 'forum:f1']);
  });

  it('says when two nodes are not connected', () => {
    const r = pathsBetween(g, 'area:none', 'forum:f1');
    expect(r.length).toBeNull();
    expect(r.paths).toEqual([]);
  });

  it('a node to itself is a path of length 0', () => {
    expect(pathsBetween(g, 'forum:f1', 'forum:f1').length).toBe(0);
  });
});
