// A story step lights its focus nodes and the edges between them; unknown keys are skipped.
import { describe, expect, it } from 'vitest';
import { EMPTY_HIGHLIGHT } from '../../src/model/highlight';
import { storyHighlight } from '../../src/state/storyHighlight';
import { sampleStory, storyGraph } from '../fixtures/storyFixtures';

describe('storyHighlight', () => {
  const graph = storyGraph();
  const [, second] = sampleStory().steps;

  it('is empty without a step', () => {
    expect(storyHighlight(null, graph)).toBe(EMPTY_HIGHLIGHT);
  });

  it('lights the focus nodes and the edges joining them', () => {
    if (!second) throw new Error('fixture');
    const h = storyHighlight({ ...second, focus: [...second.focus, 'forum:gone'] }, graph);
    expect([...h.nodes].sort()).toEqual(['area:cybercrime', 'forum:ajcc-dialogue']);
    expect([...h.edges]).toEqual(['e2']);
  });
});
