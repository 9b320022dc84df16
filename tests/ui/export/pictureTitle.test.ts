// The picture's title follows what is on screen: the story step, the focused node, or the app.
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE } from '../../../src/state/viewState';
import { APP_TITLE, pictureTitle } from '../../../src/ui/export/ExportMenu';
import { sampleStory, storyGraph } from '../../fixtures/storyFixtures';

describe('pictureTitle', () => {
  const graph = storyGraph();
  const story = sampleStory();

  it('uses the step title while the view is the step', () => {
    const state = { ...DEFAULT_VIEW_STATE, story: 'mine', step: 1, node: 'forum:ajcc-dialogue' };
    expect(pictureTitle(state, graph, story)).toEqual({
      title: 'The dialogue',
      subtitle: 'My story',
    });
  });

  it('uses the focused node once the person has moved on, else the app title', () => {
    const moved = { ...DEFAULT_VIEW_STATE, story: 'mine', step: 1, node: 'area:cybercrime' };
    expect(pictureTitle(moved, graph, story).title).toBe('Cybercrime');
    expect(pictureTitle(DEFAULT_VIEW_STATE, graph, null)).toEqual({ title: APP_TITLE });
  });
});
