// Which view state shows a story step, and where the graph lands while it does (the step's viewport).
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE } from '../../src/state/viewState';
import { showsStep, stepView } from '../../src/state/actions';
import { stepLanding } from '../../src/state/scene';
import { sampleStory, storyGraph } from '../fixtures/storyFixtures';

const graph = storyGraph();
const step = sampleStory().steps[1];
if (!step) throw new Error('the sample story has two steps');

describe('showsStep', () => {
  it('is true once the state has the step view applied, whatever the order of hidden kinds', () => {
    const state = { ...DEFAULT_VIEW_STATE, ...stepView(step, graph) };
    expect(showsStep(state, step, graph)).toBe(true);
    expect(showsStep({ ...state, hidden: [...state.hidden].reverse() }, step, graph)).toBe(true);
  });

  it('is false while the view differs in focus, layout, hops or hidden kinds', () => {
    const state = { ...DEFAULT_VIEW_STATE, ...stepView(step, graph) };
    expect(showsStep({ ...state, node: 'area:cybercrime' }, step, graph)).toBe(false);
    expect(showsStep({ ...state, layout: 'grid' }, step, graph)).toBe(false);
    expect(showsStep({ ...state, hops: 1 }, step, graph)).toBe(false);
    expect(showsStep({ ...state, hidden: [] }, step, graph)).toBe(false);
  });
});

describe('stepLanding', () => {
  const shown = { ...DEFAULT_VIEW_STATE, ...stepView(step, graph) };

  it("is the step's captured viewport while the state shows the step", () => {
    expect(step.viewport).toBeDefined();
    expect(stepLanding(shown, step, graph)).toBe(step.viewport);
  });

  it('is null once the person moves away from the step, or without a step or a viewport', () => {
    expect(stepLanding({ ...shown, node: 'area:cybercrime' }, step, graph)).toBeNull();
    expect(stepLanding(shown, null, graph)).toBeNull();
    expect(stepLanding(shown, { ...step, viewport: undefined }, graph)).toBeNull();
  });
});
