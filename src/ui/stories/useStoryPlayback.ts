/**
 * Plays a story: when the URL's story or step changes, the step's view is applied (focused node,
 * hidden kinds, layout, hops) without a new history entry. While the state shows that view, the
 * step's captured viewport is where the graph lands (stepLanding), in the same move as its focus
 * or layout change.
 */
import { useEffect, useRef } from 'react';
import type { KnowledgeGraph } from '../../model/graph';
import type { StoryStep } from '../../model/storySchema';
import type { ViewState } from '../../state/viewState';
import type { Viewport } from '../../view/graphHandle';
import type { UpdateView } from '../panelProps';

/** The view-state part of a step, with focus keys the graph lacks left out. */
export function stepView(step: StoryStep, graph: KnowledgeGraph): Partial<ViewState> {
  const focus = step.focus.filter((k) => graph.hasNode(k));
  return {
    node: focus[0] ?? null,
    hidden: [...step.hidden],
    layout: step.layout,
    hops: step.hops ?? 1,
  };
}

/** True when `state` shows the step's view (what stepView sets). */
export function showsStep(state: ViewState, step: StoryStep, graph: KnowledgeGraph): boolean {
  const view = stepView(step, graph);
  return (
    state.node === view.node &&
    state.layout === view.layout &&
    state.hops === view.hops &&
    [...state.hidden].sort().join() === [...(view.hidden ?? [])].sort().join()
  );
}

/** The step's captured viewport while the state shows the step's view; else null. */
export function stepLanding(
  state: ViewState,
  step: StoryStep | null,
  graph: KnowledgeGraph,
): Viewport | null {
  return step?.viewport && showsStep(state, step, graph) ? step.viewport : null;
}

/**
 * Applies `step` whenever `signature` (story id and step index) changes. The step's own edits
 * (caption, title) do not re-apply it.
 */
export function useStoryPlayback(
  signature: string | null,
  step: StoryStep | null,
  graph: KnowledgeGraph,
  update: UpdateView,
): void {
  const applied = useRef<string | null>(null);
  useEffect(() => {
    if (!signature || !step) {
      applied.current = null;
      return;
    }
    if (applied.current === signature) return;
    applied.current = signature;
    update(stepView(step, graph), { replace: true });
  }, [signature, step, graph, update]);
}
