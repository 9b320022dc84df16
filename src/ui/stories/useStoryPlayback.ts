/**
 * Plays a story: when the URL's story or step changes, the step's view is applied (focused node,
 * hidden kinds, layout, hops) without a new history entry, and its viewport is set, animated, once
 * the view is in the state (so the graph has started its layout and focus animations) and the
 * graph has come to rest.
 */
import { useEffect, useRef } from 'react';
import type { KnowledgeGraph } from '../../model/graph';
import type { StoryStep } from '../../model/storySchema';
import type { ViewState } from '../../state/viewState';
import { afterStill, useGraphHandle } from '../graphHandleContext';
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

/**
 * Applies `step` whenever `signature` (story id and step index) changes. The step's own edits
 * (caption, title) do not re-apply it.
 */
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

export function useStoryPlayback(
  signature: string | null,
  step: StoryStep | null,
  graph: KnowledgeGraph,
  state: ViewState,
  update: UpdateView,
): void {
  const handle = useGraphHandle();
  const applied = useRef<string | null>(null);
  const viewportApplied = useRef<string | null>(null);

  useEffect(() => {
    if (!signature || !step) {
      applied.current = null;
      return;
    }
    if (applied.current === signature) return;
    applied.current = signature;
    update(stepView(step, graph), { replace: true });
  }, [signature, step, graph, update]);

  const viewport = step?.viewport ?? null;
  const shown = step !== null && showsStep(state, step, graph);
  useEffect(() => {
    if (!signature || !handle || !viewport || !shown || viewportApplied.current === signature)
      return;
    return afterStill(handle, () => {
      viewportApplied.current = signature;
      handle.setViewport(viewport, { animate: true });
    });
  }, [signature, handle, viewport, shown]);
}
