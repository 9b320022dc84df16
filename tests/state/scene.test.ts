// The one derivation of what the graph shows: lit paths from the answers, the story step and the
// Sources pane merged; the camera's intent (focus, the step's landing, the answer to fit).
import { describe, expect, it } from 'vitest';
import { EMPTY_HIGHLIGHT } from '../../src/model/highlight';
import { deriveAnswers } from '../../src/state/answers';
import { deriveScene } from '../../src/state/scene';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/state/viewState';
import { realGraph } from '../fixtures/realGraph';
import { sampleStory, storyGraph } from '../fixtures/storyFixtures';
import { stepView } from '../../src/state/actions';

const graph = realGraph();
const NO_SOURCES = { highlight: EMPTY_HIGHLIGHT, onlyNodes: null, compare: null };

const sceneAt = (patch: Partial<ViewState>) => {
  const state = { ...DEFAULT_VIEW_STATE, ...patch };
  return deriveScene({
    graph,
    state,
    step: null,
    sources: NO_SOURCES,
    answers: deriveAnswers(graph, state),
  });
};

describe('deriveScene', () => {
  it('resolves the theme and passes reduced motion on', () => {
    expect(sceneAt({})).toMatchObject({ theme: 'light', reducedMotion: false });
    expect(sceneAt({ present: true }).theme).toBe('contrast');
    expect(sceneAt({ theme: 'dark' }).theme).toBe('dark');
    const state = { ...DEFAULT_VIEW_STATE };
    const display = { stored: null, prefersDark: true, reducedMotion: true, forcedColors: false };
    const scene = deriveScene({
      graph,
      state,
      step: null,
      sources: NO_SOURCES,
      answers: deriveAnswers(graph, state),
      display,
    });
    expect(scene).toMatchObject({ theme: 'dark', reducedMotion: true });
  });

  it('fades what did not exist in the period: in 2010, not the 2014 declaration', () => {
    expect(sceneAt({}).look.outOfPeriod).toBeNull();
    const gone = sceneAt({ period: [2010, 2010] }).look.outOfPeriod;
    expect(gone?.has('declaration:2014-joint-declaration')).toBe(true);
    expect(gone?.has('declaration:2004-joint-declaration')).toBe(false);
    expect(gone?.has('forum:ajct-dialogue')).toBe(false);
    expect(sceneAt({ period: [2010, 2010] }).look.outOfPeriod).toBe(gone);
  });

  it('takes the look and mode from the state', () => {
    const scene = sceneAt({ node: 'area:cybercrime', hops: 2, hidden: ['country'], stated: true });
    expect(scene.look).toMatchObject({
      node: 'area:cybercrime',
      hops: 2,
      hidden: ['country'],
      statedOnly: true,
    });
    expect(scene.camera).toEqual({
      focus: { node: 'area:cybercrime', hops: 2 },
      landing: null,
      fit: null,
    });
  });

  it('lights and fits the answer of the panel shown, and nothing of a closed panel', () => {
    const shown = sceneAt({ panel: 'path', from: 'area:cybercrime', to: 'forum:g8-24-7-network' });
    expect([...shown.look.highlight.nodes].sort()).toEqual([
      'action:8.1-ii',
      'area:cybercrime',
      'forum:g8-24-7-network',
    ]);
    expect(shown.camera.fit).toHaveLength(3);
    const closed = sceneAt({
      panel: 'details',
      from: 'area:cybercrime',
      to: 'forum:g8-24-7-network',
    });
    expect(closed.look.highlight).toBe(EMPTY_HIGHLIGHT);
    expect(closed.camera.fit).toBeNull();
  });

  it('merges what the Sources pane lights with the answer’s paths, fitting the answer only', () => {
    const state = {
      ...DEFAULT_VIEW_STATE,
      panel: 'path' as const,
      from: 'area:cybercrime',
      to: 'forum:g8-24-7-network',
    };
    const scene = deriveScene({
      graph,
      state,
      step: null,
      sources: {
        ...NO_SOURCES,
        highlight: { nodes: new Set(['area:terrorism']), edges: new Set() },
      },
      answers: deriveAnswers(graph, state),
    });
    expect(scene.look.highlight.nodes.has('area:terrorism')).toBe(true);
    expect(scene.look.highlight.nodes.has('forum:g8-24-7-network')).toBe(true);
    expect(scene.camera.fit).not.toContain('area:terrorism');
  });

  it('lands at the step’s viewport while the state shows the step, not after it moved on', () => {
    const g = storyGraph();
    const step = sampleStory().steps[1];
    if (!step?.viewport) throw new Error('the sample story’s step 2 has a viewport');
    const state = { ...DEFAULT_VIEW_STATE, story: 's', step: 1, ...stepView(step, g) };
    const input = { graph: g, step, sources: NO_SOURCES, answers: deriveAnswers(g, state) };
    expect(deriveScene({ ...input, state }).camera.landing).toBe(step.viewport);
    const moved = { ...state, hops: state.hops === 1 ? (2 as const) : (1 as const) };
    expect(deriveScene({ ...input, state: moved }).camera.landing).toBeNull();
    // The step's focus nodes are lit.
    expect(deriveScene({ ...input, state }).look.highlight.nodes.size).toBeGreaterThan(0);
  });
});
