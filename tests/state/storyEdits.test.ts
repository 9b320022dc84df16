// Pure edits of a person's stories: each returns a new array and leaves the input as it was.
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE } from '../../src/state/viewState';
import {
  addStep,
  captureStep,
  deleteStep,
  editStep,
  moveStep,
  newStory,
  slugify,
} from '../../src/state/storyEdits';
import { sampleStory, storyGraph } from '../fixtures/storyFixtures';

describe('story edits', () => {
  const graph = storyGraph();

  it('captures the view: focused node, hidden kinds, layout, hops and viewport', () => {
    const state = {
      ...DEFAULT_VIEW_STATE,
      node: 'forum:ajcc-dialogue',
      hidden: ['country' as const],
      layout: 'grid' as const,
      hops: 2 as const,
    };
    expect(captureStep(state, { zoom: 2, pan: { x: 1, y: 2 } }, graph, 3)).toEqual({
      title: 'ASEAN-Japan Cybercrime Dialogue',
      caption: '',
      focus: ['forum:ajcc-dialogue'],
      hidden: ['country'],
      layout: 'grid',
      hops: 2,
      viewport: { zoom: 2, pan: { x: 1, y: 2 } },
    });
    expect(captureStep(DEFAULT_VIEW_STATE, null, graph, 3)).toMatchObject({
      title: 'Step 3',
      focus: [],
    });
    expect(captureStep(DEFAULT_VIEW_STATE, null, graph, 3)).not.toHaveProperty('period');
    const inYears = { ...DEFAULT_VIEW_STATE, period: [2004, 2010] as [number, number] };
    expect(captureStep(inYears, null, graph, 1).period).toEqual([2004, 2010]);
  });

  it('adds, edits, moves and deletes steps without touching the input', () => {
    const before = [sampleStory('a'), sampleStory('b')];
    const frozen = JSON.stringify(before);
    const step = { ...before[0]?.steps[0], title: 'New' } as never;
    const added = addStep(before, 'b', step, 1);
    expect(added[1]?.steps.map((s) => s.title)).toEqual(['The area', 'New', 'The dialogue']);
    const moved = moveStep(added, 'b', 1, 1);
    expect(moved[1]?.steps.map((s) => s.title)).toEqual(['The area', 'The dialogue', 'New']);
    expect(moveStep(moved, 'b', 2, 1)).toEqual(moved); // past the end: unchanged
    const edited = editStep(moved, 'b', 0, { caption: 'Changed' });
    expect(edited[1]?.steps[0]?.caption).toBe('Changed');
    expect(deleteStep(edited, 'b', 0)[1]?.steps).toHaveLength(2);
    expect(edited[0]).toBe(before[0]); // other stories are shared, not copied
    expect(JSON.stringify(before)).toBe(frozen);
  });

  it('makes free ids from titles', () => {
    expect(slugify('My briefing: Cybercrime!')).toBe('my-briefing-cybercrime');
    expect(slugify('!!!')).toBe('story');
    expect(newStory('My story', new Set(['my-story'])).id).toBe('my-story-2');
  });
});
