/**
 * The scene the graph shows and the answers the panels show, derived once per change of the view
 * state (state/scene.ts, state/answers.ts), each part memoised so that an unchanged part keeps
 * its identity and the adapter does no work for it.
 */
import { useMemo } from 'react';
import type { KnowledgeGraph } from '../model/graph';
import type { Scene } from '../model/scene';
import type { DisplayPrefs } from '../model/theme';
import { deriveAnswers, type Answers } from '../state/answers';
import { deriveScene } from '../state/scene';
import type { ViewState } from '../state/viewState';
import { useSourcesView } from './sources/useSourcesView';
import { useCurrentStoryStep } from './stories/StoriesContext';

export function useScene(
  graph: KnowledgeGraph,
  sources: Readonly<Record<string, string>>,
  state: ViewState,
  display?: DisplayPrefs,
): { scene: Scene; answers: Answers } {
  const sourcesLook = useSourcesView(graph, sources, state);
  const { panel, coverage, cell, from, to } = state;
  const answers = useMemo(
    () => deriveAnswers(graph, { panel, coverage, cell, from, to }),
    [graph, panel, coverage, cell, from, to],
  );
  const step = useCurrentStoryStep(state);
  const scene = useMemo(
    () => deriveScene({ graph, state, step, sources: sourcesLook, answers, display }),
    [graph, state, step, sourcesLook, answers, display],
  );
  return { scene, answers };
}
