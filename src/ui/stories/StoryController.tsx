/**
 * Draws nothing of its own but the presenter bands: applies the story step the URL names, says so
 * quietly when the URL names an unknown story or step (once the person's own stories are read),
 * and shows presenter mode when asked.
 * Rendered once by the shell, directly inside `.app` (the presenter bands are grid areas there).
 */
import { useEffect, useState } from 'react';
import { describeValue } from '../../model/describeValue';
import type { KnowledgeGraph } from '../../model/graph';
import type { ViewState } from '../../state/viewState';
import type { Act } from '../panelProps';
import { PresenterOverlay } from './PresenterOverlay';
import { useStories } from './StoriesContext';
import { useStoryPlayback } from './useStoryPlayback';
import { stopStory } from '../../state/actions';

export interface StoryControllerProps {
  graph: KnowledgeGraph;
  state: ViewState;
  act: Act;
}

/** Why the URL's story step cannot be shown, in words; null when it can (or none is asked). */
function storyNotice(
  id: string | null,
  step: number,
  found: ReturnType<ReturnType<typeof useStories>['find']>,
  loading: boolean,
): string | null {
  if (!id || (!found && loading)) return null;
  if (!found)
    return `There is no story ${describeValue(id)} in this explorer or among your stories; it was left out of the address.`;
  const count = found.story.steps.length;
  if (count === 0) return `The story "${found.story.title}" has no steps yet.`;
  if (step >= count)
    return `The story "${found.story.title}" has ${count} step${count === 1 ? '' : 's'}; step ${step + 1} does not exist.`;
  return null;
}

export function StoryController({ graph, state, act }: StoryControllerProps) {
  const { find, loading } = useStories();
  const found = find(state.story);
  useStoryPlayback(state, found?.story ?? null, graph, act);

  const [dismissed, setDismissed] = useState<string | null>(null);
  // An unknown story is said once and left out of the address, so a copied link is clean; the
  // notice outlives it.
  const [unknownStory, setUnknownStory] = useState<string | null>(null);
  const current = storyNotice(state.story, state.step, found, loading);
  const unknown = Boolean(state.story) && !found && !loading;
  if (unknown && current !== unknownStory) setUnknownStory(current);
  // Once a story that exists plays, the notice about the unknown one has done its work.
  if (found && unknownStory !== null) setUnknownStory(null);
  useEffect(() => {
    if (unknown) act(stopStory, { replace: true });
  }, [unknown, act]);
  const notice = current ?? unknownStory;

  return (
    <>
      {notice && notice !== dismissed && (
        <div className="story-notice" role="status">
          <span>{notice}</span>
          <button type="button" onClick={() => setDismissed(notice)} aria-label="Dismiss notice">
            ×
          </button>
        </div>
      )}
      {state.present && (
        <PresenterOverlay
          graph={graph}
          story={found?.story ?? null}
          step={state.step}
          period={state.period}
          act={act}
        />
      )}
    </>
  );
}
