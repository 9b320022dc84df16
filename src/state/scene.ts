/**
 * The one derivation of what the graph shows: view state + the step played + what the Sources
 * pane asks for + the answers → the scene (model/scene.ts): the look (focus, filters, lit paths,
 * comparison), the layout, presenter mode, the theme and motion, and where the camera should be. The adapter applies a
 * scene in one call; nothing else moves the camera on its own.
 */
import type { CompareSide } from '../model/documentCompare';
import type { KnowledgeGraph } from '../model/graph';
import { mergeHighlights, type Highlight } from '../model/highlight';
import type { CameraIntent, Scene, Viewport } from '../model/scene';
import { NO_DISPLAY_PREFS, resolveTheme, type DisplayPrefs } from '../model/theme';
import type { StoryStep } from '../model/storySchema';
import { outOfPeriod } from '../model/timeline';
import { showsStep } from './actions';
import { answersHighlight, type Answers } from './answers';
import { storyHighlight } from './storyHighlight';
import type { ViewState } from './viewState';

/** What the Sources pane adds: the passage's highlight, one document's nodes, a comparison. */
export interface SourcesLook {
  highlight: Highlight;
  onlyNodes: ReadonlySet<string> | null;
  compare: ReadonlyMap<string, CompareSide> | null;
}

export interface SceneInput {
  graph: KnowledgeGraph;
  state: ViewState;
  /** The story step the state names, when its story is known. */
  step: StoryStep | null;
  sources: SourcesLook;
  answers: Answers;
  /** The browser's settings and the remembered theme (none given: light, animated). */
  display?: DisplayPrefs;
}

/** The step's captured viewport while the state shows the step's view; else null. */
export function stepLanding(
  state: ViewState,
  step: StoryStep | null,
  graph: KnowledgeGraph,
): Viewport | null {
  return step?.viewport && showsStep(state, step, graph) ? step.viewport : null;
}

/** An answer with two or more lit nodes is brought into view once the graph is at rest. */
function answerFit(lit: Highlight): readonly string[] | null {
  return lit.nodes.size >= 2 ? [...lit.nodes] : null;
}

export function cameraIntent(
  state: ViewState,
  landing: Viewport | null,
  answerLit: Highlight,
): CameraIntent {
  return {
    focus: state.node ? { node: state.node, hops: state.hops } : null,
    landing,
    fit: answerFit(answerLit),
  };
}

export function deriveScene({
  graph,
  state,
  step,
  sources,
  answers,
  display = NO_DISPLAY_PREFS,
}: SceneInput): Scene {
  const answerLit = answersHighlight(answers);
  const highlight = mergeHighlights([storyHighlight(step, graph), sources.highlight, answerLit]);
  return {
    look: {
      node: state.node,
      hops: state.hops,
      hidden: state.hidden,
      highlight,
      onlyNodes: sources.onlyNodes,
      compare: sources.compare,
      statedOnly: state.stated,
      outOfPeriod: outOfPeriod(graph, state.period),
    },
    layout: state.layout,
    present: state.present,
    theme: resolveTheme(state.theme, state.present, display),
    reducedMotion: display.reducedMotion,
    camera: cameraIntent(state, stepLanding(state, step, graph), answerLit),
  };
}
