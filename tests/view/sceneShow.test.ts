// The camera has one owner: scenes derived from the view state (state/scene.ts) are shown by
// createSceneShow, which lands, focuses and fits an answer once the graph is still, once per
// answer, and tells when all of it is done (whenSettled).
import { describe, expect, it, vi } from 'vitest';
import type { KnowledgeGraph } from '../../src/model/graph';
import { EMPTY_HIGHLIGHT } from '../../src/model/highlight';
import type { Scene } from '../../src/model/scene';
import { deriveAnswers } from '../../src/state/answers';
import { deriveScene } from '../../src/state/scene';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/state/viewState';
import { createSceneShow, type SceneTarget } from '../../src/view/sceneShow';
import { realGraph } from '../fixtures/realGraph';

const graph = realGraph();
const NO_SOURCES = { highlight: EMPTY_HIGHLIGHT, onlyNodes: null, compare: null };

function sceneOf(g: KnowledgeGraph, patch: Partial<ViewState>): Scene {
  const state = { ...DEFAULT_VIEW_STATE, ...patch };
  return deriveScene({
    graph: g,
    state,
    step: null,
    sources: NO_SOURCES,
    answers: deriveAnswers(g, state),
  });
}

function target(whenStill: () => Promise<void> = () => Promise.resolve()) {
  return {
    apply: vi.fn(),
    setLayout: vi.fn(),
    setPresent: vi.fn(),
    setDisplay: vi.fn(),
    focus: vi.fn(),
    land: vi.fn(),
    fit: vi.fn(),
    whenStill,
  } satisfies SceneTarget;
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('answers come into view', () => {
  it('brings every covering path into view once the graph is still, and only once', async () => {
    const t = target();
    const show = createSceneShow(t);
    const state = { panel: 'coverage' as const, coverage: 'area:cybercrime' };
    show.show(sceneOf(graph, state));
    show.ready();
    await vi.waitFor(() => expect(t.fit).toHaveBeenCalledTimes(1));
    const fitted = t.fit.mock.calls[0]?.[0] as unknown as string[];
    const answer = deriveAnswers(graph, { ...DEFAULT_VIEW_STATE, ...state }).coverage;
    if (!answer?.ok) throw new Error('cybercrime has an answer');
    // 5 forums, then the work plan and INTERPOL's ASEAN Cyberthreat Assessment 2021.
    const named = [
      ...answer.result.coverages.map((c) => c.node),
      ...answer.result.instruments.map((c) => c.instrument),
    ];
    expect(named).toHaveLength(7);
    for (const key of named) expect(fitted).toContain(key);
    expect(fitted).toContain('area:cybercrime');
    expect(new Set(fitted).size).toBe(fitted.length);
    // The same answer derived again (a re-render, another change) does not move the view again.
    show.show(sceneOf(graph, { ...state, node: null }));
    await tick();
    expect(t.fit).toHaveBeenCalledTimes(1);
  });

  it('does not move the view before the graph is still', async () => {
    let still: () => void = () => undefined;
    const t = target(() => new Promise<void>((r) => (still = r)));
    const show = createSceneShow(t);
    show.show(sceneOf(graph, { panel: 'coverage', coverage: 'area:cybercrime' }));
    show.ready();
    await tick();
    expect(t.fit).not.toHaveBeenCalled();
    still();
    await vi.waitFor(() => expect(t.fit).toHaveBeenCalledTimes(1));
  });

  it('brings the picked cell’s paths into view once, and nothing without a cell', async () => {
    const t = target();
    const show = createSceneShow(t);
    show.ready();
    show.show(sceneOf(graph, { panel: 'matrix' }));
    await tick();
    expect(t.fit).not.toHaveBeenCalled();
    const cell: [string, string] = ['area:cybercrime', 'forum:g8-24-7-network'];
    show.show(sceneOf(graph, { panel: 'matrix', cell }));
    await vi.waitFor(() => expect(t.fit).toHaveBeenCalledTimes(1));
    expect(t.fit).toHaveBeenCalledWith([
      'area:cybercrime',
      'action:8.1-ii',
      'forum:g8-24-7-network',
    ]);
    show.show(sceneOf(graph, { panel: 'matrix', cell }));
    await tick();
    expect(t.fit).toHaveBeenCalledTimes(1);
  });

  it('fits the view to the nodes on the path once the graph is still', async () => {
    const t = target();
    const show = createSceneShow(t);
    show.show(
      sceneOf(graph, { panel: 'path', from: 'area:cybercrime', to: 'forum:g8-24-7-network' }),
    );
    show.ready();
    await vi.waitFor(() => expect(t.fit).toHaveBeenCalledTimes(1));
    expect(t.fit).toHaveBeenCalledWith([
      'area:cybercrime',
      'action:8.1-ii',
      'forum:g8-24-7-network',
    ]);
  });

  it('drops a fit still waiting when the answer goes away before the graph rests', async () => {
    let still: () => void = () => undefined;
    const t = target(() => new Promise<void>((r) => (still = r)));
    const show = createSceneShow(t);
    show.ready();
    show.show(sceneOf(graph, { panel: 'coverage', coverage: 'area:cybercrime' }));
    show.show(sceneOf(graph, { panel: 'details', coverage: 'area:cybercrime' }));
    still();
    await tick();
    expect(t.fit).not.toHaveBeenCalled();
  });
});

describe('one owner of the camera', () => {
  it('waits for the first picture, then focuses the node the scene names', () => {
    const t = target();
    const show = createSceneShow(t);
    show.show(sceneOf(graph, { node: 'area:cybercrime' }));
    expect(t.focus).not.toHaveBeenCalled();
    show.ready();
    expect(t.focus).toHaveBeenCalledWith('area:cybercrime');
    // Another panel, same focus: the camera stays where the person may have moved it.
    show.show(sceneOf(graph, { node: 'area:cybercrime', panel: 'sources' }));
    expect(t.focus).toHaveBeenCalledTimes(1);
    show.show(sceneOf(graph, { node: 'area:cybercrime', hops: 2 }));
    expect(t.focus).toHaveBeenCalledTimes(2);
  });

  it('lands at a story step’s viewport instead of the focus close-up', () => {
    const t = target();
    const show = createSceneShow(t);
    show.ready();
    const base = sceneOf(graph, { node: 'area:cybercrime' });
    const viewport = { zoom: 1.5, pan: { x: 10, y: 20 } };
    show.show({ ...base, camera: { ...base.camera, landing: viewport } });
    expect(t.land).toHaveBeenCalledWith(viewport);
    expect(t.focus).not.toHaveBeenCalled();
  });

  it('runs a new layout, ending at the landing, and restyles for presenting only on change', () => {
    const t = target();
    const show = createSceneShow(t);
    show.show(sceneOf(graph, {}));
    expect(t.setLayout).toHaveBeenCalledWith('fcose', null);
    show.show(sceneOf(graph, { layout: 'grid' }));
    show.show(sceneOf(graph, { layout: 'grid', node: 'area:cybercrime' }));
    expect(t.setLayout).toHaveBeenCalledTimes(2);
    expect(t.setPresent).toHaveBeenCalledTimes(1);
    show.show(sceneOf(graph, { layout: 'grid', present: true }));
    expect(t.setPresent).toHaveBeenLastCalledWith(true);
  });

  it('passes the theme and reduced motion on, only when they change', () => {
    const t = target();
    const show = createSceneShow(t);
    const base = sceneOf(graph, {});
    show.show(base);
    expect(t.setDisplay).toHaveBeenLastCalledWith('light', false);
    show.show(sceneOf(graph, { node: 'area:cybercrime' }));
    expect(t.setDisplay).toHaveBeenCalledTimes(1);
    show.show({ ...base, theme: 'dark' });
    expect(t.setDisplay).toHaveBeenLastCalledWith('dark', false);
    show.show({ ...base, theme: 'dark', reducedMotion: true });
    expect(t.setDisplay).toHaveBeenLastCalledWith('dark', true);
    expect(t.setDisplay).toHaveBeenCalledTimes(3);
  });

  it('is settled only once a waiting fit is made and the graph is still again', async () => {
    let waiting: (() => void)[] = [];
    const still = () => {
      const now = waiting;
      waiting = [];
      now.forEach((r) => r());
    };
    const t = target(() => new Promise<void>((r) => waiting.push(r)));
    const show = createSceneShow(t);
    show.ready();
    show.show(sceneOf(graph, { panel: 'coverage', coverage: 'area:cybercrime' }));
    let settled = false;
    void show.whenSettled().then(() => (settled = true));
    still(); // the graph rests: the answer is fitted, which moves it again
    await tick();
    expect(t.fit).toHaveBeenCalledTimes(1);
    expect(settled).toBe(false);
    still(); // at rest after the fit
    await tick();
    expect(settled).toBe(true);
  });
});
