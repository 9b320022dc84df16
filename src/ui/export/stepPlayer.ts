/**
 * Walks a story's steps for pictures of them (the printed handout, the slide deck): shows one
 * step at a time, committed at once (flushSync) and awaited until the graph has settled, and
 * afterwards returns to the view and camera the person had, out of Back/Forward history.
 */
import { flushSync } from 'react-dom';
import type { KnowledgeGraph } from '../../model/graph';
import type { Story } from '../../model/storySchema';
import { playStep, restoreView } from '../../state/actions';
import type { ViewState } from '../../state/viewState';
import type { GraphHandle } from '../../view/graphHandle';
import type { Act } from '../panelProps';

export interface StepPlayer {
  /** Shows step `index` and resolves once the graph has settled on it. */
  show(index: number): Promise<void>;
  /** Returns to the view and camera kept when the player was made. */
  restore(): Promise<void>;
}

/** A player over `story`; keeps `state` and the camera once the graph has settled. */
export async function stepPlayer(
  handle: GraphHandle,
  graph: KnowledgeGraph,
  story: Story,
  state: ViewState,
  act: Act,
): Promise<StepPlayer> {
  await handle.whenSettled();
  const camera = handle.getViewport();
  return {
    async show(index) {
      // Committed at once, so the step's scene is on the canvas before waiting for it to settle.
      flushSync(() => act(playStep(graph, story, index), { replace: true }));
      await handle.whenSettled();
    },
    async restore() {
      flushSync(() => act(restoreView(state), { replace: true }));
      await handle.whenSettled();
      handle.setViewport(camera);
    },
  };
}
