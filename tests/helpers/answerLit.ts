// What the answer panels light for a view state (the panel shown and its subject): the answers
// derived as the shell does (state/answers.ts), as one highlight.
import type { KnowledgeGraph } from '../../src/model/graph';
import type { Highlight } from '../../src/model/highlight';
import { answersHighlight, deriveAnswers } from '../../src/state/answers';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/state/viewState';

export function answerLit(graph: KnowledgeGraph, patch: Partial<ViewState>): Highlight {
  return answersHighlight(deriveAnswers(graph, { ...DEFAULT_VIEW_STATE, ...patch }));
}
