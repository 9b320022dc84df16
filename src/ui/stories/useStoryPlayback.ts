/**
 * Plays a story: when the URL's story or step changes, the step's view is applied (focused node,
 * hidden kinds, layout, hops) without a new history entry, and its viewport is set, animated, once
 * the view's own layout and focus animations are over.
 */
import { useEffect, useRef } from 'react';
import type { KnowledgeGraph } from '../../model/graph';
import type { StoryStep } from '../../model/storySchema';
import type { ViewState } from '../../state/viewState';
import { useGraphHandle } from '../graphHandleContext';
import type { UpdateView } from '../panelProps';

/** How long the view's layout and focus animations take (plus a margin), before the viewport. */
const SETTLE_MS = 600;

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
export function useStoryPlayback(
  signature: string | null,
  step: StoryStep | null,
  graph: KnowledgeGraph,
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
  useEffect(() => {
    if (!signature || !handle || !viewport || viewportApplied.current === signature) return;
    // Wait for the first layout (aria-busy, see DESIGN.md), then for the focus animation.
    let timer = 0;
    const poll = window.setInterval(() => {
      if (document.querySelector('[aria-label="Graph"]')?.getAttribute('aria-busy') === 'true')
        return;
      window.clearInterval(poll);
      timer = window.setTimeout(() => {
        viewportApplied.current = signature;
        handle.setViewport(viewport, { animate: true });
      }, SETTLE_MS);
    }, 50);
    return () => {
      window.clearInterval(poll);
      window.clearTimeout(timer);
    };
  }, [signature, handle, viewport]);
}
