// The answer panels light their paths only while shown, and bad keys light nothing.
import { describe, expect, it } from 'vitest';
import { answerLit } from '../helpers/answerLit';
import { EMPTY_HIGHLIGHT } from '../../src/model/highlight';
import { answerGraph } from '../fixtures/answerGraph';

const g = answerGraph();

describe('answer highlights', () => {
  it('lights the coverage paths of an area while the Coverage panel is shown', () => {
    const h = answerLit(g, { panel: 'coverage', coverage: 'area:via-action' });
    expect([...h.nodes].sort()).toEqual(['action:a2', 'area:via-action', 'forum:f2']);
    expect(h.edges.size).toBe(2);
    expect(answerLit(g, { panel: 'details', coverage: 'area:via-action' })).toBe(EMPTY_HIGHLIGHT);
  });

  it('lights the areas of a forum', () => {
    const h = answerLit(g, { panel: 'coverage', coverage: 'forum:f1' });
    expect(h.nodes.has('area:direct')).toBe(true);
    expect(h.nodes.has('area:via-declaration')).toBe(true);
  });

  it('lights nothing for a node that is neither area nor forum', () => {
    expect(answerLit(g, { panel: 'coverage', coverage: 'country:c' })).toBe(EMPTY_HIGHLIGHT);
  });

  it('lights a matrix cell and nothing for an empty one', () => {
    const h = answerLit(g, { panel: 'matrix', cell: ['area:via-project', 'forum:f3'] });
    expect(h.nodes.has('event:e1')).toBe(true);
    expect(answerLit(g, { panel: 'matrix', cell: ['area:none', 'forum:f3'] })).toBe(
      EMPTY_HIGHLIGHT,
    );
  });

  it('lights the shortest paths of the path finder', () => {
    const h = answerLit(g, { panel: 'path', from: 'area:via-action', to: 'forum:f2' });
    expect(h.nodes.size).toBe(3);
    expect(answerLit(g, { panel: 'path', from: 'area:via-action', to: null })).toBe(
      EMPTY_HIGHLIGHT,
    );
  });
});
