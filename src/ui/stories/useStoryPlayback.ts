/**
 * Shows a story step the address names before its story was known: a shared link, Back and
 * Forward, a story read from storage after the first render. When the step named changes and the
 * state does not show its view yet, playStep applies it without a new history entry. A step
 * played from the UI (playStep) already shows its view, so nothing happens twice.
 */
import { useEffect, useRef } from 'react';
import type { KnowledgeGraph } from '../../model/graph';
import type { Story } from '../../model/storySchema';
import { playStep, showsStep } from '../../state/actions';
import type { ViewState } from '../../state/viewState';
import type { Act } from '../panelProps';

export function useStoryPlayback(
  state: ViewState,
  story: Story | null,
  graph: KnowledgeGraph,
  act: Act,
): void {
  const step = story?.steps[state.step] ?? null;
  const signature = story && step ? `${story.id}#${state.step}` : null;
  const applied = useRef<string | null>(null);
  // Read inside the effect only: the step's own edits (caption, title) and later changes of the
  // view by the person do not re-apply it.
  const latest = useRef({ state, story });
  useEffect(() => {
    latest.current = { state, story };
  });
  useEffect(() => {
    if (!signature) {
      applied.current = null;
      return;
    }
    if (applied.current === signature) return;
    applied.current = signature;
    const { state: now, story: shown } = latest.current;
    const current = shown?.steps[now.step];
    if (shown && current && !showsStep(now, current, graph))
      act(playStep(graph, shown, now.step), { replace: true });
  }, [signature, graph, act]);
}
